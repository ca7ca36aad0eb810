"""Mention clean-up before resolving: the small English NER model, run on any language, returns spans
like "del grupo de rock Piknik", "Baltimore’s Francis Scott Key Bridge", "Guardia Nacional Rusa (Rosgvardia"
or "Dalerdzhon Barotovich" (surname left out). These rules trim, split and extend such spans so every
mention starts and ends on a name word; spans with no capitalized word are dropped as noise.
"""

from __future__ import annotations

import re
from functools import cache

import spacy

from storyline.annotate import MODELS
from storyline.models import Annotation, Mention
from storyline.resolve import gazetteer
from storyline.resolve.aliases import body_of
from storyline.resolve.names import CORPORATE_SUFFIXES, TITLES
from storyline.resolve.nouns import capitalizes_nouns, is_common_noun

# Function words (articles, prepositions, conjunctions) of the major news languages: never a name's edge.
EDGE_WORDS = frozenset(
    [
        "the",
        "a",
        "an",
        "of",
        "and",
        "in",
        "on",
        "at",
        "by",
        "for",
        "to",
        "from",
        "with",
        "el",
        "la",
        "los",
        "las",
        "lo",
        "un",
        "una",
        "de",
        "del",
        "y",
        "en",
        "al",
        "con",
        "por",
        "para",
        "según",
        "le",
        "les",
        "du",
        "des",
        "et",
        "au",
        "aux",
        "l",
        "d",
        "der",
        "die",
        "das",
        "den",
        "dem",
        "und",
        "von",
        "im",
        "il",
        "gli",
        "di",
        "della",
        "e",
        "az",
        "egy",
        "és",
        "o",
        "da",
        "do",
        "dos",
        "das",
        # Slavic prepositions that open a sentence before a place ("Під Харковом", "Pod Charkowem"); not
        # the one-letter ones, which are initials too ("В. Путин", "W. Mark Felt")
        "під", "біля", "поблизу", "на", "до", "із", "под", "около", "pod", "we", "na", "ze", "koło", "przy",
    ]
)
# Connectors that, in a non-English text, tie a name to the place it is in ("Crocus City Hall de Moscú",
# "Südosten der Türkei").
PLACE_OF = frozenset({"de", "del", "della", "di", "du", "des", "der", "do", "da", "dos", "von", "en", "in", "à", "a"})
_WORD = re.compile(r"\S+")
_POSSESSIVE = re.compile(r"['’]s\s+")
_ACRONYM_AFTER = re.compile(r"\s*\(\s*([A-ZÀ-ÖØ-ÞА-Я]{2,})\s*\)")  # "... de Estados Unidos (USGS)": one name


def _cased_name_word(word: str) -> bool:
    """A word that can be part of a name: capitalized, a digit-bearing designation, or an uncased script."""
    letters = [c for c in word if c.isalpha()]
    if not letters:
        return any(c.isdigit() for c in word)
    first = letters[0]
    return first.isupper() or first.lower() == first.upper()


@cache
def stop_words(language: str) -> frozenset[str]:
    """spaCy's stop words for a non-English language (sentence-initial "Mientras" is no name); none for
    English, whose list holds homographs of names (US, May)."""
    if language == "en":
        return frozenset()
    try:
        return frozenset(spacy.util.get_lang_class(language).Defaults.stop_words)
    except ImportError:
        return frozenset()


def _trim(text: str, start: int, end: int, language: str, label: str) -> tuple[int, int] | None:
    """Shrink [start, end) to its first and last name words; None when it holds no name word."""
    words = [(m.start() + start, m.end() + start, m.group()) for m in _WORD.finditer(text[start:end])]
    stops = stop_words(language)

    def edge(w: str, titles: bool) -> bool:
        bare = w.strip(".,;:!?\"'“”‘’()[]«»")
        low = bare.lower()
        return (
            not bare
            or low in EDGE_WORDS
            or not _cased_name_word(bare)
            or titles
            and low.rstrip(".") in TITLES
        )

    while words and edge(words[0][2], label == "PERSON"):  # "General Motors" keeps its first word
        words.pop(0)
    while words and edge(words[-1][2], True):  # "Coast Guard Rear Adm." ends before the title
        words.pop()
    if not any(c.isalpha() for _, _, w in words for c in w):
        return None
    if len(words) == 1 and words[0][2].lower() in stops and not words[0][2].isupper():
        return None
    if not any(c.isalpha() for _, _, w in words if w.lower() not in stops for c in w):
        return None  # "Más de 10.000": stop words and a figure, no name
    s, e = words[0][0], words[-1][1]
    while (
        e > s
        and text[e - 1] in ".,;:!?\"'“”‘’()[]«»"
        and not (text[e - 1] == "." and text[s:e].count(".") > 1)
    ):
        e -= 1
    while s < e and text[s] in "\"'“”‘’()[]«»":
        s += 1
    return (s, e) if e > s else None


