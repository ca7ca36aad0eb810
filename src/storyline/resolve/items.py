"""Mentions as clustering items: cleaned forms, folded keys, kinds decided from labels and name evidence."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from itertools import product
from os.path import commonprefix

from storyline.models import Annotation, Document, Mention
from storyline.resolve import gazetteer
from storyline.resolve.aliases import body_of
from storyline.resolve.mentions import clean_mentions
from storyline.resolve.names import (
    FUNCTION_WORDS,
    ascii_fold,
    drop_corporate_suffixes,
    gender_variants,
    is_acronym,
    name_key,
    strip_titles,
)
from storyline.resolve.patterns import (
    FAC_HEADS,
    ORG_HEADS,
    ORG_LEAD_HEADS,
    add_known_name_mentions,
    add_pattern_mentions,
    appositions,
)
from storyline.resolve.places import country_of_name

KINDS = {
    "PERSON": "person",
    "PER": "person",
    "GPE": "place",
    "LOC": "place",
    "NORP": "norp",
    "ORG": "org",
    "FAC": "fac",
    "PRODUCT": "product",
    "EVENT": "event",
    "LAW": "law",
}

# Last words that make a name a place, whatever NER said ("Chesapeake Bay" tagged PERSON).
GEO_HEADS = frozenset(
    ["bay", "river", "ocean", "sea", "lake", "gulf", "strait", "mountains", "island", "region", "oblast"]
)
# Words that open a place name in Romance languages and the Alps ("Punta Rocca", "Monte Bianco", "Lago di
# Garda", "Piz Palü", "Mont Blanc"): a name they lead is a place, whatever the label. Folded, lowercase.
# Words that are also first names or surnames ("Val", "Rio", "Isla", "Serra") are left out.
GEO_LEAD_HEADS = frozenset(
    ["monte", "mont", "punta", "pizzo", "piz", "cima", "pic", "pico", "lago", "lac", "isola", "ile", "golfo",
     "golfe", "bahia", "baia", "capo", "cabo", "cap", "valle", "passo", "paso", "riviere", "fiume", "playa",
     "plage", "spiaggia"]
)


@dataclass
class Item:
    """One mention with its cleaned surface form, folded key and decided kind."""

    mention: Mention
    form: str
    key: str
    kind: str
    country: str | None = (
        None  # country modifier from the context ("Ukraine's Main Intelligence Directorate")
    )
    links: list[str] = field(default_factory=list)
    local_key: str = ""  # the key read with the document language's orthography (Hungarian "Putyin" -> putin)
    located: bool = False  # a locative preposition stands before it: "in Larissa", "w Larisie", "bei Larisa"
    vessel: bool = False  # a ship's prefix or a word for a ship stands before it: "MV Dali", "the tanker Eagle S"


# Words before a name that make it where something is ("in", "near", "w", "в", "bei"), and the second words
# of two-word ones ("près de", "perto de", "vicino a", "w pobliżu"); "de", "di", "a" alone are also "of"
# and "to", and stand before people as well.
_LOCATIVES = frozenset({"in", "near", "outside", "nahe", "bei", "im", "nel", "nella", "dans", "en", "em", "w", "we",
                        "pod", "koło", "pobliżu", "в", "во", "под", "около", "біля", "під", "поблизу", "neben"})
_LOCATIVE_PAIRS = frozenset({"près", "perto", "cerca", "vicino", "nearby", "lejos", "fuori"})
_WORD = re.compile(r"[^\W\d_]+")


def _located(text: str, start: int) -> bool:
    """A locative preposition stands right before the name at `start`."""
    before = _WORD.findall(text[max(0, start - 30): start].lower())[-2:]
    return bool(before) and (before[-1] in _LOCATIVES or len(before) == 2 and before[0] in _LOCATIVE_PAIRS
                             and before[1] in ("de", "a", "di", "do", "da", "to"))


# A ship's name comes after a prefix ("MV Dali", "USS Carney") or a word for a ship ("the container ship
# Dali", "le navire Dali", "das Schiff Dali", "судно Дали"); NER tags such names PERSON or ORG. Folded lowercase.
VESSEL_PREFIXES = frozenset(ascii_fold(w) for w in ("MV", "M/V", "MS", "M/S", "MT", "M/T", "USS", "HMS", "RMS",
                                                     "SS", "FV", "INS", "HMCS", "HMAS", "RFA", "USNS"))
VESSEL_WORDS = frozenset(ascii_fold(w) for w in (
    "ship", "vessel", "freighter", "tanker", "ferry", "trawler", "yacht", "liner", "boxship",
    "destroyer", "frigate", "cruiser", "submarine", "warship", "icebreaker", "barge", "tugboat",
    "schiff", "frachter", "containerschiff", "fähre", "kriegsschiff",
    "navire", "cargo", "porte-conteneurs", "pétrolier", "paquebot", "frégate",
    "buque", "barco", "carguero", "portacontenedores", "petrolero", "fragata",
    "nave", "portacontainer", "petroliera", "traghetto", "mercantile",
    "navio", "cargueiro", "porta-contêineres", "petroleiro",
    "statek", "kontenerowiec", "tankowiec", "prom", "okręt", "frachtowiec",
    "судно", "корабль", "контейнеровоз", "танкер", "сухогруз", "паром", "крейсер", "фрегат",
    "корабель", "суховантаж",
    "hajó", "teherhajó", "tartályhajó", "konténerszállító",
))
_NAME_OPEN = re.compile(r"[\s\"'«»„“”‚‘’(]*$")


def _vessel(text: str, start: int) -> bool:
    """A ship's prefix or a word for a ship stands right before the name at `start` (quotes allowed)."""
    before = text[max(0, start - 40): start]
    before = before[: _NAME_OPEN.search(before).start()]
    word = before.rsplit(None, 1)[-1] if before.strip() else ""
    if not word or word[-1] in ".!?;:":  # a sentence or clause ends there: "He stayed on the ship. Smith said"
        return False
    return ascii_fold(word) in VESSEL_PREFIXES | VESSEL_WORDS


