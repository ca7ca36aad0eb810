"""Facts: claims across documents that state the same thing, grouped by mutual best lexical match."""

from __future__ import annotations

import hashlib
from collections import defaultdict

from storyline.models import Claim
from storyline.reconcile.text import TfIdf

SAME_FACT = 0.42  # similarity above which two claims may state the same thing
ANCHOR_BONUS = 0.15  # added per shared anchor (figure with unit, specific entity), at most two


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


def anchors(claims: list[Claim]) -> list[set[str]]:
    """What pins a claim to one fact beyond its words: its stated figures and its specific entities.

    An entity named in more than a tenth of the story's claims (the protagonist, the country) pins nothing.
    """
    from storyline.claims.values import canonical

    counts: dict[str, int] = defaultdict(int)
    for c in claims:
        for e in set(c.entities):
            counts[e] += 1
    common = max(2, len(claims) // 10)
    out = []
    for c in claims:
        pins = {f"e:{e}" for e in c.entities if counts[e] <= common}
        for v in c.values:
            if v.kind == "number" and v.unit:
                unit, lo, _ = canonical(v)
                pins.add(f"n:{unit}:{lo if lo is None else round(lo, 1)}")
        out.append(pins)
    return out


def group_claims(claims: list[Claim], tfidf: TfIdf | None = None) -> list[list[int]]:
    """Indices of claims grouped into facts; each group ordered by input order, groups by first member.

    Similarity is the TF-IDF cosine of the claims' words plus a bonus per shared anchor (a figure with its
    unit, a specific entity). Two claims from different documents join when each is the other's best match
    in its document and the similarity clears SAME_FACT; mutual best matches keep one long chain from
    gluing unrelated statements together.
    """
    tfidf = tfidf or TfIdf([c.text for c in claims])
    pins = anchors(claims)
    index: dict[str, list[int]] = defaultdict(list)
    for i, vec in enumerate(tfidf.vectors):
        for term in vec:
            index[term].append(i)
        for pin in pins[i]:
            index[pin].append(i)
    best: dict[tuple[int, str], tuple[float, int]] = {}
    for i, c in enumerate(claims):
        keys = list(tfidf.vectors[i]) + list(pins[i])
        candidates = {j for key in keys for j in index[key] if claims[j].doc != c.doc}
        for j in sorted(candidates):
            sim = tfidf.cosine(i, j) + ANCHOR_BONUS * min(2, len(pins[i] & pins[j]))
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