def _strip(text: str, start: int, end: int) -> tuple[int, int] | None:
    """[start, end) without surrounding whitespace; None if empty."""
    piece = text[start:end]
    s = start + len(piece) - len(piece.lstrip())
    e = end - (len(piece) - len(piece.rstrip()))
    return (s, e) if e > s else None


def _inner_title(span: str) -> tuple[int, int] | None:
    """(start, end) of a run of titles inside a non-person span followed by a name: "Navy Chief Admiral
    Sureesh Mehta" -> the "Chief Admiral" run; the part before must not end in a connector."""
    words = list(_WORD.finditer(span))
    for i in range(1, len(words) - 1):
        j = i
        while (
            j < len(words) - 1
            and words[j].group().lower().rstrip(".") in TITLES
            and words[j].group()[0].isupper()
        ):
            j += 1
        rest = [w.group().lower().rstrip(".") for w in words[j:]]
        if (
            j > i
            and words[i - 1].group().lower() not in EDGE_WORDS
            and words[j].group()[0].isupper()
            and not set(rest) & CORPORATE_SUFFIXES
        ):
            return words[i].start(), words[j].start()
    return None


def _pieces(text: str, m: Mention, language: str) -> list[tuple[int, int, str]]:
    """Split a span at a parenthesis, an inner possessive, or (non-English) "name de Place", unless an
    acronym in parentheses follows: "Servicio Geológico de Estados Unidos (USGS)" is the name of one body."""
    start, end = m.start, m.end
    span = text[start:end]
    if "(" in span or ")" in span:
        cut = start + max(span.find("("), span.find(")"))
        return [(start, cut, m.label), (cut + 1, end, m.label)]
    title = _inner_title(span)
    if title and m.label != "PERSON":
        return [(start, start + title[0], m.label), (start + title[1], end, "PERSON")]
    hit = _POSSESSIVE.search(span)
    if hit and span[hit.end() : hit.end() + 1].isupper():
        return [(start, start + hit.start(), "GPE"), (start + hit.end(), end, m.label)]
    if language != "en" and not _ACRONYM_AFTER.match(text, end):
        words = list(_WORD.finditer(span))
        for i, w in enumerate(words[1:-1], start=1):
            tail = span[words[i + 1].start() :]
            if w.group().lower() in PLACE_OF and gazetteer.lookup(tail):
                return [(start, start + w.start(), m.label), (start + words[i + 1].start(), end, "GPE")]
    return [(start, end, m.label)]


def _extend_person(text: str, s: int, e: int) -> int:
    """Extend a person span over directly following capitalized words (a surname after a patronymic)."""
    while True:
        nxt = re.match(r" ([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b", text[e:])
        if not nxt or nxt.group(1).lower() in EDGE_WORDS:
            return e
        e += nxt.end()


def _extend_place(text: str, s: int, e: int) -> int:
    """Start a place span one capitalized word earlier when that makes a known place ("El" + "Salvador")."""
    prev = re.search(r"([A-Z][a-z]{1,3}) $", text[max(0, s - 6) : s])
    if prev and gazetteer.lookup(prev.group(1) + " " + text[s:e]):
        return s - len(prev.group(0))
    return s


def _fresh_id(base: str, used: set[str]) -> str:
    """An id for a piece split off mention `base`, unused in the document however often clean-up runs."""
    k = 1
    while f"{base}.{k}" in used:
        k += 1
    used.add(f"{base}.{k}")
    return f"{base}.{k}"


