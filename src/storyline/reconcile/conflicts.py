"""Conflicts: incompatible values for the same fact, side by side, explained in one sentence."""

from __future__ import annotations

import hashlib
import re
from collections import Counter, defaultdict
from datetime import date, timedelta

from storyline.claims.attribution import REPORTING
from storyline.claims.values import (
    AGE,
    CURRENCY,
    MAGNITUDE,
    MEASURED,
    MONEY_KINDS,
    PEOPLE,
    TERM_KINDS,
    canonical,
    compatible,
)
from storyline.models import Claim, Conflict, ConflictSide, Update, Value
from storyline.reconcile.facts import inner_spans
from storyline.resolve import gazetteer
from storyline.resolve.gazetteer import Place
from storyline.timex import names_day
from storyline.unionfind import UnionFind

# Counts that are running totals of one happening: any two disagreeing figures are versions of one fact.
TOLLS = frozenset({"killed", "injured", "missing"})
CURRENCY_CODES = frozenset(CURRENCY.values())
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}")
_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
_MONTH = re.compile(r"^(\d{4}|XXXX)(?:-(\d{2})(-\d{2})?)?")
SLOT_SPREAD = 3  # counts of one slot further apart than this factor count different groups
NEAR_MISS_FIGURES = 2  # a near miss compares documents giving at most this many figures in its unit
BACKGROUND_MONTHS = 2  # a claim dated this many months from the story's own month tells of another happening
_WHEN = re.compile(r"^(?P<day>\d{4}-\d{2}-\d{2}|XXXX-XX-XX)(?:T(?P<time>\d{2}:\d{2}))?")


GROUP_SYNONYMS = {"crew": "member"}  # "four crew" and "four crew members" count one group


def _unit_key(v: Value) -> str:
    return "people" if v.unit in PEOPLE else GROUP_SYNONYMS.get(v.unit, v.unit)


def _sides(items: list[tuple[Value, Claim]]) -> list[list[tuple[Value, Claim]]]:
    """Partition values into sides whose members are mutually compatible (greedy, smallest bound first).

    A figure that every other figure is compatible with ("more than 2,000" beside 3,958 and 11,300) takes no
    side: it disagrees with none of them."""
    ordered = sorted(items, key=lambda vc: (vc[0].lower or 0.0, vc[0].upper or float("inf"), vc[1].id))
    if any(not compatible(v, w) for v, _ in items for w, _ in items):
        ordered = [(v, c) for v, c in ordered if not all(compatible(v, w) for w, _ in items)]
    sides: list[list[tuple[Value, Claim]]] = []
    for v, c in ordered:
        for side in sides:
            if all(compatible(v, w) for w, _ in side):
                side.append((v, c))
                break
        else:
            sides.append([(v, c)])
    return sides


def _describe(side: list[tuple[Value, Claim]], outlets: dict[str, str]) -> str:
    texts = list(dict.fromkeys(v.text for v, _ in side))
    where = list(dict.fromkeys(outlets.get(c.doc, c.doc) for _, c in side))
    return f"{' / '.join(texts[:3])} ({', '.join(where[:4])})"


def number_conflicts(claims: list[Claim], fact_of: dict[str, str], outlets: dict[str, str],
                     pins: dict[str, set[str]] | None = None, published: dict[str, str] | None = None,
                     texts: dict[str, str] | None = None) -> tuple[list[Conflict], list[Update]]:
    """Number conflicts between figures that count or measure the same thing, and the updates among them.

    Two figures are versions of one fact when they have the same unit and measure and either are tolls
    (running totals of the story's happening: of people, or of one group given by two articles), or stand
    in claims of one fact, or stand in claims that name
    the same specific entity (an entity few claims mention). Lengths and distances compare across units.
    A figure its article gives as an update ("the toll rose to 93") supersedes the figures of articles no
    later than it: those pairs are updates, not conflicts (`published`: document id -> date, to tell).
    A toll of one of the story's places ("912 killed in Turkey" where others count Syria's dead) is
    compared only with tolls of that place (`texts`: document id -> text, to tell; see toll_areas).
    """
    pins = pins or {}
    published = published or {}
    texts = texts or {}
    updates: list[Update] = []
    items = [(v, c) for c in claims for v in c.values if v.kind == "number" and v.unit != AGE
             and (v.measure or canonical(v)[0] in MEASURED) and v.lower is not None]
    # a measurement that says not what it measures ("gained 364 yards") is compared only as a near miss;
    # a bare figure ("versions 6 to 10") counts people only when it is a toll ("killed 12")
    # a figure a claim denies ("denied publishing the figure of 11,300 dead") holds no side, nor one given as
    # said at first or as what the count may come to
    items = [(v, c) for v, c in items if (v.measure or canonical(v)[0] not in MEASURED)
             and (v.unit or v.measure in TOLLS) and c.modality not in ("denied", "questioned")
             and not (c.doc in texts and _aside(v, texts[c.doc]))]

    def key(v: Value) -> tuple[str, str]:
        unit = canonical(v)[0]
        return (f"dimension {v.measure}".strip(), unit) if unit in MEASURED else (v.measure, _unit_key(v))

    background = _background(claims) | _elsewhere(claims)
    area = toll_areas(items, texts)
    another = [v.measure == MAGNITUDE and c.doc in texts and _another_quake(v, texts[c.doc]) for v, c in items]
    whose = [_nearest_person(v, c) if v.measure in TERM_KINDS else None for v, c in items]
    by_key: dict[tuple[str, str], list[int]] = defaultdict(list)
    for n, (v, _) in enumerate(items):
        by_key[key(v)].append(n)
    groups = UnionFind(range(len(items)))
    for (measure, _unit), members in by_key.items():
        for a_i, a in enumerate(members):
            va, ca = items[a]
            for b in members[a_i + 1:]:
                vb, cb = items[b]
                if ca.doc == cb.doc and ca.id != cb.id:
                    continue
                # an entity in common only relates figures whose measure is known on both sides
                shared_entity = measure not in ("", "dimension") and bool(
                    {p for p in pins.get(ca.id, set()) if p.startswith("e:")} & pins.get(cb.id, set()))
                # a toll of people, or one group's toll ("four crew members") given by two articles: versions
                story_wide = not (ca.id in background or cb.id in background)
                toll = measure in TOLLS and (ca.doc != cb.doc or _counts_people(va)) and story_wide
                # the magnitude of the story's quake, unless a clause says of another ("a second quake of 7.5")
                quake = measure == MAGNITUDE and not (another[a] or another[b]) and story_wide
                # a fine, bail, ransom, reward or bribe of the story: one sum, unless the claims name other people
                sum_of = measure in MONEY_KINDS and story_wide
                related = toll or quake or (fact_of.get(ca.id) == fact_of.get(cb.id) or shared_entity or sum_of) and \
                    _same_people(ca, cb) and (measure != "dimension distance" or _same_reference(ca, cb))
                if measure in TERM_KINDS:  # a prison term or custody: one per person, who must be named
                    related = story_wide and whose[a] is not None and whose[a] == whose[b]
                if related and area[a] == area[b]:
                    groups.union(a, b)
    said: dict[str, list[Value]] = defaultdict(list)
    for c in claims:
        said[c.doc] += [v for v in c.values if v.kind == "number" and v.lower is not None]
    conflicts = []
    for members in groups.groups():
        group = [items[n] for n in members]
        if len({c.doc for _, c in group}) < 2:
            continue
        sides = _sides(group)
        sides, found = _superseded(sides, published, outlets, fact_of)
        updates += found
        if len(sides) < 2:
            continue
        # a disagreement must set documents against each other, not one article against itself
        docs_per_side = [{c.doc for _, c in side} for side in sides]
        if not any(a != b or len(a | b) > 1 for i, a in enumerate(docs_per_side) for b in docs_per_side[i + 1:]):
            continue
        measure, unit = key(group[0][0])
        toll = measure in TOLLS and all(_counts_people(v) for v, _ in group)
        # outside running tolls, a document giving two of the figures uses them for two different things
        if not toll and (any(a & b for i, a in enumerate(docs_per_side) for b in docs_per_side[i + 1:])
                                     or _gives_all(said, set().union(*docs_per_side), sides)):
            continue
        what = ("the magnitude of the quake" if measure == MAGNITUDE else f"the {measure} ({unit})"
                if measure in MONEY_KINDS or measure in TERM_KINDS
                else f"people {measure}" if unit == "people" and measure in TOLLS
                else f"the {measure.replace('dimension', '').strip() or 'measured'} figure in {unit}"
                if measure.startswith("dimension") else f"{unit or 'count'} ({measure})")
        explanation = (
            f"The sources give {len(sides)} incompatible figures for {what}: "
            + "; ".join(_describe(s, outlets) for s in sides)
            + ". These ranges do not overlap, so they cannot all be right"
            + (" (some may be earlier tolls)." if toll else ".")
        )
        claim_ids = sorted({c.id for _, c in group})
        conflicts.append(_conflict("number", claim_ids, explanation, fact_of, [_side(side) for side in sides]))
    return conflicts, updates


