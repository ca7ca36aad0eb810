"""Typed numeric values in a clause: what a number counts, its unit, and the bounds a hedge gives it.

"at least 143" -> lower 143; "more than 130" -> lower 130 (exclusive, kept as 130.000001);
"about 20" -> 18..22; "dozens" -> 24..; "$500,000" -> 500000 USD. Hand-written: no library parses
English hedged quantities into intervals.
"""

from __future__ import annotations

import math
import re
from dataclasses import replace
from typing import TYPE_CHECKING

from storyline.claims.lexicon import Lexicon
from storyline.claims.lexicon.en import EN
from storyline.claims.syntax import dep
from storyline.models import TimeExpr, Value

if TYPE_CHECKING:  # spaCy is only needed where a parse is at hand
    from spacy.tokens import Span, Token

NUMBER_LABELS = {"CARDINAL", "QUANTITY", "MONEY", "PERCENT"}

WORDS = EN.number_words
SCALES = EN.scales
VAGUE = EN.vague
LOWER, UPPER, NEAR = EN.lower, EN.upper, EN.near
CURRENCY = EN.currency
_NUM = re.compile(r"\d+(?:[.,]\d+)*")
_MONEY = re.compile(r"[A-Z]{3}(?:/\w+)?")  # a currency code, or a rate in one ("USD/season")


def parse_number(text: str) -> float | None:
    """The number a numeral or number words denote: "6,500" -> 6500, "two" -> 2, "1.6" -> 1.6."""
    t = text.lower().replace("\u2009", "").strip()
    m = _NUM.search(t)
    if m:
        digits = m.group()
        if re.fullmatch(r"\d{1,3}(,\d{3})+(\.\d+)?", digits):
            digits = digits.replace(",", "")
        elif "," in digits:
            digits = digits.replace(",", ".") if digits.count(",") == 1 else digits.replace(",", "")
        try:
            value = float(digits)
        except ValueError:
            return None
        for word, scale in SCALES.items():
            if re.search(rf"\b{word}\b", t[m.end():]):
                value *= scale
        return value
    total, current, seen, article = 0.0, 0.0, False, False
    for w in re.findall(r"[a-z]+", t):
        if w in SCALES:
            current = (current or 1) * SCALES[w]
            if SCALES[w] >= 1000:
                total, current = total + current, 0.0
            seen, article = True, False
        elif w in WORDS:
            # "a"/"an" is one only before a scale ("a million"): "an estimated two million" is two million
            current = WORDS[w] if article else current + WORDS[w]
            article = w in ("a", "an") and current == 1
            seen = True
    return total + current if seen else None


def hedge(span: Span, lex: Lexicon = EN) -> tuple[str, str]:
    """The hedge words right before a number span (or inside its start) and their direction."""
    doc = span.doc
    before = doc[max(0, span.start - 3): span.start].text.lower().replace("’", "'")
    inside = span.text.lower()
    for direction, words in (("lower", lex.lower), ("upper", lex.upper), ("near", lex.near)):
        for w in words:
            if any(before.endswith(cue) and cue.endswith(" " + w) for cue in lex.update_cues):
                continue  # "wzrosła do 143", "возросло до 143": rose to 143, not up to 143
            if inside.startswith(w + " ") or before.endswith(w) or before.endswith(w + " "):
                return direction, w
    return "", ""


def _unit(span: Span) -> str:
    """What the number counts: a currency (its code, also when named after the span: "100,000 euros"), the
    noun inside a quantity span, or the noun it modifies."""
    word = _unit_word(span)
    return CURRENCY.get(word, word)


def _unit_word(span: Span) -> str:
    for t in span:
        if t.text in CURRENCY or t.lower_ in CURRENCY:
            return CURRENCY.get(t.text, CURRENCY.get(t.lower_, ""))
    if span.start > 0 and span.doc[span.start - 1].text in CURRENCY:
        return CURRENCY[span.doc[span.start - 1].text]
    nouns = [t for t in span if t.pos_ in ("NOUN", "PROPN") and not t.like_num and t.lower_ not in SCALES]
    if nouns:
        return nouns[-1].lemma_.lower()
    for tok in (span[-1], span.root):  # the root for a joined range: "Three or four robbers"
        head: Token = tok.head
        if head.i >= span.end and head.pos_ in ("NOUN", "PROPN"):
            return head.lemma_.lower()
    nxt = span.doc[span.end] if span.end < len(span.doc) else None
    if nxt is not None and nxt.pos_ in ("NOUN", "ADJ") and nxt.lower_ in ("dead", "injured", "wounded", "killed"):
        return nxt.lower_
    if nxt is not None and nxt.lower_ == "of" and span.end + 1 < len(span.doc):
        noun = span.doc[span.end + 1]
        for t in span.doc[span.end + 1: span.end + 5]:
            if t.pos_ in ("NOUN", "PROPN"):
                noun = t
                break
        return noun.lemma_.lower()
    return ""


