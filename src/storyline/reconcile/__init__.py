"""Reconcile stage: facts with verdicts counted over independent origins, conflicts, dated events."""

from __future__ import annotations

from storyline.models import Claim, Conflict, Document, Event, Fact
from storyline.reconcile.conflicts import date_conflicts, number_conflicts, sequence_conflicts
from storyline.reconcile.events import events_of
from storyline.reconcile.facts import anchors, fact_id, group_claims
from storyline.reconcile.origins import origin_of, outlet_of


def reconcile(docs: list[Document], claims: list[Claim]) -> tuple[list[Fact], list[Conflict], list[Event]]:
    """Group claims into facts, find conflicts, give each fact its status, and date events."""
    outlets = {d.id: outlet_of(d) for d in docs}
    for c in claims:
        c.origin = origin_of(c)
    groups = group_claims(claims)
    fact_of: dict[str, str] = {}
    members: list[tuple[str, list[Claim]]] = []
    for g in groups:
        group = [claims[i] for i in g]
        fid = fact_id([c.id for c in group])
        for c in group:
            fact_of[c.id] = fid
        members.append((fid, group))
    pins = dict(zip((c.id for c in claims), anchors(claims), strict=True))
    conflicts = (number_conflicts(claims, fact_of, outlets, pins) + date_conflicts(claims, fact_of, outlets)
                 + sequence_conflicts(claims, fact_of, outlets))
    contested: dict[str, list[str]] = {}
    for x in conflicts:
        for side in x.sides:
            for cid in side.claims:
                contested.setdefault(fact_of[cid], []).append(x.id)
    facts = []
    for fid, group in members:
        origins = sorted({c.origin for c in group})
        if fid in contested:
            status, why = "contested", f"Sources disagree: see conflict {', '.join(sorted(set(contested[fid])))}."
        elif len(origins) >= 2:
            status, why = "corroborated", f"Stated by {len(origins)} independent origins: {', '.join(origins)}."
        else:
            docs_n = len({c.doc for c in group})
            status = "single_source"
            why = f"Rests on one origin ({origins[0]})" + (
                f", repeated by {docs_n} documents." if docs_n > 1 else ".")
        facts.append(Fact(id=fid, status=status, claims=[c.id for c in group], label=group[0].text,
                          origins=origins, explanation=why))
    events = events_of(claims, fact_of, outlets)
    return facts, conflicts, events