# Words before a place that make it where a toll was counted ("killed in Turkey", "en Syrie", "in der
# Türkei"), with the article some languages put between; the place's possessive ("Syria's health ministry
# said 326 died") names whose dead an authority counts.
_LOCATIVE = re.compile(r"(?:^|\s)(?:in|across|throughout|en|au|aux|dans|im|nel|nella|nei|em|no|na|nos|nas|w|we|"
                       r"в|во|у|на)(?:\s+(?:the|der|den|dem|la|el|le|les|los|las|il|lo))?\s+$", re.IGNORECASE)
_TOKEN = re.compile(r"\S+")
_CAPITAL = re.compile(r"[A-ZÀ-ÖØ-ÞА-ЯЁІЇЄ]")
_AND = re.compile(r"\s*(?:,|and|y|et|und|e|i|и|і|та|oraz)?\s*")
_AREA_CUT = re.compile(r"[,;:()\u2014]|\b(?:while|whereas|but|mientras|tandis|während|mentre|enquanto)\b")
_FRONTED = re.compile(r"^\s*(?:in|en|au|aux|dans|im|nel|nella|em|no|na|w|в|у)\s+(?:\w+\s+)?[A-ZÀ-ÖØ-ÞА-Я][^,]{0,40},",
                      re.IGNORECASE)


def _area(v: Value, text: str) -> frozenset[Place]:
    """The gazetteer places a figure's own clause says it was counted in: after a locative word, or
    an authority's possessive; a fronted "En Syrie, ..." opens the sentence's clause."""
    sentence_head = _sentence_before(v, text, 300)
    cuts = list(_AREA_CUT.finditer(sentence_head))
    before = sentence_head[cuts[-1].end():] if cuts else sentence_head
    fronted = _FRONTED.match(sentence_head)
    if fronted and cuts and cuts[0].end() == fronted.end():
        before = fronted.group() + " " + before
    after = _AREA_CUT.split(_sentence_after(v, text, 200), maxsplit=1)[0]
    found: set[Place] = set()
    for part in (before, after):
        words = list(_TOKEN.finditer(part))
        located = -1  # end of the last place taken: "in Turkey and Syria" takes both
        for i, w in enumerate(words):
            if not _CAPITAL.match(w.group()):
                continue
            name = w.group().rstrip(".,;:")
            possessive = name.endswith(("'s", "’s"))
            if not (possessive or _LOCATIVE.search(part[: w.start()])
                    or located >= 0 and _AND.fullmatch(part[located: w.start()])):
                continue
            name = name.removesuffix("'s").removesuffix("’s")
            pair = f"{name} {words[i + 1].group().rstrip('.,;:')}" if i + 1 < len(words) else ""
            place = (pair and gazetteer.lookup(pair)) or gazetteer.lookup(name)
            if place:
                found.add(place)
                located = w.end()
    return frozenset(found)


def toll_areas(items: list[tuple[Value, Claim]], texts: dict[str, str]) -> list[frozenset[Place]]:
    """Per figure, the part of the story's ground it was counted in, or frozenset() for the whole.

    Only a story whose tolls are counted in places apart (two countries, two cities) has parts; a toll
    counted in all of them, or in none it names, is the story's total. Written here, not taken from a
    library: no toolkit ties a figure to the place it counts.
    """
    areas = [_area(v, texts[c.doc]) if v.measure in TOLLS and c.doc in texts else frozenset() for v, c in items]
    places = set().union(*areas)
    apart = {a for a in places for b in places
             if a != b and (not places_compatible(a, b) or a.kind == b.kind == "city")}
    if not apart:
        return [frozenset()] * len(items)
    return [frozenset() if not (a & apart) or apart <= a else a & apart for a in areas]


# Words before a magnitude that make it another quake's: a second one, an aftershock, in the lexicon languages.
_ANOTHER_QUAKE = re.compile(
    r"\b(?:second|another|aftershocks?|earlier|previous|deuxième|seconde?|répliques?|autre|segund[oa]|réplicas?|"
    r"otr[oa]|zweite[snm]?|nachbeben|weitere[snm]?|second[oa]|altr[oa]|второ[ейм]\w*|повторн\w*|афтершок\w*|"
    r"drugi[e]?|wtórn\w*|друг\w*|második|utórengés\w*)\b", re.IGNORECASE)


# Words before a figure that make it an earlier version its own article corrects ("the airline initially
# said 57 passengers ..., but later revised the total"), in the lexicon languages.
_RETRACTED = re.compile(
    r"\b(?:initially|originally|at first|initialement|d'abord|dans un premier temps|inicialmente|en un principio|"
    r"zunächst|ursprünglich|anfangs|inizialmente|in un primo momento|первоначально|сначала|początkowo|"
    r"pierwotnie|спочатку|первісно|eredetileg|kezdetben)\b", re.IGNORECASE)


# A modal of what may come, and a verb of rising or reaching after it, in the lexicon languages: together
# they make the figure a forecast ("the toll could reach 20,000"; see _projected).
_MODAL = re.compile(
    r"\b(?:could|(?-i:may)|might|would|expected to|likely to|set to|feared to|pourrai(?:t|ent)|devrai(?:t|ent)|"
    r"risquen?t? d[e']|podr[ií]an?|puede[n]?|se espera que|könnten?|dürften?|potrebber?o?|dovrebber?o?|"
    r"poderiam?|pode[m]?|deverá|может|могут|ожидается|może|mogą|може|можуть)\b", re.IGNORECASE)
_RISE = re.compile(
    r"\b(?:reach|rise|climb|exceed|top|hit|surpass|increase|grow|go up|double|atteindre|dépasser|s'alourdir|"
    r"grimper|augmenter|alcanzar|superar|ascender|llegar|aumentar|elevarse|steigen|erreichen|übersteigen|"
    r"klettern|anwachsen|raggiungere|superare|salire|aumentare|arrivare|chegar|atingir|subir|достич|достигнуть|"
    r"превысить|вырасти|возрасти|увеличиться|составить|sięgnąć|przekroczyć|wzrosnąć|osiągnąć|сягнути|"
    r"перевищити|зрости|досягти|досягнути)\w*", re.IGNORECASE)

_PERFECT = re.compile(r"\b(?:have|has|been|avoir|été|haber|habido|sido|haben|avere|ter|tido)\b", re.IGNORECASE)