# Words that say a count is of the dead or of the injured, whatever noun or verb carries it.
KILLED = EN.killed
INJURED = EN.injured
PEOPLE = frozenset({"", "people", "person", "dead", "life", "victim", "fatality", "death", "injured", "wounded",
                    "hurt", "casualty", "individual", "civilian"})


DIMENSIONS = {"long": "length", "length": "length", "wide": "width", "width": "width", "beam": "width",
              "deep": "depth", "depth": "depth", "high": "height", "height": "height", "tall": "height",
              "away": "distance", "from": "distance", "distance": "distance", "southwest": "distance",
              "northwest": "distance", "southeast": "distance", "northeast": "distance", "north": "distance",
              "south": "distance", "east": "distance", "west": "distance"}


ELLIPTIC = frozenset({"all", "the", "both", "these", "those", "all the"})
ANTECEDENT_REACH = 400  # tokens back to look for what an elliptic number counts


def _antecedent_unit(ent: Span, number: float) -> str:
    """What a number standing alone counts ("All four pleaded guilty", "the two were arrested"): the noun
    of the nearest earlier count of the same number in the document ("Four suspects appeared in court")."""
    root = ent.root
    if dep(root) not in ("nsubj", "nsubjpass", "dobj", "pobj", "appos") or not any(
            t.lower_ in ELLIPTIC for t in ent.doc[max(0, ent.start - 2): ent.start + 1]):
        return ""
    for t in reversed(ent.doc[max(0, ent.start - ANTECEDENT_REACH): ent.start]):
        if t.like_num and dep(t) == "nummod" and t.head.pos_ == "NOUN" and parse_number(t.text) == number:
            return t.head.lemma_.lower()
    return ""


def _dimension(span: Span) -> str:
    """For a measurement, which dimension it gives: "a length of 984 feet" and "984 feet long" -> length."""
    doc = span.doc
    if span.start >= 2 and doc[span.start - 1].lower_ == "of" and doc[span.start - 2].lower_ in DIMENSIONS:
        return DIMENSIONS[doc[span.start - 2].lower_]
    for t in doc[span.end: span.end + 3]:
        if t.lower_ in DIMENSIONS:
            return DIMENSIONS[t.lower_]
        if (t.is_punct and t.text != "-") or t.dep_ in ("cc", "prep") and t.lower_ not in DIMENSIONS:
            break
    return ""


PARTS = frozenset({"some", "many", "most", "all", "none", "several", "few", "both", "half", "one", "each",
                   "majority", "dozens", "hundreds", "thousands"})  # words that take a part of a counted whole
ATTEMPTS = frozenset({"attempt", "attempted", "try"})  # a killing tried is no death
VICTIMS = frozenset({"victim", "víctima", "victime", "opfer", "vittima", "vítima"})  # the harmed, dead or not
# verbs that tell victims as a toll ("the number of victims rose to 137", "a fait 137 victimes"); with any other
# verb victims are the harmed, dead or not ("shot the three victims", "worked with the three victims")
TALLIES = frozenset({"be", "remain", "rise", "climb", "reach", "increase", "grow", "jump", "stand", "total",
                     "exceed", "surpass", "top", "leave", "claim", "make", "cause", "count", "faire", "causer",
                     "compter", "atteindre", "s'élever", "élever", "passer"})
_RATE = re.compile(r"\s*(?:(?:per|a|an|each|every)\s+(?P<per>year|season|month|week|day|hour|game|head|capita|"
                   r"person|share)\b|(?P<adverb>annually|yearly|monthly|weekly|daily))", re.I)


def _rate(ent: Span) -> str:
    """"/year" for a figure given per period or per head ("$22 million per season", "$5 million a year"): a
    rate, which compares only with rates of the same period, never with a total."""
    m = _RATE.match(ent.doc[ent.end: ent.end + 3].text if ent.end < len(ent.doc) else "")
    if not m:
        return ""
    per = (m.group("per") or {"annually": "year", "yearly": "year", "monthly": "month", "weekly": "week",
                              "daily": "day"}[m.group("adverb").lower()]).lower()
    return f"/{per}"


def _toll_modifier(t: Token) -> bool:
    """"life" and "death" modifying another noun name no toll: "four life sentences", "the death penalty"."""
    return dep(t) in ("amod", "compound") and t.lemma_.lower() in ("life", "death")


def _own_words(head: Token) -> list[Token]:
    """A phrase's words less its relative clauses and toll-word modifiers: in "the three who voted against
    the death penalty", the vote and the penalty say nothing of what the three are a count of."""
    skip: set[int] = set()
    for t in head.subtree:
        if t is not head and dep(t) in ("relcl", "acl"):
            skip.update(x.i for x in t.subtree)
    return [t for t in head.subtree if t.i not in skip and not _toll_modifier(t)]