# A wire dateline opens the text or a line with a place in capitals, then a date or the agency in parentheses:
# "KYIV, June 15 (Reuters) -", "PRAGUE, March 12 -", "MOSCOW (Reuters) -", "MOSCÚ, 22 mar. (EUROPA PRESS) -".
_DATELINE_TAIL = re.compile(r"\s*(?:,\s*(?:[A-Z][a-z]*\.?,?\s+){0,3}\d{1,2}\b|\([^()\n]{1,40}\)\s*[-–—])")
_PLACE_TAIL = re.compile(r"\s*[,(]")
# Longer capitalized words than this in a dateline are places even unknown to the gazetteer; shorter ones may be
# acronyms (UN, FSB, NATO) and must be known places.
ACRONYM_MAX = 4


def dateline_form(text: str, start: int, end: int) -> str | None:
    """The place a capitalized dateline names, in title case ("KYIV, June 15 (Reuters) -" -> "Kyiv"), when the
    name opens the text or a line and is followed by a comma or "(": a known place's name, or a longer name
    followed by a date or an agency. None elsewhere: acronyms written in capitals (UN, NATO) stay as they are."""
    name = text[start:end]
    if not name.isupper() or text[text.rfind("\n", 0, start) + 1: start].strip() or gazetteer.lookup(name):
        return None
    if not _PLACE_TAIL.match(text, end):
        return None
    words = name.title().split()
    titled = " ".join([words[0], *(w.lower() if w.lower() in FUNCTION_WORDS else w for w in words[1:])])
    letters = sum(c.isalpha() for c in name)
    if gazetteer.lookup(titled) or letters > ACRONYM_MAX and _DATELINE_TAIL.match(text, end):
        return titled
    return None