def _clause_before(v: Value, text: str) -> str:
    """The words of a figure's clause before it, back to the sentence start or a clause break."""
    return _CUT.split(_sentence_before(v, text, 80))[-1]


def _another_quake(v: Value, text: str) -> bool:
    """The words of a magnitude's clause before it tell of another quake than the story's."""
    return bool(_ANOTHER_QUAKE.search(_clause_before(v, text)))


def _retracted(v: Value, text: str) -> bool:
    """The figure's clause gives it as what was said at first, an earlier version since corrected."""
    return bool(_RETRACTED.search(_clause_before(v, text)))


def _projected(v: Value, text: str) -> bool:
    """The figure is what a count may come to ("the toll could reach 20,000", "podría alcanzar 20.000",
    "könnte auf 20.000 steigen"): a modal before it, and a verb of rising or reaching between the two or just
    after the figure. A forecast, not the count so far; "could have killed 20" is no forecast."""
    before = _clause_before(v, text)
    modals = list(_MODAL.finditer(before))
    if not modals:
        return False
    modal = modals[-1]
    between = before[modal.end():]
    if _PERFECT.search(between):  # "may have hit 20 towns": said of the past
        return False
    return bool(_RISE.search(between) or _RISE.search(" ".join(_sentence_after(v, text, 60).split()[:3])))


def _aside(v: Value, text: str) -> bool:
    """A figure its clause sets apart from the count so far: said at first, or a forecast."""
    return _retracted(v, text) or _projected(v, text)


def _side(side: list[tuple[Value, Claim]]) -> ConflictSide:
    return ConflictSide(value=" / ".join(dict.fromkeys(v.text for v, _ in side)),
                        claims=list(dict.fromkeys(c.id for _, c in side)))


def _below(side: list[tuple[Value, Claim]], other: list[tuple[Value, Claim]]) -> bool:
    """Every figure of `side` starts below every figure of `other` (the direction updates go: "rose to"); an
    open bound ("at least 23") is below "31" too: it held then, and holds now."""
    def start(v: Value) -> float:
        _, lower, upper = canonical(v)
        return lower if lower is not None else upper if upper is not None else float("inf")

    return max(start(v) for v, _ in side) < min(canonical(v)[1] or 0.0 for v, _ in other)


def _superseded(sides: list[list[tuple[Value, Claim]]], published: dict[str, str], outlets: dict[str, str],
                fact_of: dict[str, str]) -> tuple[list[list[tuple[Value, Claim]]], list[Update]]:
    """The sides left once those an update supersedes are taken out, and those updates.

    A side each of whose articles gives its figure as an update ("surged to 93") supersedes a side of lower
    figures, an earlier update included, when none of that side's articles is dated after the update's and
    no article gives both (that article tells two things apart). Articles without a date may be earlier."""
    later = [side for side in sides
             if all(any(v.update for v, x in side if x.doc == doc) for doc in {c.doc for _, c in side})]
    if not later:
        return sides, []
    kept, updates = [], []
    for side in sides:
        docs = {c.doc for _, c in side}
        newer = next((u for u in later if u is not side and not docs & {c.doc for _, c in u} and _below(side, u)
                      and all(not published.get(a) or not published.get(b) or published[a] <= published[b]
                              for a in docs for b in {c.doc for _, c in u})), None)
        if newer is None:
            kept.append(side)
            continue
        v, c = next((v, c) for v, c in newer if v.update)
        words = c.text[: max(0, v.end - c.start)].split()[-6:]
        explanation = (f"{_describe(newer, outlets)} is given as an update (\u201c{' '.join(words)}\u201d) of "
                       f"{_describe(side, outlets)}: an earlier figure, not a contradiction.")
        ids = sorted({x.id for _, x in side + newer})
        facts = {fact_of.get(i) for i in ids}
        updates.append(Update(id="u" + hashlib.sha1("|".join(ids).encode()).hexdigest()[:10],
                              earlier=_side(side), later=_side(newer), explanation=explanation,
                              fact=facts.pop() if len(facts) == 1 else None))
    return kept, updates


# What a count says about the group it counts: the missing, the dead, the rescued... are subsets of a
# larger group, so "six missing workers" and "eight workers on the bridge" answer different questions.
STATES: dict[str, str] = {
    **dict.fromkeys(("missing", "unaccounted", "search", "searching", "presumed"), "missing"),
    **dict.fromkeys(("dead", "killed", "died", "die", "death", "deaths", "bodies", "body", "perished",
                     "fatalities", "lives"), "dead"),
    **dict.fromkeys(("injured", "wounded", "hurt", "hospitalized", "hospitalised", "hospital", "treated",
                     "treatment", "condition"), "injured"),
    **dict.fromkeys(("rescued", "saved", "survivors", "survived", "pulled", "escaped"), "rescued"),
    **dict.fromkeys(("arrested", "detained", "detention", "apprehended", "captured", "custody", "caught",
                     "arrest"), "arrested"),
    **dict.fromkeys(("charged", "court", "courtroom", "accused", "convicted", "sentenced"), "charged"),
    **dict.fromkeys(("pleaded", "guilty", "guilt", "confessed", "confession", "admitted", "culpability"),
                    "confessed"),
    **dict.fromkeys(("other", "others", "another", "more", "additional", "further", "remaining", "still",
                     "new", "also"), "other"),
    **dict.fromkeys(("annually", "yearly", "daily", "weekly", "monthly", "per", "each", "every"), "rate"),
    # on a plane, ship or bus: "with 61 people aboard", "carrying 62 people", "a bordo", "à bord", "an Bord",
    # "na pokładzie", "на борту", "a fedélzeten"
    **dict.fromkeys(("aboard", "onboard", "board", "carrying", "carried", "bordo", "bord", "pokładzie", "борту",
                     "fedélzeten"), "aboard"),
}
# Count nouns folded to the class of things they count, so "a dozen cars" meets "seven vehicles" and
# "four gunmen" meets "five attackers". General vocabulary, not any one story's.
COUNT_CLASSES: dict[str, str] = {
    **dict.fromkeys(("car", "truck", "bus", "van", "lorry", "vehicle", "suv", "motorcycle"), "vehicle"),
    **dict.fromkeys(("gunman", "attacker", "assailant", "shooter", "perpetrator", "terrorist", "militant",
                     "hijacker", "raider"), "attacker"),
    **dict.fromkeys(("soldier", "troop", "serviceman", "servicemen", "fighter"), "soldier"),
    **dict.fromkeys(("ship", "vessel", "boat", "freighter"), "vessel"),
    **dict.fromkeys(("plane", "aircraft", "jet", "airplane", "helicopter", "drone"), "aircraft"),
    **dict.fromkeys(("missile", "rocket"), "missile"),
    **dict.fromkeys(("child", "kid", "minor"), "child"),
}
_WORDS = re.compile(r"[a-zß-öø-ÿāăąćčďđēęěğīıłńňőœřśşšţťūůűźżžа-яёіїєґ]+")  # lowercase words, Latin or Cyrillic
NEAR_MISS = 1.25  # two measurements of one dimension this close are versions of one figure, not two things


_CUT = re.compile(r"[,;:()\u2014]|\b(?:and|but|while|as|after|following|because|when|since|although)\b")
_ASIDE = re.compile(r",\s*(?:who|which|that)\b[^,.;]*,")
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)|\n")
_HEDGES = re.compile(r"\b(?:at least|more than|less than|fewer than|up to|no more than|some|about|around|nearly|"
                     r"roughly|over|all)\b")


_SAID = frozenset({"said", "says", "say", "told", "tells", "reported", "reports", "stated", "announced", "according"})


