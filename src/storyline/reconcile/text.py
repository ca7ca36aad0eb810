"""Content terms of claims, for bag-of-terms similarity: cheap, deterministic, language-light."""

from __future__ import annotations

import re
from functools import cache

from anyascii import anyascii

from storyline.models import Claim

_WORD = re.compile(r"[a-z0-9]+(?:[-.,][a-z0-9]+)*")
_SUFFIXES = ("ings", "ing", "edly", "ed", "ies", "es", "s", "ly")


def stem(word: str) -> str:
    """Strip one common English suffix (killed/kills/killing -> kill) without going below 3 letters."""
    for suf in _SUFFIXES:
        if word.endswith(suf) and len(word) - len(suf) >= 3:
            return word[: -len(suf)] + ("y" if suf == "ies" else "")
    return word


@cache
def stop_words() -> frozenset[str]:
    """spaCy's English stop words, imported on first use (spaCy is slow to import for a web server)."""
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS)


def terms(text: str) -> list[str]:
    """Content terms of a text: transliterated, lowercased, stop words dropped, stemmed."""
    words = _WORD.findall(anyascii(text).lower())
    stops = stop_words()
    return [stem(w) for w in words if w not in stops and len(w) > 1]


def statement(claim: Claim) -> str:
    """What the claim says, for comparing it with others: its words less the names of its cited sources
    ("Governor Wes Moore said the ship was moving at 8 knots" and "Wes Moore praised the crew" share a
    speaker, not a fact), after its subject where the words lack it (the conjunct "issued a mayday call"
    compares as "The Dali issued a mayday call")."""
    text = claim.text
    for source in claim.attribution[1:]:
        text = text.replace(source, " ")
    return f"{claim.subject} {text}" if claim.subject and claim.subject not in claim.text else text