def clean_mentions(
    annotation: Annotation, text: str, language: str, keep: frozenset[str] = frozenset()
) -> list[tuple[str, str]]:
    """Trim, split and extend the annotation's mentions in place (only split those in `keep`, whose lowercase
    words are meant); return apposition links (id, id) from splits."""
    out: list[Mention] = []
    links: list[tuple[str, str]] = []
    used = {m.id for m in annotation.mentions}
    for m in annotation.mentions:
        pieces = _pieces(text, m, language)
        kept: list[Mention] = []
        for s, e, label in pieces:
            bounds = _strip(text, s, e) if m.id in keep else _trim(text, s, e, language, label)
            if bounds is None:
                continue
            s, e = bounds
            if label == "PERSON":
                e = _extend_person(text, s, e)
            elif label in {"GPE", "LOC"}:
                s = _extend_place(text, s, e)
            if kept or (s, e) != (m.start, m.end) or label != m.label:
                mid = m.id if not kept else _fresh_id(m.id, used)
                kept.append(Mention(mid, m.doc, s, e, text[s:e], label, m.sentence))
            else:
                kept.append(m)
        if len(kept) == 2 and "(" in text[m.start : m.end]:
            links.append((kept[0].id, kept[1].id))
        out.extend(kept)
    if capitalizes_nouns(language):
        out = [x for y in out if (x := _without_common_nouns(y, language)) is not None]
    if language not in NER_LANGUAGES:
        inside = _capitalized_inside(text)
        out = [x for x in out if not _opener_only(text, x, inside)]
    seen: set[tuple[int, int]] = set()
    annotation.mentions = [x for x in out if (x.start, x.end) not in seen and not seen.add((x.start, x.end))]
    return links



# Lowercase words inside names of the languages that capitalize nouns ("Bundesamt für Verfassungsschutz").
NAME_CONNECTORS = frozenset({"für", "der", "des", "von", "vom", "zur", "zum", "und"})


def _without_common_nouns(m: Mention, language: str) -> Mention | None:
    """A mention less the common nouns before its name, in a language that capitalizes them ("Samstag
    Ravenna" -> "Ravenna", "Ministerpräsidentin Giorgia Meloni" -> "Giorgia Meloni"); None when it is one
    common noun no known place bears ("Behörden", "Menschen"), or a "person" of common nouns only ("Jahren
    Haft"). "Deutsche Bank" and "Bundesamt für Verfassungsschutz" stay whole."""
    found = list(_WORD.finditer(m.text))
    words = [w.group().strip(".,;:!?\"'“”‘’„()[]«»") for w in found]
    if gazetteer.lookup(m.text) or body_of(m.text):
        return m  # "Kreml", a common noun and a body the alias table knows
    def common(w: str) -> bool:  # "Ex-Präsident" is as common as "Präsident"
        return is_common_noun(w, language) or "-" in w and is_common_noun(w.rsplit("-", 1)[1], language)

    if len(words) == 1:
        return None if common(words[0]) else m
    capitalized = [w for w in words if w[:1].isupper()]
    if all(common(w) for w in capitalized) and (m.label == "PERSON" or any(
            w[:1].islower() and w not in NAME_CONNECTORS for w in words)):
        return None  # "Menschen ums Leben", "Jahren Haft": no one's name; "Bundesamt für Verfassungsschutz" is
    cut = 0  # past the title before a name, and a country's genitive before the title ("Frankreichs Ex-Präsident")
    while cut < len(words) - 1 and (common(words[cut]) or words[cut].endswith("s") and common(words[cut + 1])
                                    and gazetteer.lookup(words[cut][:-1]) is not None):
        cut += 1
    if not cut or not words[cut][:1].isupper() or common(words[cut]):
        return m
    at = found[cut].start()
    return Mention(m.id, m.doc, m.start + at, m.end, m.text[at:], m.label, m.sentence)


# Languages whose NER model is their own; any other is tagged by the English model, which reads every
# capitalized word as a name, the first word of each sentence included.
NER_LANGUAGES = frozenset(MODELS)
_WORDS = re.compile(r"(?<!\w)[^\W\d_][\w'’-]*")
_OPENS = re.compile(r"(?:^|[.!?…:]\s+|\n\s*)[\"'«„“(—–-]?\s*$")


def _capitalized_inside(text: str) -> frozenset[str]:
    """The capitalized words a text writes inside a sentence (not first in it), read once per text."""
    return frozenset(m.group() for m in _WORDS.finditer(text) if m.group()[0].isupper()
                     and not _OPENS.search(text, max(0, m.start() - 4), m.start()))


def _opener_only(text: str, m: Mention, inside: frozenset[str]) -> bool:
    """A one-word mention that opens its sentence, is no place the gazetteer knows, and is never written
    capitalized inside a sentence of the text (`inside`): in an article the English model tags ("Унаслідок
    теракту ...", "As a result of the attack ..."), a capitalized sentence opener, not a name."""
    word = m.text.strip()
    return (bool(word) and " " not in word and not word.isupper() and word not in inside
            and bool(_OPENS.search(text, max(0, m.start - 4), m.start)) and not gazetteer.lookup(word))