def content_words(form: str) -> list[str]:
    """Folded words of a non-person name without function words and company-form suffixes."""
    return drop_corporate_suffixes([w for w in name_key(form).split() if w not in FUNCTION_WORDS])


def head_noun(form: str) -> str:
    """The head of a name: the last word before an "of" ("Committee" in "Investigative Committee of Russia")."""
    words = ascii_fold(form).split()
    if "of" in words[1:]:
        words = words[: words.index("of", 1)]
    words = drop_corporate_suffixes(words)
    return name_key(words[-1]) if words else ""


def build_items(docs: list[Document], annotations: list[Annotation]) -> list[Item]:
    """Clean and extend every annotation's mentions in place, and make one Item per mention."""
    docs_by_id = {d.id: d for d in docs}
    items: list[Item] = []
    for ann in annotations:
        doc = docs_by_id.get(ann.doc)
        text = doc.text if doc else ""
        links = clean_mentions(ann, text, doc.language if doc else "en")
        before = {m.id for m in ann.mentions}
        add_pattern_mentions(ann, text)
        found = frozenset(m.id for m in ann.mentions if m.id not in before)
        links += clean_mentions(ann, text, doc.language if doc else "en", keep=found)
        links += appositions(ann, text)
        ann.mentions = [
            m for m in ann.mentions if name_key(strip_titles(m.text))
        ]  # no letters or digits: noise
        for m in ann.mentions:
            dateline = dateline_form(text, m.start, m.end)
            form = dateline or strip_titles(m.text, person=m.label == "PERSON")
            key = name_key(form)
            if m.label == "PRODUCT" and any(c.isdigit() for c in key):
                key = key.replace(" ", "")
            country = _context_country(text, m.start, m.end)
            local = name_key(form, doc.language) if doc and doc.language != "en" else key
            kind = "place" if dateline else KINDS.get(m.label, "other")
            items.append(Item(m, form, key, kind, country, local_key=local,
                              located=_located(text, m.start),
                              vessel=_vessel(text, m.start) or _vessel(m.text, m.text.find(" ") + 1)))
        by_id = {it.mention.id: it for it in items if it.mention.doc == ann.doc}
        for x, y in links:
            if x in by_id and y in by_id:
                by_id[x].links.append(y)
    items += _known_name_items(docs_by_id, annotations, items)
    _choose_keys(items)
    _undo_case_endings(items, {d.id: d.language for d in docs})
    return items


