"""Conflicts: incompatible values for the same fact, side by side, explained in one sentence."""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict

from storyline.claims.attribution import REPORTING
from storyline.claims.values import MEASURED, PEOPLE, canonical, compatible
from storyline.models import Claim, Conflict, ConflictSide, Value
from storyline.unionfind import UnionFind

# Counts that are running totals of one happening: any two disagreeing figures are versions of one fact.
TOLLS = frozenset({"killed", "injured"})
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}")
_WHEN = re.compile(r"^(?P<day>\d{4}-\d{2}-\d{2}|XXXX-XX-XX)(?:T(?P<time>\d{2}:\d{2}))?")


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


def number_conflicts(claims: list[Claim], fact_of: dict[str, str], outlets: dict[str, str],
                     pins: dict[str, set[str]] | None = None) -> list[Conflict]:
    """Number conflicts between figures that count or measure the same thing.

    Two figures are versions of one fact when they have the same unit and measure and either are tolls
    (running totals of the story's happening), or stand in claims of one fact, or stand in claims that name
    the same specific entity (an entity few claims mention). Lengths and distances compare across units.
    """
    pins = pins or {}
    items = [(v, c) for c in claims for v in c.values
             if v.kind == "number" and (v.measure or canonical(v)[0] in MEASURED) and v.lower is not None]

    def key(v: Value) -> tuple[str, str]:
        unit = canonical(v)[0]
        return (f"dimension {v.measure}".strip(), unit) if unit in MEASURED else (v.measure, _unit_key(v))

    by_key: dict[tuple[str, str], list[int]] = defaultdict(list)
    for n, (v, _) in enumerate(items):
        by_key[key(v)].append(n)
    groups = UnionFind(range(len(items)))
    for (measure, _unit), members in by_key.items():
        for a_i, a in enumerate(members):
            va, ca = items[a]
            for b in members[a_i + 1:]:
                vb, cb = items[b]
                if ca.doc == cb.doc and ca.id != cb.id:
                    continue
                # an entity in common only relates figures whose measure is known on both sides
                shared_entity = measure not in ("", "dimension") and bool(
                    {p for p in pins.get(ca.id, set()) if p.startswith("e:")} & pins.get(cb.id, set()))
                related = measure in TOLLS or fact_of.get(ca.id) == fact_of.get(cb.id) or shared_entity
                if related:
                    groups.union(a, b)
    conflicts = []
    for members in groups.groups():
        group = [items[n] for n in members]
        if len({c.doc for _, c in group}) < 2:
            continue
        sides = _sides(group)
        if len(sides) < 2:
            continue
        # a disagreement must set documents against each other, not one article against itself
        docs_per_side = [{c.doc for _, c in side} for side in sides]
        if not any(a != b or len(a | b) > 1 for i, a in enumerate(docs_per_side) for b in docs_per_side[i + 1:]):
            continue
        measure, unit = key(group[0][0])
        what = (f"people {measure}" if unit == "people" and measure in TOLLS
                else f"the {measure.replace('dimension', '').strip() or 'measured'} figure in {unit}"
                if measure.startswith("dimension") else f"{unit or 'count'} ({measure})")
        explanation = (
            f"The sources give {len(sides)} incompatible figures for {what}: "
            + "; ".join(_describe(s, outlets) for s in sides)
            + ". These ranges do not overlap, so they cannot all be right"
            + (" (some may be earlier tolls)." if measure in TOLLS else ".")
        )
        claim_ids = sorted({c.id for _, c in group})
        conflicts.append(_conflict("number", claim_ids, explanation, fact_of, [
            ConflictSide(value=" / ".join(dict.fromkeys(v.text for v, _ in side)),
                         claims=list(dict.fromkeys(c.id for _, c in side))) for side in sides]))
    return conflicts


def _conflict(kind: str, claim_ids: list[str], explanation: str, fact_of: dict[str, str],
              sides: list[ConflictSide]) -> Conflict:
    cid = "x" + hashlib.sha1(f"{kind}|{'|'.join(sorted(claim_ids))}".encode()).hexdigest()[:10]
    facts = {fact_of.get(c) for c in claim_ids}
    return Conflict(id=cid, kind=kind, explanation=explanation,  # type: ignore[arg-type]
                    fact=facts.pop() if len(facts) == 1 else None, sides=sides)


def _verb(c: Claim) -> str:
    """The lemma of the claim's own verb, without its negation."""
    return c.predicate.replace("not ", "").split(" ")[0] if c.predicate else ""


def _dated(c: Claim, pattern: re.Pattern[str] = _DAY, reported: bool = False) -> list[Value]:
    """The dates (matching `pattern`) that modify the claim's own verb ("was killed on February 13").

    With `reported`, also the date of the report around it ("On May 2 it was revealed that ..."): the
    happening took place on or before that day, which is enough to show some orders impossible.
    """
    verb = _verb(c)
    return [v for v in c.values if v.kind == "date" and pattern.match(v.normalized)
            and (v.measure == verb or reported and v.measure in REPORTING)]


def _when(v: Value) -> tuple[str | None, str | None]:
    """(day, time of day) a date value gives, each None when unknown."""
    m = _WHEN.match(v.normalized)
    if not m:
        return None, None
    day = m.group("day")
    return (None if day.startswith("X") else day), m.group("time")


