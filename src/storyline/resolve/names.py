"""Name normalization: transliteration-folding keys, titles, person-name parts, acronyms.

Hand-written because no installed library folds the competing romanizations of Slavic and Central-Asian
names (Maksim/Maxim, Mukhammad/Muhammad, Fayzov/Faizov) onto one key; anyascii does the script step.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from anyascii import anyascii

# Honorifics, ranks and offices that precede a name and are not part of it ("Rear Adm.", "Gov.", "Captain").
TITLES = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "miss",
        "dr",
        "prof",
        "sir",
        "dame",
        "lord",
        "lady",
        "st",
        "saint",
        "rev",
        "father",
        "sheikh",
        "imam",
        "president",
        "vice",
        "prime",
        "minister",
        "secretary",
        "senator",
        "sen",
        "rep",
        "representative",
        "gov",
        "governor",
        "mayor",
        "judge",
        "justice",
        "chief",
        "officer",
        "commissioner",
        "superintendent",
        "sheriff",
        "deputy",
        "general",
        "gen",
        "lieutenant",
        "lt",
        "colonel",
        "col",
        "major",
        "maj",
        "captain",
        "capt",
        "cpt",
        "commander",
        "cmdr",
        "cdr",
        "admiral",
        "adm",
        "rear",
        "sergeant",
        "sgt",
        "sgt.",
        "corporal",
        "cpl",
        "private",
        "pvt",
        "pilot",
        "king",
        "queen",
        "prince",
        "princess",
        "ambassador",
        "chancellor",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "lawmaker",
        "director",
        "head",
        "chairman",
        "chairwoman",
        "premier",
        "pope",
        "patriarch",
        "marshal",
        "brigadier",
        "ensign",
        "petty",
        "seaman",
        "agent",
        "detective",
        "inspector",
        "constable",
    ]
)

# Ship prefixes ("MV Dali", "MS Estonia") are not part of a vessel's name.
VESSEL_PREFIXES = frozenset(
    {
        "mv",
        "m/v",
        "ms",
        "m/s",
        "ss",
        "hms",
        "uss",
        "rv",
        "mt",
        "fv",
        "ins",
        "hmcs",
        "hmas",
        "hmnzs",
        "rfs",
        "usns",
    }
)

# Company-form suffixes: "Grace Ocean Private Ltd" and "Grace Ocean Pte Ltd" are one company.
CORPORATE_SUFFIXES = frozenset(
    [
        "ltd",
        "limited",
        "pte",
        "private",
        "pvt",
        "inc",
        "incorporated",
        "corp",
        "corporation",
        "co",
        "company",
        "llc",
        "llp",
        "plc",
        "gmbh",
        "ag",
        "sa",
        "sas",
        "srl",
        "bv",
        "nv",
        "oy",
        "ab",
        "spa",
    ]
)

# Words skipped when building an acronym from an expansion ("Investigative Committee of Russia" -> ICR).
FUNCTION_WORDS = frozenset(
    {"of", "the", "and", "for", "de", "del", "la", "le", "des", "du", "el", "y", "&", "on", "in"}
)


# Slavic gendered surname endings: the feminine form adds -a (Kuzminov -> Kuzminova, Petrovsky -> Petrovskaya).
_MASC_FEM = (
    ("ov", "ova"),
    ("ev", "eva"),
    ("yov", "yova"),
    ("in", "ina"),
    ("yn", "yna"),
    ("sky", "skaya"),
    ("skiy", "skaya"),
    ("skii", "skaia"),
    ("ski", "ska"),
    ("tsky", "tskaya"),
    ("ko", "ko"),
)

_PUNCT = re.compile(r"[^\w\s-]")
_SPACE = re.compile(r"\s+")


def ascii_fold(text: str) -> str:
    """Any script to lowercase ASCII words: Cyrillic transliterated, accents and punctuation dropped."""
    text = anyascii(unicodedata.normalize("NFKC", text)).lower().replace("'", "").replace("`", "")
    text = _PUNCT.sub(" ", text).replace("-", " ")
    return _SPACE.sub(" ", text).strip()


# Romanization folding, applied in order to each ASCII word.
_FOLDS = (
    (re.compile(r"x"), "ks"),
    (re.compile(r"dzh"), "j"),
    (re.compile(r"kh"), "h"),
    (re.compile(r"ph"), "f"),
    (re.compile(r"w"), "v"),
    (re.compile(r"ck"), "k"),
    (re.compile(r"c(?![eihyz])"), "k"),
    (re.compile(r"q(?!u)"), "k"),
    (re.compile(r"y"), "i"),
    (re.compile(r"(ii|ij)$"), "i"),
    (re.compile(r"(.)\1+"), r"\1"),
)


def fold_word(word: str) -> str:
    """One ASCII word folded across romanization systems (Maxim->maksim, Fayzov->faizov, Mukhammad->muhamad)."""
    for pattern, repl in _FOLDS:
        word = pattern.sub(repl, word)
    return word


# Latin letters with carons and acutes that romanize Slavic sounds (Czech, Croatian, Polish, Lithuanian...):
# spelled out before anyascii would drop the mark (Kuzmič -> kuzmich, Šojgu -> shojgu).
_SLAVIC_LETTERS = str.maketrans(
    {
        "č": "ch",
        "ć": "ch",
        "š": "sh",
        "ś": "sh",
        "ž": "zh",
        "ź": "zh",
        "ř": "rzh",
        "Č": "Ch",
        "Ć": "Ch",
        "Š": "Sh",
        "Ś": "Sh",
        "Ž": "Zh",
        "Ź": "Zh",
        "Ř": "Rzh",
    }
)

# How a language's own orthography writes foreign (mostly Russian) names, mapped to English romanization
# before the common folds: Hungarian Szergej Sojgu / Putyin, German Jewgeni Prigoschin, Polish Szojgu.
LANGUAGE_FOLDS: dict[str, tuple[tuple[str, str], ...]] = {
    "hu": (
        ("cs", "ch"),
        ("zs", "zh"),
        ("sz", "\x01"),
        ("s", "sh"),
        ("\x01", "s"),
        ("ty", "t"),
        ("gy", "d"),
        ("ny", "n"),
        ("j", "y"),
    ),
    "de": (("tsch", "ch"), ("sch", "sh"), ("j", "y")),
    "pl": (("sz", "sh"), ("cz", "ch"), ("rz", "zh"), ("j", "y")),
    "cs": (("j", "y"),),
    "fr": (("ou", "u"), ("tch", "ch"), ("j", "zh")),
}


@lru_cache(maxsize=65536)
def name_key(text: str, language: str = "en") -> str:
    """Transliteration-folded key of a whole name: equal keys mean the same spelling up to script/romanization.

    `language` is the document's: its orthography's spelling of foreign names is mapped first.
    """
    words = ascii_fold(text.translate(_SLAVIC_LETTERS)).split()
    for old, new in LANGUAGE_FOLDS.get(language, ()):
        words = [w.replace(old, new) for w in words]
    return " ".join(fold_word(w) for w in words)


def strip_titles(text: str, person: bool = True) -> str:
    """Drop ship prefixes, a trailing possessive and, for a person, leading titles ("Capt. Maksim Kuzminov's");
    an organization keeps them ("General Motors")."""
    text = re.sub(r"['’]s?$", "", text.strip())
    words = text.split()
    while len(words) > 1 and (
        person and words[0].lower().rstrip(".") in TITLES or words[0].lower() in VESSEL_PREFIXES
    ):
        words = words[1:]
    return " ".join(words)


def drop_corporate_suffixes(words: list[str]) -> list[str]:
    """Words of an organization name without company-form suffixes (Ltd, Pte, Private, Inc...)."""
    kept = [w for w in words if w not in CORPORATE_SUFFIXES]
    return kept or words


def person_parts(key: str) -> tuple[str, str] | None:
    """(first, last) words of a person's folded name key, ignoring middle names and patronymics; None if one word."""
    words = key.split()
    if len(words) < 2:
        return None
    return words[0], words[-1]


