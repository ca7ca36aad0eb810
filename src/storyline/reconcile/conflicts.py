"""Conflicts: incompatible values for the same fact, side by side, explained in one sentence."""

from __future__ import annotations

import hashlib
from collections import defaultdict

from storyline.claims.values import PEOPLE, compatible
from storyline.models import Claim, Conflict, ConflictSide, Value

# Counts that are running totals of one happening: any two disagreeing figures are versions of one fact.
TOLLS = frozenset({"killed", "injured"})


def _unit_key(v: Value) -> str:
    return "people" if v.unit in PEOPLE else v.unit


def _sides(items: list[tuple[Value, Claim]]) -> list[list[tuple[Value, Claim]]]:
    """Partition values into sides whose members are mutually compatible (greedy, largest bound first)."""
    ordered = sorted(items, key=lambda vc: (vc[0].lower or 0.0, vc[0].upper or float("inf"), vc[1].id))
    sides: list[list[tuple[Value, Claim]]] = []
    for v, c in ordered:
        for side in sides:
            if all(compatible(v, w) for w, _ in side):
                side.append((v, c))
                break
        else:
            sides.append([(v, c)])
    return sides


def _describe(side: list[tuple[Value, Claim]], outlets: dict[str, str]) -> str:
    texts = list(dict.fromkeys(v.text for v, _ in side))
    where = list(dict.fromkeys(outlets.get(c.doc, c.doc) for _, c in side))
    return f"{' / '.join(texts[:3])} ({', '.join(where[:4])})"


def number_conflicts(claims: list[Claim], fact_of: dict[str, str], outlets: dict[str, str]) -> list[Conflict]:
    """Number conflicts: tolls anywhere in the story, other counts only within one fact."""
    groups: dict[tuple[str, str, str], list[tuple[Value, Claim]]] = defaultdict(list)
    for c in claims:
        for v in c.values:
            if v.kind != "number" or not v.measure:
                continue
            scope = "story" if v.measure in TOLLS else fact_of.get(c.id, c.id)
            groups[(scope, v.measure, _unit_key(v))].append((v, c))
    conflicts = []
    for (_scope, measure, unit), items in sorted(groups.items()):
        if len({c.doc for _, c in items}) < 2:
            continue
        sides = _sides(items)
        # a side is only a version of the fact if some other document disagrees with it
        if len(sides) < 2 or len({c.doc for side in sides for _, c in side}) < 2:
            continue
        if all(len({c.doc for _, c in side}) == 1 and side[0][1].doc == sides[0][0][1].doc for side in sides):
            continue
        what = f"people {measure}" if unit == "people" and measure in TOLLS else f"{unit or 'count'} ({measure})"
        explanation = (
            f"The sources give {len(sides)} incompatible figures for {what}: "
            + "; ".join(_describe(s, outlets) for s in sides)
            + ". These ranges do not overlap, so they cannot all be right (some may be earlier tolls)."
        )
        claim_ids = sorted({c.id for side in sides for _, c in side})
        cid = "x" + hashlib.sha1(f"number|{measure}|{unit}|{'|'.join(claim_ids)}".encode()).hexdigest()[:10]
        facts = {fact_of.get(c) for c in claim_ids}
        conflicts.append(Conflict(
            id=cid, kind="number", explanation=explanation,
            fact=facts.pop() if len(facts) == 1 else None,
            sides=[ConflictSide(value=" / ".join(dict.fromkeys(v.text for v, _ in side)),
                                claims=list(dict.fromkeys(c.id for _, c in side))) for side in sides],
        ))
    return conflicts