def _participle(tok: Token) -> Token | None:
    """A participle the count itself governs: "18 were injured and 12 arrested" (12 -> arrested), "five
    people killed in the blast". It says what this count counts, whatever the clause's verb says."""
    heads = [tok, tok.head] if dep(tok) == "nummod" else [tok]
    return next((c for h in heads for c in h.children if dep(c) == "acl" and c.tag_ == "VBN"), None)


def _increment(span: Span) -> bool:
    """A count added to an earlier one ("the bodies of two more victims were found"): no version of the
    toll, which counts them all. "Another 145 were injured" is not one: it as often sets the injured
    beside the dead."""
    after = [t.lower_ for t in span.doc[span.end: span.end + 2]]
    return after[:1] == ["more"] and after[1:] != ["than"]


def _partitive_whole(tok: Token) -> Token | None:
    """The noun of a count that is the whole of a partitive ("three" in "two of the three victims died",
    "most of the 40 passengers"): what befell the part says nothing of the whole."""
    noun = tok.head if dep(tok) == "nummod" else tok
    prep = noun.head
    if dep(noun) == "pobj" and prep.lower_ == "of" and dep(prep) == "prep" and (
            prep.head.like_num or prep.head.lemma_.lower() in PARTS):
        return noun
    return None


_INLINE = frozenset("\"'«»„“”‘’-–")  # punctuation that leaves a clause whole: quotes, hyphens ("6 - foot")
COUNTED_REACH = 25  # tokens from a figure to the count noun of its subject ("the number of dead ... rose to")


def _breaks(t: Token) -> bool:
    """The token ends a clause: punctuation other than quotes and hyphens, or a line break. The parser's own
    sentence ends are not read: a model of another language puts them mid-sentence."""
    return t.is_punct and t.text not in _INLINE or "\n" in t.text


def _verb_of(tok: Token) -> Token | None:
    """The nearest verb over a token (itself included)."""
    return next((a for a in [tok, *tok.ancestors] if a.pos_ == "VERB"), None)


def _counted(span: Span, lex: Lexicon) -> str:
    """"killed" or "injured" when the figure's clause opens with a count of the dead or the injured: "el número
    de muertos ... ascendió a 137", "Zahl der Toten ... auf 137 gestiegen", "кількість загиблих ... зросла до
    143", "áldozatainak száma 137-re". The words back to the count noun hold no punctuation."""
    doc = span.doc
    for i in range(span.start - 1, max(-1, span.start - COUNTED_REACH - 1), -1):
        t = doc[i]
        if _breaks(t):
            return ""
        if t.lower_ in lex.toll_nouns:
            near = [x for x in doc[max(0, i - 3): i + 5] if x.i != i and not span.start <= x.i < span.end]
            found = {x.lower_ for x in near} | {x.lemma_.lower() for x in near}
            found |= {f"{a.lower_} {b.lower_}" for a, b in zip(near, near[1:], strict=False)}
            return "killed" if found & lex.killed else "injured" if found & lex.injured else ""
    return ""


