"""Facts: claims across documents that state the same thing, grouped by mutual best lexical match."""

from __future__ import annotations

import hashlib
from collections import defaultdict

from storyline.models import Claim
from storyline.reconcile.text import TfIdf

SAME_FACT = 0.42  # cosine of TF-IDF term vectors above which two claims may state the same thing


def _stable_id(prefix: str, members: list[str]) -> str:
    return prefix + hashlib.sha1("\n".join(sorted(members)).encode()).hexdigest()[:10]


class _UnionFind:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, i: int, j: int) -> None:
        a, b = self.find(i), self.find(j)
        if a != b:
            self.parent[max(a, b)] = min(a, b)


def group_claims(claims: list[Claim], tfidf: TfIdf | None = None) -> list[list[int]]:
    """Indices of claims grouped into facts; each group ordered by input order, groups by first member.

    Two claims from different documents join when each is the other's best match in its document and
    their similarity clears SAME_FACT; mutual best matches keep one long chain from gluing unrelated
    statements together.
    """
    tfidf = tfidf or TfIdf([c.text for c in claims])
    index: dict[str, list[int]] = defaultdict(list)
    for i, vec in enumerate(tfidf.vectors):
        for term in vec:
            index[term].append(i)
    best: dict[tuple[int, str], tuple[float, int]] = {}
    for i, c in enumerate(claims):
        candidates = {j for term in tfidf.vectors[i] for j in index[term] if claims[j].doc != c.doc}
        for j in sorted(candidates):
            sim = tfidf.cosine(i, j)
            key = (i, claims[j].doc)
            if sim > best.get(key, (0.0, -1))[0]:
                best[key] = (sim, j)
    uf = _UnionFind(len(claims))
    for (i, _doc), (sim, j) in best.items():
        if sim >= SAME_FACT and best.get((j, claims[i].doc), (0.0, -1))[1] == i:
            uf.union(i, j)
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(claims)):
        groups[uf.find(i)].append(i)
    return sorted(groups.values(), key=lambda g: g[0])


def fact_id(claim_ids: list[str]) -> str:
    """A fact's id follows from its claims, so equal input gives equal ids across runs."""
    return _stable_id("f", claim_ids)