def _sentence_before(v: Value, text: str, reach: int) -> str:
    """The text of a figure's sentence before it, at most `reach` characters."""
    head = text[max(0, v.start - reach): v.start]
    ends = [m.end() for m in _SENTENCE_END.finditer(head)]
    return head[ends[-1]:] if ends else head


def _sentence_after(v: Value, text: str, reach: int) -> str:
    """The text of a figure's sentence after it, at most `reach` characters."""
    tail = text[v.end: v.end + reach]
    end = _SENTENCE_END.search(tail)
    return tail[: end.start() if end else len(tail)]


def _states(v: Value, text: str) -> frozenset[str] | None:
    """The states a count puts its group in: words of its own clause, before it and after it.

    `text` is the document. None for counts that cannot stand for a whole group: partitives ("two of
    the suspects") and ones ("one gunman tells another"); "no vehicles" counts, as zero.
    """
    if v.lower is not None and 0 < v.lower < 2 and (v.upper or 0) < 2:
        return None
    before_text = _sentence_before(v, text, 300)
    after_text = _sentence_after(v, text, 300).lower()
    partitive = re.match(r"\s+of\s+(?:the|these|those|them)\s+\w+", after_text)
    if partitive:  # "two of the suspects": a part of the group, counted only in a state it alone is in
        after_text = after_text[partitive.end():]
    elif re.match(r"\s+of\b", after_text):
        return None
    after_text = _HEDGES.sub(" ", _ASIDE.sub(" ", after_text))
    after_text = _CUT.split(after_text, maxsplit=1)[0]
    before = _WORDS.findall(_CUT.split(_HEDGES.sub(" ", before_text.lower()))[-1])[-6:]
    said = [i for i, w in enumerate(before) if w in _SAID]
    before = before[said[-1] + 1:] if said else before  # "a court statement said two ...": the source's words
    words = before + _WORDS.findall(after_text)[:12]
    states = frozenset(STATES[w] for w in words if w in STATES and STATES[w] != STATES.get(v.unit.lower()))
    return None if partitive and not states - {"other"} else states


def slot_conflicts(claims: list[Claim], fact_of: dict[str, str], outlets: dict[str, str],
                   texts: dict[str, str]) -> list[Conflict]:
    """Counts of one named group that disagree across documents: "four gunmen" against "at least five".

    A slot is what is counted (the noun) in one state (missing, dead, arrested, ... or none). A slot whose
    figures split into two well-attested versions counts two different groups, not one disputed figure,
    so only a version stated by a single document against the others is reported.
    """
    slots: dict[tuple[str, frozenset[str]], list[tuple[Value, Claim]]] = defaultdict(list)
    for c in claims:
        if c.modality in ("denied", "questioned"):
            continue
        for v in c.values:
            unit = canonical(v)[0]
            if v.kind != "number" or v.lower is None or unit in MEASURED or v.measure in TOLLS:
                continue
            states = _states(v, texts[c.doc]) if c.doc in texts else None
            if states is None or _aside(v, texts[c.doc]):
                continue
            aboard = unit in PEOPLE and states == {"aboard"}  # the people on the plane: a group as well
            if not aboard and (unit in PEOPLE or len(unit) < 3 or unit in CURRENCY_CODES or unit in NOT_GROUPS
                               or not _group_noun(unit)):
                continue
            if not aboard:  # "22 crew members aboard" are the crew, whichever words stand near
                states = states - {"aboard"}
            slots[("people" if aboard else COUNT_CLASSES.get(unit, unit), states)].append((v, c))
    conflicts = []
    for (unit, states), members in sorted(slots.items(), key=lambda kv: (kv[0][0], sorted(kv[0][1]))):
        conflicts += _slot_conflict(unit, states, members, fact_of, outlets)
    return conflicts


def _uncited(c: Claim, kind: str = "person") -> frozenset[str]:
    """The entities of one kind a claim is about (people by default): those it names, less the sources it
    cites."""
    cited = " ".join(c.attribution[1:]).lower()
    return frozenset(v.normalized for v in c.values if v.kind == kind and v.text.lower() not in cited)


def _nearest_person(v: Value, c: Claim) -> str | None:
    """The person a figure of the claim is about: the person named nearest to it, not a cited source
    ("Kratochvil, who was tried alongside him, was sentenced to five years"); None when it names none."""
    people = [p for p in c.values if p.kind == "person" and p.normalized in _uncited(c)]
    return min(people, key=lambda p: min(abs(p.start - v.end), abs(v.start - p.end))).normalized if people else None


def _same_reference(a: Claim, b: Claim) -> bool:
    """Two distances may be measured from the same place: unless each claim names places and none in
    common ("15 miles from Napa", "50 miles from San Francisco")."""
    pa = {v.normalized for v in a.values if v.kind == "place"}
    pb = {v.normalized for v in b.values if v.kind == "place"}
    return not (pa and pb) or bool(pa & pb)


def _same_people(a: Claim, b: Claim) -> bool:
    """Two claims may be about the same people: unless each names people and none in common ("Wayne had
    eight catches", "Clark had 53" count different people's things), or each names organizations it does
    not cite and none in common ("the Orioles offered Teixeira $140 million", "the Red Sox offered Mark
    Teixeira $200 million": two offers to one man)."""
    sa, sb = _uncited(a), _uncited(b)
    oa, ob = _uncited(a, "org"), _uncited(b, "org")
    return (not (sa and sb) or bool(sa & sb)) and (not (oa and ob) or bool(oa & ob))



def _slot_conflict(unit: str, states: frozenset[str], items: list[tuple[Value, Claim]],
                   fact_of: dict[str, str], outlets: dict[str, str]) -> list[Conflict]:
    """One slot's figures about the same people, set side by side when they disagree (see slot_conflicts)."""
    sides = _sides(items)
    if len(sides) < 2 or len(sides) > 3:
        return []
    figures = [v.lower if v.lower is not None else v.upper for side in sides for v, _ in side]
    if min(figures) and max(figures) > SLOT_SPREAD * min(figures):  # type: ignore[operator,type-var]
        return []  # "two children" and "her 12 children", "seven other workers" and "the other 100": two groups
    docs = [{c.doc for _, c in side} for side in sides]
    if sum(len(d) >= 2 for d in docs) >= 2 or any(a & b for i, a in enumerate(docs) for b in docs[i + 1:]):
        return []
    if not all(any(_same_people(x, y) for _, x in a for _, y in b) for i, a in enumerate(sides) for b in sides[i + 1:]):
        return []
    what = f"the {_plural(unit)}" + (f" ({', '.join(sorted(states))})" if states else "")
    explanation = (f"The sources count {what} differently: " + "; ".join(_describe(s, outlets) for s in sides)
                   + ". These figures do not overlap, so they cannot all be right.")
    return [_conflict("number", sorted({c.id for _, c in items}), explanation, fact_of, [
        _side(side) for side in sides])]


# Who or what a slot may count: people (by role nouns and agent suffixes) and the vehicles, vessels and
# aircraft of COUNT_CLASSES. Counts of other things (catches, species, comments) vary too freely across a
# story's articles to set side by side.
PERSON_NOUNS = frozenset({
    "suspect", "victim", "child", "kid", "mom", "mother", "father", "son", "daughter", "wife", "husband",
    "pilot", "crew", "member", "staff", "police", "officer", "guard", "hostage", "refugee", "migrant",
    "civilian", "resident", "citizen", "patient", "student", "teen", "teenager", "adult", "youth", "woman",
    "man", "men", "other", "survivor", "individual", "fan", "spectator", "rebel", "guest", "tourist",
    "journalist", "doctor", "nurse", "firefighter", "diver", "rescuer", "detainee", "prisoner", "inmate",
    "accomplice", "perpetrator", "militant", "fighter", "troop", "soldier", "sailor", "marine", "agent",
})
_AGENT = ("er", "or", "ist", "ant", "ent", "man", "ee", "ian")
NOT_AGENTS = frozenset({"number", "order", "error", "floor", "door", "water", "quarter", "center", "centre",
                        "letter", "meter", "metre", "river", "paper", "corner", "computer", "container",
                        "tower", "hour", "pointer", "turnover", "rebounder", "percent", "event", "incident",
                        "moment", "statement", "comment", "document", "amount", "element", "segment",
                        "tournament", "payment", "restaurant", "plant", "grant", "chapter", "shelter",
                        "helicopter", "character", "cancer", "matter", "power", "border", "sector", "factor",
                        "murder", "homer", "offer", "charter", "quarterback"})