def gender_variants(a: str, b: str) -> bool:
    """Whether two surname keys are the masculine and feminine forms of one Slavic surname."""
    for x, y in ((a, b), (b, a)):
        for masc, fem in _MASC_FEM:
            if masc != fem and x.endswith(masc) and y == x[: -len(masc)] + fem:
                return True
    return False


def acronyms(name: str) -> set[str]:
    """Acronyms an expansion could have: initials with and without function words (MDOT/MDT, ICR)."""
    words = [w for w in ascii_fold(name).split() if w]
    if len(words) < 2:
        return set()
    content = [w for w in words if w not in FUNCTION_WORDS]
    out = {"".join(w[0] for w in content), "".join(w[0] for w in words)}
    return {a for a in out if len(a) >= 2}


def is_acronym(text: str) -> bool:
    """An all-capitals token of 2-6 letters (FSB, GUR, MDOT), periods allowed (U.S.)."""
    letters = text.replace(".", "")
    return 2 <= len(letters) <= 6 and letters.isalpha() and letters.isupper() and " " not in text


def is_latin(text: str) -> bool:
    """Whether a string's letters are all Latin script (accents allowed)."""
    return all(ord(c) < 0x250 for c in text if c.isalpha())


def is_proper(text: str) -> bool:
    """Whether every word but function words is capitalized: a name, not a description."""
    return all(w[:1].isupper() or not w[:1].isalpha() or w.lower() in FUNCTION_WORDS for w in text.split())


def slug(text: str) -> str:
    """Lowercase ASCII slug for ids: 'Maksim Kuzminov' -> 'maksim-kuzminov'."""
    return re.sub(r"[^a-z0-9]+", "-", anyascii(text).lower()).strip("-") or "x"


def entity_id(label: str, name: str) -> str:
    """The id an entity of this label and canonical name takes (before a suffix that tells apart two of one
    id): ("GPE", "Sri Lanka") -> 'e:gpe:sri-lanka'."""
    return f"e:{label.lower()}:{slug(name)}"
