"""Common nouns of languages that write them capitalized (German): the English NER, which tags articles of
languages without a model of their own, reads every capitalized word as a name, so a German article's
"Menschen", "Behörden" and "Samstag" came out as entities. Mentions drop such words (see mentions.py).

The word list is Wiktionary's (CC BY-SA 4.0), as packaged by `german-nouns`; the Makefile installs that
package without its dependencies, which only rebuild the list (and pin an old lxml). Without the package
no word counts as a common noun, and mentions are as the NER gave them.
"""

from __future__ import annotations

import csv
import importlib.util
from functools import cache
from pathlib import Path

# Wiktionary parts of speech that are names or pieces of words, not common nouns.
_NOT_COMMON = frozenset({"Eigenname", "Toponym", "Vorname", "Nachname", "Straßenname", "Abkürzung",
                         "Buchstabe", "Symbol", "Affix", "Suffix", "Gebundenes Lexem"})
FIRST_FORM_COLUMN = 7  # nouns.csv: lemma, parts of speech, five gender columns, then the inflected forms


def _german_csv() -> Path | None:
    spec = importlib.util.find_spec("german_nouns")
    for folder in (spec.submodule_search_locations or []) if spec else []:
        path = Path(folder) / "nouns.csv"
        if path.is_file():
            return path
    return None


@cache
def _german() -> frozenset[str]:
    """Every inflected form of every German common noun (about 255,000; read once, in about a second)."""
    path = _german_csv()
    if path is None:
        return frozenset()
    forms: set[str] = set()
    with path.open(encoding="utf-8", newline="") as f:
        rows = csv.reader(f)
        next(rows, None)
        for row in rows:
            parts = row[1].split(",") if len(row) > 1 else []
            if "Substantiv" in parts and not _NOT_COMMON.intersection(parts):
                forms.update(w for w in row[FIRST_FORM_COLUMN:] if w[:1].isupper() and " " not in w)
    return frozenset(forms)


LEXICONS = {"de": _german}  # languages that capitalize their common nouns


def capitalizes_nouns(language: str) -> bool:
    """Whether the language writes its common nouns capitalized and a list of them is at hand."""
    return language in LEXICONS and bool(LEXICONS[language]())


def is_common_noun(word: str, language: str) -> bool:
    """Whether a capitalized word is a common noun of the language ("Behörden" in German), not a name."""
    lexicon = LEXICONS.get(language)
    return lexicon is not None and word in lexicon()