def _group_noun(unit: str) -> bool:
    """A noun whose count is the size of a group of people or vehicles: what slot conflicts compare."""
    if unit in COUNT_CLASSES or unit in PERSON_NOUNS:
        return True
    return unit.endswith(_AGENT) and unit not in NOT_AGENTS and len(unit) > 4


IRREGULAR = {"child": "children", "person": "people", "people": "people", "aircraft": "aircraft",
             "woman": "women", "man": "men", "foot": "feet"}
# Nouns that count occasions or measure amounts, not members of a group.
NOT_GROUPS = frozenset({"time", "percent", "percentage", "point", "magnitude", "degree", "year", "month", "week",
                        "day", "hour", "minute", "second", "acre", "yard", "inch", "mile", "per", "%", "round",
                        "lap", "goal", "score", "game", "match", "season", "set", "inning", "quarter", "half"})


def _plural(noun: str) -> str:
    if noun in IRREGULAR:
        return IRREGULAR[noun]
    if noun.endswith("man"):
        return noun[:-3] + "men"
    if noun.endswith("y") and noun[-2:-1] not in "aeiou":
        return noun[:-1] + "ies"
    return noun + ("es" if noun.endswith(("s", "x", "ch", "sh")) else "s")


def near_miss_conflicts(claims: list[Claim], fact_of: dict[str, str], outlets: dict[str, str]) -> list[Conflict]:
    """Measurements of one dimension that almost agree: "984 feet" against "948-foot", "1.6" against "1.9 miles".

    Figures this close (within a quarter) in one unit of length, weight or speed are read as one
    quantity reported two ways (a typo, a conversion) when no document gives both. Weights must also
    weigh one named thing: sports pages weigh every player.
    """
    items = [(v, c) for c in claims for v in c.values
             if v.kind == "number" and v.lower and v.upper is not None and canonical(v)[0] in MEASURED]
    busy = _busy_units(items)
    items = [(v, c) for v, c in items if (c.doc, canonical(v)[0]) not in busy]
    groups = UnionFind(range(len(items)))
    for i, (va, ca) in enumerate(items):
        for j in range(i + 1, len(items)):
            vb, cb = items[j]
            unit, a_lo, a_hi = canonical(va)
            b_unit, b_lo, b_hi = canonical(vb)
            if (ca.doc == cb.doc or b_unit != unit or compatible(va, vb)
                    or (va.measure and vb.measure and va.measure != vb.measure)):
                continue
            if max(a_hi, b_hi) / min(a_lo, b_lo) > NEAR_MISS:  # type: ignore[type-var,operator]
                continue
            if unit == "kg" and not _things_in_common(ca, cb):
                continue  # "the 225-pound forward" and "the 260-pound Echenique": two players weighed
            if (va.measure != "distance" or _same_reference(ca, cb)) and _same_people(ca, cb) and not (
                    _states_both(items, ca.doc, va, vb) or _states_both(items, cb.doc, va, vb)):
                groups.union(i, j)
    conflicts = []
    for members in groups.groups():
        if len(members) < 2:
            continue
        group = [items[n] for n in members]
        sides = _sides(group)
        docs = [{c.doc for _, c in side} for side in sides]
        if len(sides) < 2 or any(a & b for i, a in enumerate(docs) for b in docs[i + 1:]):
            continue
        unit = canonical(group[0][0])[0]
        what = next((v.measure for v, _ in group if v.measure), "") or "measurement"
        explanation = (f"The sources give nearly the same {what} ({unit}) but not the same figure: "
                       + "; ".join(_describe(s, outlets) for s in sides)
                       + ". Figures this close read as one quantity reported differently; one is likely a slip.")
        conflicts.append(_conflict("number", sorted({c.id for _, c in group}), explanation, fact_of, [
            _side(side) for side in sides]))
    return conflicts


def _things_in_common(a: Claim, b: Claim) -> bool:
    """Whether two claims name one entity that is not a place: the same thing or person, weighed by both."""
    return any(not e.startswith(("e:gpe:", "e:loc:", "e:fac:")) for e in set(a.entities) & set(b.entities))


def _busy_units(items: list[tuple[Value, Claim]]) -> set[tuple[str, str]]:
    """(document, unit of measurement) pairs where the document gives more than NEAR_MISS_FIGURES figures in
    that unit: yards gained, players' weights. Such a document measures many things, so none of its figures
    can be read as a near miss of another document's figure by their closeness alone."""
    figures: dict[tuple[str, str], set[float]] = defaultdict(set)
    for v, c in items:
        unit, lower, _ = canonical(v)
        if unit in MEASURED:
            figures[(c.doc, unit)].add(round(lower or 0.0, 1))
    return {key for key, found in figures.items() if len(found) > NEAR_MISS_FIGURES}


def _counts_people(v: Value) -> bool:
    """A toll counts people as such ("137 people", "killed 12", "the dead"), not one group among them ("two
    women", "four crew members"): a group's toll is compared only with that group's."""
    return _unit_key(v) == "people"


def _months(value: str) -> tuple[int | None, int | None, bool] | None:
    """(year, month, whether a day is given) of a date value; the year is None when the text gave none
    ("In February" in an undated article: XXXX-02)."""
    m = _MONTH.match(value)
    if not m or (m.group(1) == "XXXX" and not m.group(2)):
        return None
    return (None if m.group(1) == "XXXX" else int(m.group(1)), int(m.group(2)) if m.group(2) else None,
            bool(m.group(3)))


def _background(claims: list[Claim]) -> set[str]:
    """Claims dated away from the story's own time: "In February, a quake in Zarand killed 612" in a story
    of a November quake. The story's month is the one its claims date most often; a claim whose every date
    lies more than BACKGROUND_MONTHS from it (or in another year, when only the year is given), or names
    only another month ("In early March, a gunman shot three" in a story of an April shooting: a day of
    the story's own happening is told by its day), tells of another happening, so its toll is not a
    version of the story's toll. A month without a year is compared by month alone."""
    dates = {c.id: [m for v in c.values if v.kind == "date" and (m := _months(v.normalized))] for c in claims}
    months = Counter(m[:2] for found in dates.values() for m in set(found) if m[1] is not None)
    if not months:
        return set()
    known = {k: n for k, n in months.items() if k[0] is not None} or months
    year, month = min(known.items(), key=lambda kv: (-kv[1], kv[0][0] or 0, kv[0][1]))[0]

    def far(m: tuple[int | None, int | None, bool]) -> bool:
        if m[1] is None:
            return year is not None and m[0] != year
        if m[0] is None or year is None:
            gap = abs(m[1] - month) % 12  # type: ignore[operator]
            gap = min(gap, 12 - gap)
        else:
            gap = abs((m[0] - year) * 12 + m[1] - month)  # type: ignore[operator]
        return gap > BACKGROUND_MONTHS or (gap > 0 and not m[2])

    return {cid for cid, found in dates.items() if found and all(far(m) for m in found)}