def date_conflicts(claims: list[Claim], fact_of: dict[str, str], outlets: dict[str, str]) -> list[Conflict]:
    """Claims of one fact that put its happening on different days, or at different times of day."""
    by_fact: dict[str, list[tuple[str | None, str | None, Claim, Value]]] = defaultdict(list)
    for c in claims:
        dated = _dated(c, _WHEN)
        if len(dated) == 1 and c.modality != "denied":
            day, time = _when(dated[0])
            if day or time:
                by_fact[fact_of.get(c.id, c.id)].append((day, time, c, dated[0]))
    conflicts = []
    for _fid, items in sorted(by_fact.items()):
        for what, pick in (("times of day", lambda it: it[1]), ("days", lambda it: it[0])):
            known = [it for it in items if pick(it)]
            values = sorted({pick(it) for it in known})
            if len(values) < 2 or len({it[2].doc for it in known}) < 2:
                continue
            sides = [ConflictSide(value=val, claims=[it[2].id for it in known if pick(it) == val]) for val in values]
            told = "; ".join(
                f"{val} ({', '.join(dict.fromkeys(outlets.get(it[2].doc, it[2].doc) for it in known if pick(it) == val))})"
                for val in values)
            conflicts.append(_conflict("date", [it[2].id for it in known],
                                       f"The sources give different {what} for this: {told}.", fact_of, sides))
            break
    return conflicts


OPPOSED = {("during", "after"), ("during", "before"), ("before", "after")}


def relative_time_conflicts(claims: list[Claim], fact_of: dict[str, str], outlets: dict[str, str]) -> list[Conflict]:
    """Claims of one fact that place the happening differently against the same other happening:
    "killed during the landing" against "killed shortly after landing"."""
    by_fact: dict[tuple[str, str, str], list[tuple[str, Claim, Value]]] = defaultdict(list)
    for c in claims:
        for v in c.values:
            if v.kind == "other" and ":" in v.normalized and c.modality != "denied":
                prep, obj = v.normalized.split(":", 1)
                by_fact[(fact_of.get(c.id, c.id), v.measure, obj)].append((prep, c, v))
    conflicts = []
    for (_fid, verb, _obj), items in sorted(by_fact.items()):
        preps = sorted({p for p, _, _ in items})
        clash = [(a, b) for a in preps for b in preps if (a, b) in OPPOSED]
        if not clash or len({c.doc for _, c, _ in items}) < 2:
            continue
        sides = [ConflictSide(value=next(v.text for q, _, v in items if q == p),
                              claims=list(dict.fromkeys(c.id for q, c, _ in items if q == p))) for p in preps]
        told = "; ".join(f"\u201c{next(v.text for q, _, v in items if q == p)}\u201d "
                         f"({', '.join(dict.fromkeys(outlets.get(c.doc, c.doc) for q, c, _ in items if q == p))})"
                         for p in preps)
        conflicts.append(_conflict("other", [c.id for _, c, _ in items],
                                   f"The sources disagree on when this happened ({verb}): {told}.",
                                   fact_of, sides))
    return conflicts


# Happenings that can only follow another: (earlier kind, later kind). General knowledge, not story rules.
DEATH = frozenset({"kill", "die", "murder", "assassinate", "execute", "slay"})
AFTER_DEATH = frozenset({"bury", "cremate", "autopsy", "exhume", "mourn"})
ARREST = frozenset({"arrest", "detain", "apprehend", "capture"})
AFTER_ARREST = frozenset({"charge", "sentence", "convict", "remand", "arraign"})


def _kind(c: Claim) -> str:
    verb = _verb(c)
    text = c.text.lower()
    if c.predicate.startswith("not ") or c.modality in ("denied", "questioned"):
        return ""
    if verb in DEATH or (verb == "shoot" and "dead" in text):
        return "death"
    if verb in AFTER_DEATH or (verb in ("identify", "find", "recover", "discover") and re.search(r"\b(remains|body|bodies|corpse)\b", text)):
        return "after_death"
    if verb in ARREST:
        return "arrest"
    if verb in AFTER_ARREST:
        return "after_arrest"
    return ""


ORDER = {("death", "after_death"): ("the death", "a step that can only follow a death"),
         ("arrest", "after_arrest"): ("the arrest", "a step that can only follow an arrest")}


def sequence_conflicts(claims: list[Claim], fact_of: dict[str, str], outlets: dict[str, str]) -> list[Conflict]:
    """Orders that cannot be: a later-only happening dated before the happening it presupposes.

    The two claims must be about the same people: in one document, or naming a shared person.
    """
    typed = [(c, k, _dated(c, reported=k.startswith("after"))) for c in claims if (k := _kind(c))]
    typed = [(c, k, d[0]) for c, k, d in typed if len(d) == 1]
    conflicts = []
    for (first_kind, then_kind), (first_name, then_name) in ORDER.items():
        for a, ka, da in typed:
            if ka != first_kind:
                continue
            for b, kb, db in typed:
                if kb != then_kind or not (a.doc == b.doc or set(a.entities) & set(b.entities)):
                    continue
                if db.normalized[:10] < da.normalized[:10]:
                    explanation = (
                        f"{outlets.get(b.doc, b.doc)} dates \u201c{b.text[:90]}\u201d to {db.normalized[:10]}, "
                        f"before {first_name} on {da.normalized[:10]} ({outlets.get(a.doc, a.doc)}), "
                        f"but it is {then_name}.")
                    conflicts.append(_conflict("sequence", [a.id, b.id], explanation, fact_of, [
                        ConflictSide(value=f"{first_name}: {da.normalized[:10]}", claims=[a.id]),
                        ConflictSide(value=f"{then_kind.replace('_', ' ')}: {db.normalized[:10]}", claims=[b.id])]))
    return conflicts
