"""Bag-of-terms similarity between claims: cheap, deterministic, language-light."""

from __future__ import annotations

import math
import re
from collections import Counter
from functools import cache

from anyascii import anyascii

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


class TfIdf:
    """TF-IDF vectors over a fixed collection, for cosine similarity between its members."""

    def __init__(self, texts: list[str]) -> None:
        bags = [Counter(terms(t)) for t in texts]
        df = Counter(term for bag in bags for term in bag)
        n = len(texts)
        self.idf = {t: math.log((1 + n) / (1 + d)) + 1 for t, d in df.items()}
        self.vectors = [self._weigh(bag) for bag in bags]

    def _weigh(self, bag: Counter) -> dict[str, float]:
        vec = {t: (1 + math.log(c)) * self.idf[t] for t, c in bag.items()}
        norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
        return {t: v / norm for t, v in vec.items()}

    def matrix(self):
        """The vectors as a sparse row matrix (scipy CSR), for many cosines at once."""
        from scipy.sparse import csr_matrix

        vocab: dict[str, int] = {}
        rows, cols, vals = [], [], []
        for r, vec in enumerate(self.vectors):
            for term, weight in vec.items():
                rows.append(r)
                cols.append(vocab.setdefault(term, len(vocab)))
                vals.append(weight)
        return csr_matrix((vals, (rows, cols)), shape=(len(self.vectors), max(1, len(vocab))))