def measure(span: Span, unit: str, lex: Lexicon = EN, surface: bool = False) -> str:
    """What the number is a count of having happened: the canonical verb of the clause around it.

    For lengths, distances and weights, the dimension it measures instead (length, width, depth, ...).
    Read without a parse, only the words next to the number say it (killed, injured, or nothing).
    """
    if unit in CONVERSIONS or unit.rstrip("s") in CONVERSIONS:
        return _dimension(span)
    if _increment(span):
        return ""
    if unit in lex.injured:  # "150 injured", "6 500 blessés": whatever the verb around says
        return "injured"
    tok: Token = span.root
    if _MONEY.fullmatch(unit):  # "paid the toll of $5": an amount counts no dead, whatever words stand near
        verb = None if surface else _verb_of(tok)
        return verb.lemma_.lower() if verb is not None else ""
    words = {unit}
    if surface:  # the words after the number, and before it back to a comma or a conjunction
        after = [t.lower_ for t in span.doc[span.end: span.end + 3]]
        before: list[str] = []
        for t in reversed(span.doc[max(0, span.start - 3): span.start]):
            if t.is_punct or dep(t) == "cc" or t.lower_ in lex.connectors:
                break
            before.insert(0, t.lower_)
        if lex.verb_final:  # "137 Menschen wurden bei dem Anschlag getötet": the clause's last words
            for t in span.doc[span.end: span.end + COUNTED_REACH]:
                if _breaks(t) or t.lower_ in lex.connectors or t.lower_ in lex.clause_words:
                    break  # "137 Menschen besuchten das Konzert und fünf wurden getötet": not the 137
                after.append(t.lower_)
        words.update(after + before)  # and two words in a row, for a toll said in two ("nie żyją")
        words.update(f"{a} {b}" for run in (before, after) for a, b in zip(run, run[1:], strict=False))
        return "killed" if words & lex.killed else "injured" if words & lex.injured else _counted(span, lex)
    own = _participle(tok)
    if own is not None:
        lemma = own.lemma_.lower()
        return "killed" if lemma in lex.killed else "injured" if lemma in lex.injured else lemma
    whole = _partitive_whole(tok)
    if whole is not None:  # "two of the three victims died": the verb tells of the two, not of the three
        named = {whole.lemma_.lower()} | {c.lemma_.lower() for c in whole.children
                                          if dep(c) in ("amod", "compound") and not _toll_modifier(c)}
        return "killed" if named & lex.killed - VICTIMS else "injured" if named & lex.injured else ""
    for anc in [tok, *tok.ancestors][:4]:
        words.add(anc.lemma_.lower())
        words.update(c.lemma_.lower() for c in anc.children
                     if dep(c) in ("amod", "acomp", "compound") and not _toll_modifier(c))
        if anc.pos_ in ("VERB", "AUX") and anc.lemma_ not in lex.light_verbs:
            for subj in (c for c in anc.children if dep(c) in ("nsubj", "nsubjpass")):
                words.update(t.lemma_.lower() for t in _own_words(subj) if t.pos_ in ("NOUN", "ADJ"))
            break
    nxt = span.doc[span.end: span.end + 2]
    words.update(t.lemma_.lower() for t in nxt if not _toll_modifier(t))
    if words & lex.killed or words & lex.injured:
        tried = {a.lemma_.lower() for a in tok.ancestors} | words
        if tried & ATTEMPTS:  # "tried to murder three people", "the attempted murder of two"
            return "attempt"
    verb = _verb_of(tok)
    told = verb.lemma_.lower() if verb is not None else ""
    if words & lex.killed and not (words & lex.killed <= VICTIMS and told and told not in TALLIES):
        return "killed"  # but "shot the three victims" says they were shot, not that they died
    if words & lex.injured:
        return "injured"
    return _counted(span, lex) or told


# Words that make a figure next to them a quake's magnitude, in the lexicon languages: "a magnitude 7.8
# earthquake", "de magnitude 7,8", "der Stärke 7,7", "7.8-magnitude", "7,8 sur l'échelle de Richter".
_SCALE_BEFORE = re.compile(r"(?:magnitud|magnitúd|stärke|магнитуд|магнітуд)\w*(?:\s+[^\s\d.,;]{1,9}){0,2}\s*$")
_SCALE_AFTER = re.compile(r"^\s*-?\s*(?:magnitud|magnitúd|on the richter|sur l.échelle de richter|en la escala de "
                          r"richter|auf der richter|della scala richter|na escala richter|по шкале рихтера|за "
                          r"шкалою ріхтера|w skali richtera|a richter)")
MAGNITUDE = "magnitude"  # the unit and measure of a quake's magnitude


def as_magnitude(v: Value, text: str) -> Value:
    """The figure as a magnitude (unit and measure `magnitude`) when a scale word stands next to it and it
    is one (under 10.5); otherwise unchanged."""
    if v.kind != "number" or v.lower is None or v.lower >= 10.5:
        return v
    digits = _NUM.search(v.text)
    tail = v.text[digits.end():] if digits else ""  # "7.8-magnitude": the NER's span holds the scale word
    if _SCALE_BEFORE.search(text[max(0, v.start - 40): v.start].lower()) or _SCALE_AFTER.match(
            (tail + text[v.end: v.end + 40]).lower()):
        return replace(v, unit=MAGNITUDE, measure=MAGNITUDE)
    return v


# Sums that name what they are, in the lexicon languages (word starts): a fine, bail, a ransom, a reward.
# One sum of each per story, unless its articles tell several apart (see reconcile.conflicts).
MONEY_KINDS: dict[str, tuple[str, ...]] = {
    "fine": ("fine", "penalt", "amende", "multa", "geldstrafe", "geldbuße", "geldbusse", "bußgeld", "ammend",
             "штраф", "grzywn", "bírság"),
    "bail": ("bail", "caution", "fianza", "kaution", "cauzione", "fiança", "залог", "kaucj", "заста", "óvadék"),
    "ransom": ("ransom", "rançon", "rescate", "lösegeld", "riscatto", "resgate", "выкуп", "okup", "викуп",
               "váltságdíj"),
    "reward": ("reward", "bount", "récompense", "recompensa", "belohnung", "taglia", "ricompensa", "вознагражд",
               "nagrod", "винагород", "jutalom"),
    "bribe": ("brib", "kickback", "pot-de-vin", "pots-de-vin", "soborn", "coima", "bestechung", "schmiergeld",
              "tangent", "mazzett", "propina", "suborno", "взятк", "łapówk", "хабар", "kenőpénz", "megveszteget"),
}
_MONEY_KIND = {stem: kind for kind, stems in MONEY_KINDS.items() for stem in stems}
_NOT_MONEY_KINDS = ("bailout",)  # a rescue of a country or a bank, no bail
_MONEY_WORD = re.compile(r"\b(" + "|".join(sorted(map(re.escape, _MONEY_KIND), key=len, reverse=True)) + r")\w*")