# Case endings a name takes in running text, in its own script, longest first, with what the base form
# ends with instead: Hungarian "Moszkvától", "Krasznogorszkban", "brjanszki"; Polish "Moskwy",
# "Krasnogorsku", "Moskwie"; Ukrainian "Москвою", "Москві". A lengthened final vowel shortens ("Moszkvá-").
CASE_ENDINGS: dict[str, tuple[tuple[str, str], ...]] = {
    "de": (("s", ""),),  # the genitive: "Syriens" -> Syrien, "Putins" -> Putin
    "hu": tuple((e, "") for e in ("ban", "ben", "ból", "ből", "tól", "től", "nál", "nél", "hoz", "hez", "höz",
                                 "ról", "ről", "val", "vel", "ba", "be", "ra", "re", "on", "en", "ön", "ig",
                                 "i")),
    # a country in -ja/-ia takes -ji/-ii: Grecji, Rosji, Hiszpanii
    # the locative softens the last consonant: Marmoladzie, Warcie, Górze, Polsce, Pradze, and a neuter in -no
    # takes -nie: Brnie; a region by its city's adjective: (obwód) biełgorodzki, (w obwodzie) kurskim -> Biełgorod,
    # Kursk; an adjectival surname in -y/-ý/-i: Hrubego, Hrubemu, Hrubym -> Hruby; Kowalskiego -> Kowalski
    "pl": (("zkiego", ""), ("zkiej", ""), ("zkim", ""), ("zki", ""), ("iego", ""), ("iego", "i"), ("ego", "y"),
           ("iemu", "i"), ("emu", "y"), ("iej", ""), ("im", ""), ("im", "i"), ("ym", "y"), ("iem", ""), ("owi", ""),
           ("em", ""), ("ji", "ja"), ("ii", "ia"), ("dzie", "da"), ("cie", "ta"), ("rze", "ra"), ("dze", "ga"),
           ("ce", "ka"), ("nie", "no"), ("ie", "a"), ("ą", "a"), ("ę", "a"), ("y", "a"), ("i", ""), ("u", "")),
    # Russian: Греции, Ливии -> Греция, Ливия; Москвы, Москве -> Москва; Путина -> Путин; a region by its
    # city's adjective: Белгородской (области) -> Белгород, Курской -> Курск
    "ru": (("ского", ""), ("скому", ""), ("ской", ""), ("ская", ""), ("скую", ""), ("ском", ""), ("ский", ""),
           ("ии", "ия"), ("ией", "ия"), ("ой", "а"), ("ой", ""), ("ая", ""), ("ом", ""), ("ём", "ь"), ("ы", "а"),
           ("е", "а"), ("е", "ь"), ("я", "ь"), ("ю", "ь"), ("у", "а"), ("а", "")),
    # a town in -ів opens its о in the other cases: Харків -> Харкова, Харкові, Харковом (Львів, Борислав...)
    "uk": (("ського", ""), ("ському", ""), ("ській", ""), ("ська", ""), ("ську", ""), ("ський", ""),
           ("овом", "ів"), ("ова", "ів"), ("ові", "ів"), ("ії", "ія"), ("ією", "ія"), ("ою", "а"), ("ові", ""),
           ("ом", ""), ("і", "а"),
           ("у", "")),
}
_LENGTHENED = str.maketrans({"á": "a", "é": "e"})
# Languages that tie an ending or the head of a compound to a name with a hyphen, whatever the name's last
# letter: Hungarian "Alaska Airlines-gép" (the Alaska Airlines plane), "Boeing-gépet", "FAA-nak".
HYPHEN_TAILS = frozenset({"hu"})
_HYPHEN_TAIL = re.compile(r"-[a-záéíóöőúüű]+$")


# Endings of a man's first name on a consonant, which only a full name tells from a word's own -a: Polish
# "Pavla", "Jana", "Pawłowi" -> Pavel, Jan, Paweł (an e between two final consonants drops in the cases).
FIRST_NAME_ENDINGS: dict[str, tuple[tuple[str, str], ...]] = {"pl": (("owi", ""), ("a", ""))}
_VOWELS = frozenset("aeiouyąęóáéíúý")
# Longer person names are not read word by word: their readings multiply.
MAX_NAME_WORDS = 4


def _bases(word: str, endings: tuple[tuple[str, str], ...]) -> list[str]:
    """The base forms a declined word may have by an ending table, in the table's order ("Moskwy" -> Moskwa), each
    keeping a stem of three letters or more (an ending's first letters that its base repeats count: Brn-ie, Brn-o)."""
    out = []
    for ending, base in endings:
        if not word.lower().endswith(ending) or len(word) - len(ending) + len(commonprefix([ending, base])) < 3:
            continue
        stem = word[: len(word) - len(ending)]
        out.append(stem + base if base else stem[:-1] + stem[-1].translate(_LENGTHENED))
    return out


def _first_name_bases(word: str, language: str) -> list[str]:
    """A first name's base forms on a consonant, with the e dropped between its last two consonants restored
    ("Pavla" -> Pavl, Pavel; "Jana" -> Jan)."""
    out = []
    for stem in _bases(word, FIRST_NAME_ENDINGS.get(language, ())):
        out.append(stem)
        if not _VOWELS & {stem[-1].lower(), stem[-2].lower()}:
            out.append(stem[:-1] + "e" + stem[-1])
    return out