def _claim_countries(c: Claim) -> set[str]:
    """The countries of the places a claim names (places the gazetteer knows without doubt)."""
    found = set()
    for v in c.values:
        if v.kind == "place" and (p := gazetteer.lookup(v.text)) and not (
                p.kind == "city" and gazetteer.ambiguous(v.text)) and (country := _country(p)):
            found.add(country)
    return found


def _elsewhere(claims: list[Claim]) -> set[str]:
    """Claims set in another country than the story's: "a quake in eastern China killed a dozen" in a
    story of a quake in Iran tells of another happening. The story's countries are those at least half of
    its documents that name a country name (Iran, and the Emirates where it was felt; an article whose place
    names the gazetteer cannot read, "в Белгороде", has no vote); a claim is elsewhere when every place it
    names lies outside them."""
    docs_of: dict[str, set[str]] = defaultdict(set)
    named = {c.id: _claim_countries(c) for c in claims}
    for c in claims:
        for country in named[c.id]:
            docs_of[country].add(c.doc)
    n_docs = len({c.doc for c in claims if named[c.id]})  # an article whose places no one read has no vote
    home = {country for country, docs in docs_of.items() if len(docs) * 2 >= n_docs}
    return {cid for cid, found in named.items() if found and not found & home}


def _gives_all(said: dict[str, list[Value]], docs: set[str], sides: list[list[tuple[Value, Claim]]]) -> bool:
    """Some document states a figure of every side (whatever it counts): the figures count different things."""
    return any(all(any(w.normalized == v.normalized for w in said[d] for v, _ in side) for side in sides)
               for d in docs)


def _states_both(items: list[tuple[Value, Claim]], doc: str, a: Value, b: Value) -> bool:
    """A document that gives both figures measures two different things with them."""
    mine = [v for v, c in items if c.doc == doc]
    return any(compatible(v, a) for v in mine) and any(compatible(v, b) for v in mine)


def _country(p: Place) -> str | None:
    return p.name if p.kind == "country" else p.country


def places_compatible(a: Place, b: Place) -> bool:
    """Two gazetteer places can both be where one thing happened: one holds the other, or nothing known
    sets them apart. Apart: different countries, or cities in different regions of one country."""
    if a.id == b.id or a.name in (b.region, b.country) or b.name in (a.region, a.country):
        return True
    ca, cb = _country(a), _country(b)
    if ca and cb and ca != cb:
        return False
    return not (a.kind == "city" and b.kind == "city" and a.region and b.region and a.region != b.region)


def place_conflicts(claims: list[Claim], fact_of: dict[str, str], outlets: dict[str, str]) -> list[Conflict]:
    """Claims of one fact that say it happened in places that cannot both be right: "shot in Alicante"
    against "shot in Madrid". Only places the gazetteer knows, attached to the claim's own verb by a
    locative preposition, and no city whose name other countries' cities share; a town and its province
    or country are compatible. A claim that names the other side's place too gives a list, not a rival."""
    by_fact: dict[str, list[tuple[Place, Value, Claim]]] = defaultdict(list)
    named: dict[str, list[Place]] = {}  # every known place a claim names, on its verb or not
    for c in claims:
        if c.modality in ("denied", "questioned") or c.id not in fact_of:
            continue
        named[c.id] = [p for v in c.values if v.kind == "place" and (p := gazetteer.lookup(v.text))]
        verb = _verb(c)
        for v in c.values:
            if (v.kind == "place" and v.measure and v.measure == verb and (p := gazetteer.lookup(v.text))
                    and not (p.kind == "city" and gazetteer.ambiguous(v.text))):
                by_fact[fact_of[c.id]].append((p, v, c))
    conflicts = []
    for _fid, items in sorted(by_fact.items()):
        sides: list[list[tuple[Place, Value, Claim]]] = []
        for item in items:
            for side in sides:
                if all(places_compatible(item[0], other) for other, _, _ in side):
                    side.append(item)
                    break
            else:
                sides.append([item])
        docs = [{c.doc for _, _, c in side} for side in sides]
        if len(sides) < 2 or any(a & b for i, a in enumerate(docs) for b in docs[i + 1:]):
            continue
        # a claim that names another side's place too lists places ("both in Philadelphia and in Portland")
        if any(places_compatible(p, other) for side in sides for _, _, c in side for p in named[c.id]
               for o_side in sides if o_side is not side for other, _, _ in o_side):
            continue
        told = "; ".join(f"{side[0][0].name} ({', '.join(dict.fromkeys(outlets.get(c.doc, c.doc) for _, _, c in side))})"
                         for side in sides)
        conflicts.append(_conflict("place", [c.id for _, _, c in items],
                                   f"The sources place this in different places that cannot both hold: {told}.",
                                   fact_of, [ConflictSide(value=" / ".join(dict.fromkeys(v.text for _, v, _ in side)),
                                                          claims=list(dict.fromkeys(c.id for _, _, c in side)))
                                             for side in sides]))
    return conflicts


# Whereabouts of a thing at a crime or accident scene: "the getaway car was found burnt out at the scene"
# against "they set the car ablaze 20 km outside the city". English words; a thing is a vehicle or a body.
_AT_SCENE = re.compile(r"\b(?:at|on|near) the (?:scene|site)\b", re.I)
_AWAY = re.compile(r"\b(?P<far>\d[\d.,]*|a few|several|some|about \d[\d.,]*)\s*(?:-\s*)?"
                   r"(?:km|kilomet(?:er|re)s?|miles?|mi)\b\s+(?:\w+\s+)?(?:outside|away|from|north|south|east|west)\b",
                   re.I)
WHEREABOUTS_THINGS = {**{w: "vehicle" for w in ("car", "vehicle", "van", "truck", "suv", "sedan", "motorcycle",
                                                 "motorbike", "lorry", "getaway")},
                      **{w: "body" for w in ("body", "bodies", "corpse", "remains")}}
WHEREABOUTS_STATES = {**dict.fromkeys(("burnt", "burned", "burning", "ablaze", "torched", "charred", "fire",
                                       "burnt-out", "burned-out"), "burned"),
                      **dict.fromkeys(("abandoned", "dumped", "left"), "abandoned")}


def whereabouts_conflicts(claims: list[Claim], fact_of: dict[str, str], outlets: dict[str, str]) -> list[Conflict]:
    """One thing in one state put at the scene by one source and kilometres away by another: "a burnt-out
    getaway car was found at the scene" against "setting the vehicle ablaze 20 kilometers outside the city".
    Only things a scene keeps (vehicles, bodies) in a state that happens once (burned, abandoned)."""
    said: dict[tuple[str, str], dict[str, list[Claim]]] = defaultdict(lambda: {"scene": [], "away": []})
    for c in claims:
        if c.modality in ("denied", "questioned"):
            continue
        scene, away = bool(_AT_SCENE.search(c.text)), bool(_AWAY.search(c.text))
        if scene == away:
            continue
        words = set(_WORDS.findall(c.text.lower().replace("-out", "")))
        for thing in {WHEREABOUTS_THINGS[w] for w in words if w in WHEREABOUTS_THINGS}:
            for state in {WHEREABOUTS_STATES[w] for w in words if w in WHEREABOUTS_STATES}:
                said[(thing, state)]["scene" if scene else "away"].append(c)
    conflicts: dict[str, Conflict] = {}
    for (thing, state), sides in sorted(said.items()):
        here, there = sides["scene"], sides["away"]
        if not here or not there or {c.doc for c in here} & {c.doc for c in there}:
            continue
        far = [m.group(0) for c in there if (m := _AWAY.search(c.text))]
        told = (f"at the scene ({', '.join(dict.fromkeys(outlets.get(c.doc, c.doc) for c in here))}); "
                f"\u201c{far[0]}\u201d ({', '.join(dict.fromkeys(outlets.get(c.doc, c.doc) for c in there))})")
        x = _conflict(
            "place", [c.id for c in here + there],
            f"The sources put the {state} {thing} in different places: {told}. It cannot be at the scene and "
            f"that far away.", fact_of,
            [ConflictSide(value="at the scene", claims=[c.id for c in here]),
             ConflictSide(value=far[0], claims=[c.id for c in there])])
        conflicts.setdefault(x.id, x)  # the same claims about a thing in two states: one conflict
    return list(conflicts.values())