def as_money_kind(v: Value, text: str) -> Value:
    """A sum of money whose words say what it is ("fined him $5,000", "une amende de 100 000 euros",
    "eine Geldstrafe von 150.000 Euro") takes that kind as its measure; other values are unchanged."""
    if v.kind != "number" or not _MONEY.fullmatch(v.unit):
        return v
    near = text[max(0, v.start - 40): v.start].lower() + " " + text[v.end: v.end + 25].lower()
    hit = next((m for m in _MONEY_WORD.finditer(near) if not m.group().startswith(_NOT_MONEY_KINDS)), None)
    return replace(v, measure=_MONEY_KIND[hit.group(1)]) if hit else v


# Spans of time that name what they are, in the lexicon languages (word starts): custody before trial
# ("remanded in custody for two months", "prisión preventiva"), a prison term asked for ("prosecutors sought
# ten years": asking words win over the others), a prison term given ("sentenced to seven years in prison").
# Each is one span per story and person (see reconcile.conflicts); other durations stay out of the figures.
TERM_KINDS: dict[str, tuple[str, ...]] = {
    "sentence sought": ("sought", "seeking", "demanded", "asked for", "requested", "requis", "réclam",
                        "pidió", "pide", "solicit", "forderte", "fordert", "beantragt", "gefordert", "chiesto",
                        "chiede", "richiest", "pediu", "pedido", "żąda", "domaga", "wnios",
                        "потребова", "запроси", "просил", "вимага", "просив", "kért", "indítvány"),
    "custody": ("custod", "remand", "pre-trial", "pretrial", "détention provisoire", "prisión preventiva",
                "prisão preventiva", "custodia cautelare", "untersuchungshaft", "areszt", "под страж",
                "арест", "під вартою", "тримання під", "őrizet", "letartóztat"),
    "prison sentence": ("prison", "jail", "imprison", "sentenc", "behind bars", "réclusion", "condamn",
                        "prisión", "cárcel", "conden", "gefängnis", "haft", "freiheitsstrafe", "verurteil",
                        "carcere", "reclusione", "condann", "prisão", "więzieni", "pozbawienia wolności",
                        "skaza", "wyrok", "лишени", "колони", "приговор", "заключени", "ув'язнен",
                        "позбавлення волі", "вирок", "засуд", "börtön", "fegyház", "elítél"),
}
_TERM_WORDS = [(kind, re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, stems)) + ")", re.IGNORECASE))
               for kind, stems in TERM_KINDS.items()]
_TERM_UNITS = {"Y": "year", "M": "month", "W": "week", "D": "day"}
_SPAN_VALUE = re.compile(r"P(\d+(?:\.\d+)?)([YMWD])")


def term_of(t: TimeExpr, text: str, start: int, end: int) -> Value | None:
    """A span of time in a clause (`start`..`end` of `text`) whose words say it is a custody or a prison term
    ("sentenced to seven years in prison", "condannato a sette anni"), as a figure in years, months, weeks
    or days with that kind as its measure; None for any other time expression."""
    m = _SPAN_VALUE.fullmatch(t.value or "")
    if t.type != "DURATION" or not m:
        return None
    near = text[max(start, t.start - 60): t.start] + " " + text[t.end: min(end, t.end + 40)]
    kinds = [k for k, words in _TERM_WORDS if words.search(near)]
    if not kinds:
        return None
    kind = kinds[0]  # asking first: "domagała się dziesięciu lat pozbawienia wolności" was asked for
    n = float(m.group(1))
    return Value(kind="number", text=t.text, start=t.start, end=t.end, normalized=f"{n:g}",
                 unit=_TERM_UNITS[m.group(2)], measure=kind, lower=n, upper=n)


# Words that make a count of people a count of the missing, in the lexicon languages (word starts).
_MISSING = re.compile(r"\b(?:missing|unaccounted|disparu|desaparecid|vermisst|dispers[ie]|zaginion|zaginęł|"
                      r"пропавш|пропал[аио]? без вести|зниклих|зникли|eltűnt)", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r"[,;:.!?()\n]|\b(?:and|et|y|und|e|i|и|та)\b")