def _attested_key(form: str, language: str, attested: Counter) -> str | None:
    """The key a base form is attested under (its language's reading first), or None when no mention has it."""
    local, plain = name_key(form, language), name_key(form)
    return local if attested[local] else plain if attested[plain] else None


def _base_person_name(it: Item, language: str, attested: Counter) -> None:
    """Read a declined full name of a person word by word in its base form when another mention spells that
    full name ("Pavla Hrubego" -> Pavel Hruby, "Максима Кузьминова" -> Максим Кузьминов)."""
    words = it.form.split()
    if len(words) > MAX_NAME_WORDS:
        return
    readings = [[w, *_bases(w, CASE_ENDINGS[language]), *_first_name_bases(w, language)] for w in words]
    for combo in product(*readings):
        form = " ".join(combo)
        key = _attested_key(form, language, attested) if form != it.form else None
        if key:
            it.form, it.key = form, key
            return


def _undo_case_endings(items: list[Item], languages: dict[str, str]) -> None:
    """Read a name of a language that declines names in its base form, when that form is attested: a place
    the gazetteer knows, a body of the alias table or a name another mention of the batch spells so
    ("Moszkvától" -> Moszkva, "Krasnogorsku" -> Krasnogorsk, "в Кремле" -> Кремль, "Pavla Hrubego" -> Pavel
    Hruby). A person's full name is read word by word; other names of several words are left as written, and
    so is any name whose base form is unattested."""
    attested = Counter(it.key for it in items)
    words: list[tuple[Item, str]] = []
    for it in items:
        language = languages.get(it.mention.doc, "")
        tail = _HYPHEN_TAIL.search(it.form) if language in HYPHEN_TAILS else None
        if tail and (attested[name_key(it.form[: tail.start()])] or gazetteer.lookup(it.form[: tail.start()])):
            it.form = it.form[: tail.start()]  # "Alaska Airlines-gép", "Boeing-gépet": the name, less its tail
            it.key = name_key(it.form)
            continue
        if language not in CASE_ENDINGS or gazetteer.lookup(it.form):
            continue
        if " " not in it.form:
            words.append((it, language))
        elif it.kind == "person":
            _base_person_name(it, language, attested)
    surnames = Counter(it.key.rsplit(" ", 1)[-1] for it in items if it.kind == "person" and " " in it.key)
    for it, language in words:
        _base_word(it, language, attested, surnames)


def _surname_key(it: Item, form: str, language: str, surnames: Counter) -> str | None:
    """The key of a full name's surname that a one-word person mention is a case of ("Hrubego" -> hrubi); never
    when the word is such a surname as written (Kuzminova, Inna's), nor for the other gender's form of it."""
    if it.kind != "person" or surnames[it.key]:
        return None
    key = _attested_key(form, language, surnames)
    return key if key and not gender_variants(key, it.key) else None


def _base_word(it: Item, language: str, attested: Counter, surnames: Counter) -> None:
    """Read a one-word name in its first base form that is attested: a known place or body, another mention's
    spelling, or (for a person) the surname of a full name in the batch ("Hrubego" -> Hruby)."""
    for form in _bases(it.form, CASE_ENDINGS[language]):
        key = _attested_key(form, language, attested) or _surname_key(it, form, language, surnames)
        if key or gazetteer.lookup(form) or body_of(form):
            it.form, it.key = form, key or name_key(form)
            return


def _choose_keys(items: list[Item]) -> None:
    """Read a non-English mention with its language's orthography when that spelling is found elsewhere, or
    when it names a person and its plain spelling is not found elsewhere (a transliterated foreign name);
    English names quoted in a Hungarian text keep their plain key."""
    plain = Counter(it.key for it in items)
    for it in items:
        if not it.local_key or it.local_key == it.key:
            continue
        if plain[it.key] > 1:
            continue
        if plain[it.local_key] or it.mention.label == "PERSON":
            it.key = it.local_key