def age_conflicts(claims: list[Claim], fact_of: dict[str, str], outlets: dict[str, str],
                  published: dict[str, str] | None = None) -> list[Conflict]:
    """Ages of one named person that cannot all be right: "Faizov, 19" against "the 20-year-old Faizov".

    An age belongs to the person named just before it in its claim, or to the claim's only person when it
    describes a person ("the 28-year-old pilot", not "35-year-old regulations"); "twenty-something" fits
    28. People age: articles a year or more apart, or undated, may differ by the years between them (one,
    for a birthday, when a date is unknown)."""
    published = published or {}
    by_person: dict[str, list[tuple[Value, Claim]]] = defaultdict(list)
    names: dict[str, str] = {}
    for c in claims:
        if c.modality in ("denied", "questioned"):
            continue
        people = [v for v in c.values if v.kind == "person"]
        for v in c.values:
            if v.unit != AGE or v.lower is None:
                continue
            before = [p for p in people if p.end <= v.start and v.start - p.end <= 3]
            only = people[0] if len({p.normalized for p in people}) == 1 and _of_a_person(v, c) else None
            who = before[-1] if before else only
            if who is not None:
                by_person[who.normalized].append((v, c))
                names.setdefault(who.normalized, who.text)
    conflicts = []
    for person, items in sorted(by_person.items()):
        sides = _sides(items)
        docs = [{c.doc for _, c in side} for side in sides]
        if len(sides) < 2 or any(a & b for i, a in enumerate(docs) for b in docs[i + 1:]):
            continue
        if not any(_ages_apart(x, y, published) for i, a in enumerate(sides) for b in sides[i + 1:]
                   for x in a for y in b):
            continue
        conflicts.append(_conflict(
            "number", sorted({c.id for _, c in items}),
            f"The sources give {names[person]} different ages: " + "; ".join(_describe(s, outlets) for s in sides)
            + (". One person has one age." if all(published.get(c.doc) for _, c in items) else
               ". One person has one age, unless the articles were written years apart (not all are dated)."),
            fact_of, [_side(side) for side in sides]))
    return conflicts


def _of_a_person(v: Value, c: Claim) -> bool:
    """An age phrase that describes a person: a decade ("twenty-something", "in his twenties"), or an
    "N-year-old" before a person noun or a name."""
    if not v.text[:1].isdigit():
        return True
    after = c.text[v.end - c.start:].split()
    word = after[0].strip(",.;:") if after else ""
    noun = word.lower().rstrip("s")
    return bool(word) and (word[:1].isupper() or noun in PERSON_NOUNS
                           or noun.endswith(_AGENT) and noun not in NOT_AGENTS and len(noun) > 4)


def _ages_apart(a: tuple[Value, Claim], b: tuple[Value, Claim], published: dict[str, str]) -> bool:
    """Two ages further apart than the time between their articles allows."""
    da, db = published.get(a[1].doc, ""), published.get(b[1].doc, "")
    years = abs(int(da[:4]) - int(db[:4])) if len(da) >= 4 and len(db) >= 4 else 1
    lo_a, hi_a = a[0].lower or 0.0, a[0].upper if a[0].upper is not None else float("inf")
    lo_b, hi_b = b[0].lower or 0.0, b[0].upper if b[0].upper is not None else float("inf")
    return lo_a > hi_b + years or lo_b > hi_a + years


def _conflict(kind: str, claim_ids: list[str], explanation: str, fact_of: dict[str, str],
              sides: list[ConflictSide]) -> Conflict:
    cid = "x" + hashlib.sha1(f"{kind}|{'|'.join(sorted(claim_ids))}".encode()).hexdigest()[:10]
    facts = {fact_of.get(c) for c in claim_ids}
    return Conflict(id=cid, kind=kind, explanation=explanation,  # type: ignore[arg-type]
                    fact=facts.pop() if len(facts) == 1 else None, sides=sides)


def _verb(c: Claim) -> str:
    """The lemma of the claim's own verb, without its negation."""
    return c.predicate.replace("not ", "").split(" ")[0] if c.predicate else ""


def _dated(c: Claim, pattern: re.Pattern[str] = _DAY, reported: bool = False) -> list[Value]:
    """The dates (matching `pattern`) that modify the claim's own verb ("was killed on February 13").

    With `reported`, also the date of the report around it ("On May 2 it was revealed that ..."): the
    happening took place on or before that day, which is enough to show some orders impossible.
    """
    verb = _verb(c)
    return [v for v in c.values if v.kind == "date" and pattern.match(v.normalized)
            and (v.measure == verb or reported and v.measure in REPORTING)]


def _clock_times(c: Claim) -> list[Value]:
    """The claim's dates that give a time of day, of a happening rather than of a report."""
    return [v for v in c.values if v.kind == "date" and _when(v)[1] and v.measure not in REPORTING]


def _when(v: Value) -> tuple[str | None, str | None]:
    """(day, time of day) a date value gives, each None when unknown."""
    m = _WHEN.match(v.normalized)
    if not m:
        return None, None
    day = m.group("day")
    return (None if day.startswith("X") else day), m.group("time")


def _day_of(day: str) -> date | None:
    """The date of an ISO day string, None when it is not one."""
    try:
        return date.fromisoformat(day)
    except ValueError:
        return None


def _nights_run_on(items: list[tuple[str | None, str | None, Claim, Value]]
                   ) -> list[tuple[str | None, str | None, Claim, Value]]:
    """A night is filed under the day it begins ("in der Nacht zum Montag" is Sunday night) and runs into
    the next: where another claim of the fact gives that next day ("in the early hours of Monday"), the
    night is read as that day, which it also is."""
    days = {it[0] for it in items if it[0] and not it[3].normalized.endswith("TNI")}
    out = []
    for it in items:
        day = it[0]
        if day and it[3].normalized.endswith("TNI") and day[:4].isdigit() and (d := _day_of(day)) is not None:
            following = (d + timedelta(days=1)).isoformat()
            if following in days and day not in days:
                it = (following, *it[1:])
        out.append(it)
    return out