def as_missing(v: Value, text: str, read_by_words: bool = False) -> Value:
    """A count of people its clause says are missing ("14 missing", "14 dispersi", "14 sont toujours portées
    disparues", "16 risultano ancora disperse" read by its words) takes the measure `missing` and the unit
    people; others are unchanged."""
    if v.kind != "number" or v.lower is None or v.measure in ("killed", "injured"):
        return v
    if _MISSING.match(v.unit):  # "14 dispersi": the missing are what is counted
        return replace(v, unit="people", measure="missing")
    after = _CLAUSE_BREAK.split(text[v.end: v.end + 45], maxsplit=1)[0]
    words = after.split()
    # read by its words, a language takes the word after a figure as its unit: "16 risultano ancora disperse"
    verb_after = read_by_words and 0 < len(words) <= 4 and v.unit == words[0].lower()
    if v.unit not in PEOPLE and not verb_after:
        return v
    before = _CLAUSE_BREAK.split(text[max(0, v.start - 30): v.start])[-1]
    if _MISSING.search(after) or _MISSING.search(before):
        return replace(v, unit="people", measure="missing")
    return v


def numbers_in(clause: Span, lex: Lexicon = EN, surface: bool = False,
               taken: list[tuple[int, int]] | None = None) -> list[Value]:
    """Every numeric value stated in a clause, with unit and bounds.

    English reads the NER's number spans; other languages their digits and number words (the French and
    Russian models tag no numbers), skipping `taken` character spans (time expressions).
    """
    if not lex.numbers_from_ner:
        from storyline.claims.numbers import token_numbers

        found = ages_in(clause, lex)
        return [v for v in token_numbers(clause, lex, surface, taken or [])
                if not any(a.start < v.end and v.start < a.end for a in found)] + found
    values = []
    for ent in _joined_ranges(clause.ents):
        if ent.label_ not in NUMBER_LABELS and not (ent.label_ == "DATE" and _count_range(ent.text)):
            continue
        if re.fullmatch(r"0{2,}", ent.text.strip()):  # "000" cut from "31, 000" by a tokenizer: no count
            continue
        words = ent.text.lower().split()
        vague = next((VAGUE[w] for w in words if w in VAGUE), None)
        number = parse_number(ent.text) if vague is None else float(vague)
        if number is None:
            continue
        if is_designation(ent):
            continue
        pair = _pair(ent.text + _pair_tail(ent)) if vague is None else None
        if pair == "score":  # "beat the Bulls 102-99", "improved to 52-3": a score or a record, no count
            continue
        direction = hedge(ent)[0]
        lower, upper = bounds(number, direction, vague is not None)
        if isinstance(pair, tuple):  # "20-30 people", "between 20 and 30": the range, widened by "about"
            lower, upper = pair
            if direction == "near":
                lower, upper = lower * 0.85, upper * 1.15
        if re.search(r"\d\s*MM\b", ent.text):  # "$200MM": millions in financial shorthand
            number, lower, upper = number * 1e6, *(None if b is None else b * 1e6 for b in (lower, upper))
        unit = _unit(ent) or _antecedent_unit(ent, number)
        unit += _rate(ent) if unit else ""
        values.append(Value(
            kind="number", text=ent.text, start=ent.start_char, end=ent.end_char,
            normalized=fmt(number), unit=unit, measure=measure(ent, unit), lower=lower, upper=upper,
        ))
    ages = ages_in(clause)
    values = [v for v in values if not any(a.start < v.end and v.start < a.end for a in ages)]
    return values + ages + _none_of(clause, lex)


AGE = "years old"  # the unit of an age; its measure is "age"
_DECADES = {"twent": 20, "thirt": 30, "fort": 40, "fift": 50, "sixt": 60, "sevent": 70, "eight": 80, "ninet": 90}
_NAME_AGE = re.compile(r"\b(?P<name>[A-Z][\w'\u2019-]+), (?P<n>\d{1,2})(?=[,;)]| and\b| of\b| from\b|\.(?:\s|$))")
_DECADE_AGES = (
    re.compile(r"\b(?P<decade>twent|thirt|fort|fift|sixt|sevent|eight|ninet)y-something\b", re.I),
    re.compile(r"\bin (?:his|her|their) (?P<part>early |mid-?|late )?(?P<decade>twent|thirt|fort|fift|sixt|"
               r"sevent|eight|ninet)ies\b", re.I),
)