def _known_name_items(
    docs_by_id: dict[str, Document], annotations: list[Annotation], items: list[Item]
) -> list[Item]:
    """Items for one-word names NER missed in some sentence but tagged elsewhere in the story."""
    labels: dict[str, Counter] = defaultdict(Counter)
    for it in items:
        if " " not in it.key and len(it.key) >= 4 and not is_acronym(it.form):
            labels[it.key][it.mention.label] += 1
    known = {k: c.most_common(1)[0][0] for k, c in labels.items()}
    out = []
    for ann in annotations:
        before = {m.id for m in ann.mentions}
        doc = docs_by_id.get(ann.doc)
        lang = doc.language if doc else "en"
        add_known_name_mentions(ann, known, lang)
        for m in ann.mentions:
            if m.id not in before:
                kind = KINDS.get(m.label, "other")
                out.append(Item(m, m.text, name_key(m.text), kind, local_key=name_key(m.text, lang)))
    return out


_OF_COUNTRY = re.compile(r"\s*\)?\s*(?:\([^()]*\)\s*)?of\s+(?:the\s+)?(\S+)")


def _context_country(text: str, start: int, end: int) -> str | None:
    """A country named right around a mention: "Ukraine's X", "Ukrainian X", "X (Y) of Ukraine's ..."."""
    before = text[max(0, start - 30) : start].split()
    if before and (country := country_of_name(before[-1])):
        return country
    after = _OF_COUNTRY.match(text, end)
    return country_of_name(after.group(1)) if after else None


def _name_kind(it: Item) -> str | None:
    """Kind that the name itself tells, whatever the label: an institution/facility/place head noun, a known
    international body, a country name."""
    words = ascii_fold(it.form).split()
    if len(words) >= 2 and words[-1] in FAC_HEADS | GEO_HEADS:
        return "fac" if words[-1] in FAC_HEADS else "place"
    if len(words) >= 2 and words[0] in GEO_LEAD_HEADS and it.form[:1].isupper():
        return "place"
    if len(words) >= 2 and (words[-1] in ORG_HEADS or words[0] in ORG_LEAD_HEADS):
        return "org"
    if body_of(it.form):
        return "org"
    place = gazetteer.lookup(it.form) if it.kind in {"norp", "person", "org"} else None
    if place and place.kind == "country" and it.kind == "norp":
        return "place"
    return None


def decide_kinds(items: list[Item]) -> None:
    """Name evidence first (head nouns, known bodies, a surname of a person in the same document, a major
    place), then the majority label of all mentions sharing the key."""
    ships = {it.key for it in items if it.vessel}
    for it in items:
        it.kind = "product" if it.key in ships else _name_kind(it) or it.kind
        if it.kind in ("person", "org") and it.located and " " not in it.form and gazetteer.lookup(it.form):
            it.kind = "place"  # "in Larissa" tagged a person by a model of another language: the town
    votes: dict[str, Counter] = defaultdict(Counter)
    for it in items:
        votes[it.key][it.kind] += 1
    full_names = {k for k, v in votes.items() if " " in k and v.most_common(1)[0][0] == "person"}
    surnames_by_doc: dict[str, set[str]] = defaultdict(set)
    for it in items:
        if it.key in full_names:
            surnames_by_doc[it.mention.doc].add(it.key.split()[-1])
    for it in items:
        if _name_kind(it) or it.key in ships:
            continue
        place = gazetteer.lookup(it.form) if " " not in it.key else None
        if (
            it.key in surnames_by_doc[it.mention.doc]
            and not (it.kind == "place" and place)
            or it.key in full_names
        ):
            it.kind = "person"
        elif gazetteer.is_major(place) or place and votes[it.key]["place"] >= votes[it.key]["person"]:
            it.kind = "place"
        else:
            top = votes[it.key].most_common()
            if len(top) == 1 or top[0][1] > top[1][1]:
                it.kind = top[0][0]
