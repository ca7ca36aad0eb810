"""Coreference metrics: MUC, B-cubed, CEAF-e and CoNLL F1, over clusters of hashable mention ids.

Standard definitions (Vilain et al. 1995; Bagga & Baldwin 1998; Luo 2005; Pradhan et al. 2014). Mentions
present in only one of key and response are handled as the reference scorer does: they count as
unmatched singletons on the other side.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass

import numpy as np
from scipy.optimize import linear_sum_assignment

Clusters = Sequence[Iterable[Hashable]]


@dataclass(frozen=True)
class PRF:
    """Recall, precision and F1 of one metric."""

    recall: float
    precision: float

    @property
    def f1(self) -> float:
        total = self.recall + self.precision
        return 2 * self.recall * self.precision / total if total else 0.0


def _f(num: float, den: float) -> float:
    return num / den if den else 0.0


def _sets(clusters: Clusters) -> list[frozenset]:
    return [frozenset(c) for c in clusters if c]


def _index(clusters: list[frozenset]) -> dict[Hashable, int]:
    return {m: i for i, c in enumerate(clusters) for m in c}


def _muc_side(key: list[frozenset], response: list[frozenset]) -> tuple[float, float]:
    """Sum of |K| - partitions(K by response), and of |K| - 1: MUC recall's numerator and denominator."""
    where = _index(response)
    num = den = 0
    for cluster in key:
        parts = {where.get(m, ("alone", m)) for m in cluster}
        num += len(cluster) - len(parts)
        den += len(cluster) - 1
    return num, den


def muc(key: Clusters, response: Clusters) -> PRF:
    """MUC: links kept, counted as the partitions each cluster is cut into by the other side."""
    k, r = _sets(key), _sets(response)
    return PRF(_f(*_muc_side(k, r)), _f(*_muc_side(r, k)))


def _b3_side(key: list[frozenset], response: list[frozenset]) -> float:
    where = _index(response)
    total = sum(len(c) for c in key)
    score = 0.0
    for cluster in key:
        for m in cluster:
            if m in where:
                score += len(cluster & response[where[m]]) / len(cluster)
    return _f(score, total)


def b_cubed(key: Clusters, response: Clusters) -> PRF:
    """B-cubed: per-mention overlap of the key and response clusters holding it, averaged over mentions."""
    k, r = _sets(key), _sets(response)
    return PRF(_b3_side(k, r), _b3_side(r, k))


def ceaf_e(key: Clusters, response: Clusters) -> PRF:
    """CEAF-e: best one-to-one alignment of clusters under phi4 = 2|K&R| / (|K| + |R|)."""
    k, r = _sets(key), _sets(response)
    if not k or not r:
        return PRF(0.0, 0.0)
    where = _index(r)
    sim = np.zeros((len(k), len(r)))
    for i, cluster in enumerate(k):
        for j in {where[m] for m in cluster if m in where}:
            sim[i, j] = 2 * len(cluster & r[j]) / (len(cluster) + len(r[j]))
    rows, cols = linear_sum_assignment(sim, maximize=True)
    best = float(sim[rows, cols].sum())
    return PRF(best / len(k), best / len(r))


def score_all(key: Clusters, response: Clusters) -> dict[str, float]:
    """All four metrics as a flat dict: muc_r, muc_p, muc_f1, ..., conll_f1 (mean of the three F1s)."""
    out: dict[str, float] = {}
    for name, metric in (("muc", muc), ("b3", b_cubed), ("ceafe", ceaf_e)):
        prf = metric(key, response)
        out.update({f"{name}_r": prf.recall, f"{name}_p": prf.precision, f"{name}_f1": prf.f1})
    out["conll_f1"] = (out["muc_f1"] + out["b3_f1"] + out["ceafe_f1"]) / 3
    return out