def ages_in(clause: Span, lex: Lexicon = EN) -> list[Value]:
    """Ages a clause states, unit AGE and measure "age": the lexicon's patterns ("the 28-year-old pilot",
    "aged 19", "de 19 años", "28-летний"), and in English also "Kuzminov, 28," after a person's name, "the
    twenty-something" ([20, 29]) and "in his late twenties" ([27, 29])."""
    text, base = clause.text, clause.start_char
    values: list[Value] = []

    def add(start: int, end: int, lower: float, upper: float) -> None:
        if 0 < lower <= upper < 120 and not any(v.start < base + end and base + start < v.end for v in values):
            values.append(Value(kind="number", text=text[start:end], start=base + start, end=base + end,
                                normalized=fmt(lower) if lower == upper else f"{fmt(lower)}-{fmt(upper)}",
                                unit=AGE, measure="age", lower=lower, upper=upper))

    for pattern in lex.ages:
        for m in re.finditer(pattern, text):
            lead = len(m.group(0)) - len(m.group(0).lstrip(" ,("))  # ", de 19 años": the age is "de 19 años"
            add(m.start() + lead, m.end(), float(m.group("n")), float(m.group("n")))
    if lex.code != "en":
        return values
    for m in _NAME_AGE.finditer(text):  # only after a person's name: "Friday, 1" is no age
        if any(e.label_ == "PERSON" and e.end_char == base + m.end("name") for e in clause.ents):
            add(m.start("n"), m.end("n"), float(m.group("n")), float(m.group("n")))
    for pattern in _DECADE_AGES:
        for m in pattern.finditer(text):
            decade = _DECADES[m.group("decade").lower()]
            part = (m.groupdict().get("part") or "").strip().rstrip("-").lower()
            low, high = {"early": (0, 3), "mid": (3, 6), "late": (7, 9)}.get(part, (0, 9))
            add(m.start(), m.end(), float(decade + low), float(decade + high))
    return values


_PAIR = re.compile(r"(\d[\d,.]*)\s*(-|\u2013|\u2014|to|and|or)\s*(\d[\d,.]*)")
_WORD_PAIR = re.compile(r"(?i)\b([a-z]+)\s+(to|or)\s+([a-z]+)\b")
_BETWEEN = re.compile(r"(?i)\bbetween\s+([a-z]+)\s+(and)\s+([a-z]+)\b")


def _pair(text: str) -> tuple[float, float] | str | None:
    """Two figures in one span: a range ("20-30", "20 to 30", "between 20 and 30", "three or four") as its bounds, or
    "score" for a hyphenated pair that falls ("102-99", a record "52-3"); None for a single figure."""
    m = _PAIR.search(text) or _WORD_PAIR.search(text) or _BETWEEN.search(text)  # "20-30", "three or four"
    if not m:
        return None
    a, b = parse_number(m.group(1)), parse_number(m.group(3))
    if a is None or b is None:
        return None
    if b > a:  # a scale word after the second figure holds for both: "2-3 million"
        whole = parse_number(text[m.start(3):])
        scale = whole / b if whole and b else 1.0
        return a * scale, b * scale
    return "score" if m.group(2) in "-\u2013\u2014" else None


def _joined_ranges(ents) -> list[Span]:
    """Number spans with two figures the NER split ("Three" "or" "four" robbers) joined into one range span.
    "from 93 to 115" stays two figures: a change, not a range."""
    from spacy.tokens import Span

    ents = list(ents)
    out: list[Span] = []
    skip = False
    for ent, nxt in zip(ents, [*ents[1:], None][: len(ents)], strict=True):
        if skip:
            skip = False
            continue
        if (nxt is not None and ent.label_ in NUMBER_LABELS and nxt.label_ in NUMBER_LABELS
                and nxt.start == ent.end + 1 and (ent.doc[ent.end].lower_ == "or" or ent.doc[ent.end].lower_ == "to"
                                                  and (ent.start == 0 or ent.doc[ent.start - 1].lower_ != "from"))):
            ent, skip = Span(ent.doc, ent.start, nxt.end, label=ent.label_), True
        out.append(ent)
    return out


def _pair_tail(ent: Span) -> str:
    """The "-99" of "102-99" when the NER took only the first figure."""
    after = ent[-1].whitespace_ + ent.doc[ent.end: ent.end + 4].text  # not doc.text: rebuilt on every read
    m = re.match(r"\s*[-\u2013]\s*\d[\d,.]*", after[:12])
    return m.group() if m and not _PAIR.search(ent.text) else ""


def _count_range(text: str) -> bool:
    """A span the NER calls a date that is a range of counts ("between 20 and 30"), not of years."""
    m = _PAIR.fullmatch(re.sub(r"^(?:between|from)\s+", "", text.lower().strip()))
    return bool(m) and not all(re.fullmatch(r"1[89]\d\d|20\d\d", g) for g in (m.group(1), m.group(3)))


def _none_of(clause: Span, lex: Lexicon) -> list[Value]:
    """Zero counts: "there were no vehicles on the bridge" says how many vehicles there were: none.

    Only plural nouns ("no injuries" would be a toll, and tolls are left to stated figures).
    """
    values = []
    for tok in clause:
        head = tok.head
        if tok.lower_ != "no" or tok.dep_ != "det" or head.tag_ != "NNS":
            continue
        unit = head.lemma_.lower()
        if unit in lex.killed or unit in lex.injured:
            continue
        span = clause.doc[tok.i: head.i + 1]
        kind = measure(span, unit)
        if kind in ("killed", "injured"):
            continue
        values.append(Value(kind="number", text=span.text, start=span.start_char, end=span.end_char,
                            normalized="0", unit=unit, measure=kind, lower=0.0, upper=0.0))
    return values


