"""Union-find (disjoint sets) over hashable, orderable keys: the one grouping structure every stage uses.

The smaller key becomes the root, so groups come out the same whatever order links arrive in.
Hand-written: twenty lines, and scipy's connected_components would need the whole graph built first.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable, Iterable
from typing import Any


class UnionFind:
    """Disjoint sets; keys are added on first use."""

    def __init__(self, keys: Iterable[Hashable] = ()) -> None:
        self.parent: dict[Any, Any] = {k: k for k in keys}

    def find(self, x: Any) -> Any:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: Any, b: Any) -> Any:
        """Join the sets of a and b; return the root of the joined set."""
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            ra, rb = min(ra, rb), max(ra, rb)
            self.parent[rb] = ra
        return ra

    def groups(self) -> list[list[Any]]:
        """Every set, members in key order, sets ordered by their smallest member."""
        out: dict[Any, list[Any]] = defaultdict(list)
        for k in sorted(self.parent):
            out[self.find(k)].append(k)
        return sorted(out.values(), key=lambda g: g[0])
