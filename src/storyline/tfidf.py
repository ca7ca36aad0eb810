"""TF-IDF vectors over a fixed collection of bags of keys (claim terms, document entities).

Smoothed IDF (never zero), log-scaled counts, unit length: a key shared by every member still counts,
which matters when the whole collection is about one story. Hand-written because the keys are already
computed and scikit-learn's vectorizers would re-tokenize them.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable


class TfIdf:
    """Unit-length TF-IDF vectors (dicts key -> weight); keys in fewer than `min_df` bags are dropped."""

    def __init__(self, bags: Iterable[Counter], min_df: int = 1) -> None:
        bags = list(bags)
        df = Counter(key for bag in bags for key in bag)
        n = len(bags)
        idf = {k: math.log((1 + n) / (1 + d)) + 1 for k, d in df.items() if d >= min_df}
        self.vectors = []
        for bag in bags:
            vec = {k: (1 + math.log(c)) * idf[k] for k, c in bag.items() if k in idf}
            norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
            self.vectors.append({k: v / norm for k, v in vec.items()})

    def matrix(self):
        """The vectors as a sparse row matrix (scipy CSR), for many cosines at once."""
        from scipy.sparse import csr_matrix

        vocab: dict[str, int] = {}
        rows, cols, vals = [], [], []
        for r, vec in enumerate(self.vectors):
            for key, weight in vec.items():
                rows.append(r)
                cols.append(vocab.setdefault(key, len(vocab)))
                vals.append(weight)
        return csr_matrix((vals, (rows, cols)), shape=(len(self.vectors), max(1, len(vocab))))