def bounds(number: float, direction: str, vague: bool) -> tuple[float | None, float | None]:
    """The interval a hedge gives a number: "at least" -> [n, inf), "up to" -> [0, n], "about" -> n +- 15%."""
    if vague or direction == "lower":
        return number, None
    if direction == "upper":
        return 0.0, number
    if direction == "near":
        return number * 0.85, number * 1.15
    return number, number


def is_designation(ent: Span) -> bool:
    """Numbers that are part of a name or model ("Mi-8", "Boeing 737") are not quantities."""
    doc = ent.doc
    prev = doc[ent.start - 1] if ent.start > 0 else None
    return prev is not None and prev.text == "-" and ent.start > 1 and doc[ent.start - 2].is_alpha and not ent.text[0].isalpha()


# A figure written with a decimal before a scale word: "2.4 million", "2,4 mln", "4,2 milliards".
_SCALED = re.compile(r"(?<![\d.,])(\d{1,3})[.,](\d{1,2})(?!\d)\s*[^\W\d_]")


def as_rounded(v: Value) -> Value:
    """An exact figure written as a decimal of a scale word stands for what rounds to it: "2.4 million" is
    2.35-2.45 million, so it agrees with "2.38 million"; other values are unchanged."""
    m = _SCALED.search(v.text) if v.kind == "number" and v.lower is not None and v.lower == v.upper else None
    if m is None or not v.lower:
        return v
    scale = v.lower / float(f"{m.group(1)}.{m.group(2)}")
    if scale < 1000 or abs(scale - 10 ** round(math.log10(scale))) > 1e-6 * scale:  # no scale word made it
        return v
    half = 0.5 * 10 ** -len(m.group(2)) * scale
    return replace(v, lower=v.lower - half, upper=v.lower + half)


def fmt(x: float) -> str:
    return str(int(x)) if float(x).is_integer() else f"{x:g}"


# Units of length, weight and speed folded to one canonical unit each, so "210 miles" meets "340 km".
CONVERSIONS: dict[str, tuple[str, float]] = {
    "km": ("km", 1.0), "kilometer": ("km", 1.0), "kilometre": ("km", 1.0), "kilómetro": ("km", 1.0),
    "kilometro": ("km", 1.0), "kilomètre": ("km", 1.0), "kilometer-long": ("km", 1.0),
    "mile": ("km", 1.609344), "mi": ("km", 1.609344),
    "m": ("m", 1.0), "meter": ("m", 1.0), "metre": ("m", 1.0), "metro": ("m", 1.0), "mètre": ("m", 1.0),
    "foot": ("m", 0.3048), "feet": ("m", 0.3048), "ft": ("m", 0.3048), "yard": ("m", 0.9144),
    "kg": ("kg", 1.0), "kilogram": ("kg", 1.0), "ton": ("kg", 1000.0), "tonne": ("kg", 1000.0),
    "pound": ("kg", 0.4536), "lb": ("kg", 0.4536),
    "knot": ("km/h", 1.852), "mph": ("km/h", 1.609344), "km/h": ("km/h", 1.0),
}


MEASURED = frozenset(name for name, _ in CONVERSIONS.values())


def canonical(v: Value) -> tuple[str, float | None, float | None]:
    """A value's unit and bounds in the canonical unit of its dimension (miles -> km, feet -> m)."""
    unit = v.unit.lower().rstrip(".")
    key = unit if unit in CONVERSIONS else unit[:-1] if unit.endswith("s") and unit[:-1] in CONVERSIONS else ""
    if not key:
        return v.unit, v.lower, v.upper
    name, factor = CONVERSIONS[key]
    return name, None if v.lower is None else v.lower * factor, None if v.upper is None else v.upper * factor


def compatible(a: Value, b: Value) -> bool:
    """Two numbers can both be true: their bounds overlap (open bounds extend to infinity)."""
    unit, a_lo, a_hi = canonical(a)
    _, b_lo, b_hi = canonical(b)
    lo_a = a_lo if a_lo is not None else float("-inf")
    lo_b = b_lo if b_lo is not None else float("-inf")
    hi_a = a_hi if a_hi is not None else float("inf")
    hi_b = b_hi if b_hi is not None else float("inf")
    finite = [abs(x) for x in (lo_a, lo_b, hi_a, hi_b) if abs(x) != float("inf")]
    # measurements rounded in conversion ("340 km (210 miles)") agree within 2%; counts must match
    slack = 0.02 * max(finite) if finite and unit in MEASURED else 0.0
    return lo_a <= hi_b + slack and lo_b <= hi_a + slack
