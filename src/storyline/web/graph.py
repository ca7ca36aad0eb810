"""Who cites whom: outlet -> cited source edges from claims' attribution chains, laid out in layers.

Layer 0 holds outlets, layer k the sources first met k steps down a chain. The layout is computed here
and drawn by the template as inline SVG: no script, every label escaped by Jinja.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Any

from storyline.models import Claim
from storyline.reconcile.origins import source_key

MAX_NODES = 40
COLUMN, ROW, LEFT, TOP, LABEL = 300, 30, 270, 30, 36  # outlets' labels sit left of their dots


def _short(name: str) -> str:
    return name if len(name) <= LABEL else name[: LABEL - 1] + "\u2026"


def citation_edges(claims: list[Claim]) -> tuple[Counter[tuple[str, str]], dict[str, str], dict[str, int]]:
    """Edge counts between source keys, each key's display name and its layer (depth in a chain)."""
    edges: Counter[tuple[str, str]] = Counter()
    names: dict[str, Counter[str]] = defaultdict(Counter)
    depth: dict[str, int] = {}
    for c in claims:
        keys = []
        for i, name in enumerate(c.attribution):
            key = source_key(name) or name
            names[key][name] += 1
            depth[key] = min(depth.get(key, i), i)
            keys.append(key)
        for a, b in zip(keys, keys[1:], strict=False):
            if a != b:
                edges[a, b] += 1
    return edges, {k: n.most_common(1)[0][0] for k, n in names.items()}, depth


def citation_graph(claims: list[Claim]) -> dict[str, Any]:
    """Nodes with positions and edges with paths for the busiest part of the citation graph."""
    edges, names, depth = citation_edges(claims)
    weight: Counter[str] = Counter()
    for (a, b), n in edges.items():
        weight[a] += n
        weight[b] += n
    keep = {k for k, _ in weight.most_common(MAX_NODES)}
    columns: dict[int, list[str]] = defaultdict(list)
    for key in sorted(keep, key=lambda k: (-weight[k], names[k])):
        columns[depth[key]].append(key)
    layers = sorted(columns)
    pos: dict[str, tuple[float, float]] = {}
    for x, layer in enumerate(layers):
        for y, key in enumerate(columns[layer]):
            pos[key] = (LEFT + x * COLUMN, TOP + y * ROW)
    nodes = [{"x": x, "y": y, "label": _short(names[k]), "title": names[k], "weight": weight[k],
              "outlet": depth[k] == 0} for k, (x, y) in pos.items()]
    top = max(edges.values(), default=1)
    lines = []
    for (a, b), n in sorted(edges.items(), key=lambda e: -e[1]):
        if a in pos and b in pos:
            (x1, y1), (x2, y2) = pos[a], pos[b]
            if x2 > x1:  # forward: from the node's right to the next column's node
                bend = (x2 - x1) / 2
                path = f"M{x1 + 8:.0f},{y1:.0f} C{x1 + bend:.0f},{y1:.0f} {x2 - bend:.0f},{y2:.0f} {x2 - 8:.0f},{y2:.0f}"
            else:  # within or back to an earlier column: an arc out to the left
                out = x2 - 40 - abs(y2 - y1) / 4
                path = f"M{x1 - 8:.0f},{y1:.0f} C{out:.0f},{y1:.0f} {out:.0f},{y2:.0f} {x2 - 8:.0f},{y2:.0f}"
            lines.append({
                "path": path,
                "width": round(1 + 3 * n / top, 1), "count": n, "title": f"{names[a]} \u2192 {names[b]}: {n}",
            })
    rows = max((len(c) for c in columns.values()), default=0)
    return {"nodes": nodes, "edges": lines, "width": LEFT + max(len(layers), 1) * COLUMN + 40,
            "height": TOP + rows * ROW, "hidden": max(len(weight) - len(keep), 0)}