def date_conflicts(claims: list[Claim], fact_of: dict[str, str], outlets: dict[str, str],
                   trusted: set[str] | None = None) -> list[Conflict]:
    """Claims of one fact that put its happening on different days, or at different times of day.

    A day counts when it is read against a publication date the document states (`trusted`: ids of such
    documents; None trusts all), or when the text writes it out ("March 22"). "On Saturday" read against a
    guessed date, or against the story's other articles, may be off by a week: it sets no side. A day
    written without its year, read against a guessed date, may be off by a year: then only months and
    days are compared.
    """
    by_fact: dict[str, list[tuple[str | None, str | None, Claim, Value]]] = defaultdict(list)
    for c, nested in zip(claims, inner_spans(claims), strict=True):
        if c.modality == "denied":
            continue
        dated = _dated(c, _WHEN)
        if len(dated) == 1:
            day, time = _when(dated[0])
            if day and trusted is not None and c.doc not in trusted and not _YEAR.search(dated[0].text):
                # "Saturday" read against a guessed date sets no day; "Nov. 11" keeps its month and day only
                day = "XXXX" + day[4:] if names_day(dated[0].text) else None
            if day or time:
                by_fact[fact_of.get(c.id, c.id)].append((day, time, c, dated[0]))
        elif not dated and len(clocks := [v for v in _clock_times(c)
                                         if not any(a <= v.start and v.end <= b for a, b in nested)]) == 1:
            # a clock time is specific enough to be the fact's, whichever verb of the claim it modifies
            # ("no vehicles were on the bridge when it collapsed at 1:28 a.m."), unless a clause of its own
            # holds it ("the blaze, which broke out at 8.40pm": that clause is a claim, and dates its own fact)
            by_fact[fact_of.get(c.id, c.id)].append((None, _when(clocks[0])[1], c, clocks[0]))
    conflicts = []
    for _fid, items in sorted(by_fact.items()):
        if any(it[0] and it[0].startswith("XXXX") for it in items):  # a guessed year: compare month and day
            items = [("XXXX" + it[0][4:] if it[0] else None, *it[1:]) for it in items]
        items = _nights_run_on(items)
        for what, pick in (("times of day", lambda it: it[1]), ("days", lambda it: it[0])):
            known = [it for it in items if pick(it)]
            values = sorted({pick(it) for it in known})
            if len(values) < 2 or len({it[2].doc for it in known}) < 2:
                continue
            if what == "times of day" and not _clocks_clash([(it[1], it[3]) for it in known]):
                continue
            sides = [ConflictSide(value=val, claims=[it[2].id for it in known if pick(it) == val]) for val in values]
            told = "; ".join(
                f"{_shown(val, [it[3] for it in known if pick(it) == val], what)} "
                f"({', '.join(dict.fromkeys(outlets.get(it[2].doc, it[2].doc) for it in known if pick(it) == val))})"
                for val in values)
            conflicts.append(_conflict("date", [it[2].id for it in known],
                                       f"The sources give different {what} for this: {told}.", fact_of, sides))
            break
    return conflicts


APPROXIMATE = re.compile(r"\b(about|around|approximately|roughly|nearly|almost|some|shortly|just|circa|ca\.)\b", re.I)
CLOCK_SLACK = 2  # minutes either side of an approximate time: "around 1:30" is 1:30 to the nearest five


def _clocks_clash(clocks: list[tuple[str, Value]]) -> bool:
    """Two of the times of day cannot both be right: exact ones differ, approximate ones by more than
    CLOCK_SLACK minutes each ("around 1:30" fits 1:28, not 1:34 nor "around 1:35")."""
    spans = []
    for hhmm, v in clocks:
        minutes = int(hhmm[:2]) * 60 + int(hhmm[3:5])
        slack = CLOCK_SLACK if APPROXIMATE.search(v.text) else 0
        spans.append((minutes - slack, minutes + slack))
    return any(a[1] < b[0] or b[1] < a[0] for a in spans for b in spans)


def _shown(normalized: str, values: list[Value], what: str) -> str:
    """A side's value as a reader checks it: the article's words for a time, the date for a day."""
    return f"“{values[0].text}”" if what == "times of day" or normalized.startswith("X") else normalized


OPPOSED = {("during", "after"), ("during", "before"), ("before", "after")}


def relative_time_conflicts(claims: list[Claim], fact_of: dict[str, str], outlets: dict[str, str]) -> list[Conflict]:
    """Claims of one fact that place the happening differently against the same other happening:
    "killed during the landing" against "killed shortly after landing"."""
    by_fact: dict[tuple[str, str, str], list[tuple[str, Claim, Value]]] = defaultdict(list)
    for c in claims:
        for v in c.values:
            if v.kind == "other" and ":" in v.normalized and c.modality != "denied":
                prep, obj = v.normalized.split(":", 1)
                by_fact[(fact_of.get(c.id, c.id), v.measure, obj)].append((prep, c, v))
    conflicts = []
    for (_fid, verb, _obj), items in sorted(by_fact.items()):
        preps = sorted({p for p, _, _ in items})
        clash = [(a, b) for a in preps for b in preps if (a, b) in OPPOSED]
        if not clash or len({c.doc for _, c, _ in items}) < 2:
            continue
        sides = [ConflictSide(value=next(v.text for q, _, v in items if q == p),
                              claims=list(dict.fromkeys(c.id for q, c, _ in items if q == p))) for p in preps]
        told = "; ".join(f"\u201c{next(v.text for q, _, v in items if q == p)}\u201d "
                         f"({', '.join(dict.fromkeys(outlets.get(c.doc, c.doc) for q, c, _ in items if q == p))})"
                         for p in preps)
        conflicts.append(_conflict("other", [c.id for _, c, _ in items],
                                   f"The sources disagree on when this happened ({verb}): {told}.",
                                   fact_of, sides))
    return conflicts


# Happenings that can only follow another: (earlier kind, later kind). General knowledge, not story rules.
DEATH = frozenset({"kill", "die", "murder", "assassinate", "execute", "slay"})
AFTER_DEATH = frozenset({"bury", "cremate", "autopsy", "exhume", "mourn"})
ARREST = frozenset({"arrest", "detain", "apprehend", "capture"})
AFTER_ARREST = frozenset({"charge", "sentence", "convict", "remand", "arraign"})


def _kind(c: Claim) -> str:
    verb = _verb(c)
    text = c.text.lower()
    if c.predicate.startswith("not ") or c.modality in ("denied", "questioned"):
        return ""
    if verb in DEATH or (verb == "shoot" and "dead" in text):
        return "death"
    if verb in AFTER_DEATH or (verb in ("identify", "find", "recover", "discover") and re.search(r"\b(remains|body|bodies|corpse)\b", text)):
        return "after_death"
    if verb in ARREST:
        return "arrest"
    if verb in AFTER_ARREST:
        return "after_arrest"
    return ""


ORDER = {("death", "after_death"): ("the death", "a step that can only follow a death"),
         ("arrest", "after_arrest"): ("the arrest", "a step that can only follow an arrest")}


def sequence_conflicts(claims: list[Claim], fact_of: dict[str, str], outlets: dict[str, str],
                       trusted: set[str] | None = None) -> list[Conflict]:
    """Orders that cannot be: a later-only happening dated before the happening it presupposes.

    The two claims must be about the same people: in one document, or naming a shared person. A date of a
    document without a stated publication date (`trusted`: ids of those with one; None trusts all) counts
    only when it writes out its day and year: "Saturday" or "Nov. 7" read against a guessed date may be a
    week or a year off.
    """
    typed = [(c, k, _dated(c, reported=k.startswith("after"))) for c in claims if (k := _kind(c))]
    typed = [(c, k, d[0]) for c, k, d in typed if len(d) == 1 and (
        trusted is None or c.doc in trusted or names_day(d[0].text) and _YEAR.search(d[0].text))]
    conflicts = []
    for (first_kind, then_kind), (first_name, then_name) in ORDER.items():
        for a, ka, da in typed:
            if ka != first_kind:
                continue
            for b, kb, db in typed:
                if kb != then_kind or not (a.doc == b.doc or set(a.entities) & set(b.entities)):
                    continue
                if db.normalized[:10] < da.normalized[:10]:
                    explanation = (
                        f"{outlets.get(b.doc, b.doc)} dates \u201c{b.text[:90]}\u201d to {db.normalized[:10]}, "
                        f"before {first_name} on {da.normalized[:10]} ({outlets.get(a.doc, a.doc)}), "
                        f"but it is {then_name}.")
                    conflicts.append(_conflict("sequence", [a.id, b.id], explanation, fact_of, [
                        ConflictSide(value=f"{first_name}: {da.normalized[:10]}", claims=[a.id]),
                        ConflictSide(value=f"{then_kind.replace('_', ' ')}: {db.normalized[:10]}", claims=[b.id])]))
    return conflicts
