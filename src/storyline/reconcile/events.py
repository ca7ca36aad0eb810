"""Events: claims that report a dated happening, placed on the story's timeline."""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict

from storyline.models import Claim, Event
from storyline.unionfind import UnionFind

_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?")


def events_of(claims: list[Claim], fact_of: dict[str, str], outlets: dict[str, str],
              undated: dict[str, tuple[str, str]] | None = None) -> list[Event]:
    """One event per happening and calendar date, ordered by date.

    Claims with the same date join one event when they belong to one fact, or when one claim's evidence
    overlaps another's in the same document (a relative clause and the sentence around it). A basis
    from an undated article says what its date was read against.
    """
    undated = undated or {}
    dated: list[tuple[str, Claim]] = []
    for c in claims:
        for v in c.values:
            m = _DATE.match(v.normalized) if v.kind == "date" else None
            if m:
                dated.append((m.group(), c))
    uf = UnionFind(range(len(dated)))
    first: dict[tuple[str, str], int] = {}
    by_doc: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, (date, c) in enumerate(dated):
        key = (date, fact_of.get(c.id, c.id))
        if key in first:
            uf.union(i, first[key])
        else:
            first[key] = i
        for j in by_doc[(date, c.doc)]:
            o = dated[j][1]
            if o.start < c.end and c.start < o.end:
                uf.union(i, j)
        by_doc[(date, c.doc)].append(i)
    events = []
    for members in uf.groups():
        date = dated[members[0]][0]
        group = list({dated[i][1].id: dated[i][1] for i in members}.values())
        precision = {4: "year", 7: "month", 10: "day"}[len(date)]
        basis = "; ".join(dict.fromkeys(_basis(c, date, outlets, undated) for c in group))
        label = min(group, key=lambda c: (len(c.text), c.id)).text
        ids = [c.id for c in group]
        events.append(Event(
            id="v" + hashlib.sha1(f"{date}|{'|'.join(sorted(ids))}".encode()).hexdigest()[:10],
            label=label, date={"value": date, "precision": precision, "basis": basis},
            claims=ids, documents=list(dict.fromkeys(c.doc for c in group)),
        ))
    return sorted(events, key=lambda e: (e.date["value"], e.id))


def _date_text(c: Claim, date: str) -> str:
    return next((v.text for v in c.values if v.kind == "date" and v.normalized.startswith(date)), "")


def _basis(c: Claim, date: str, outlets: dict[str, str], undated: dict[str, tuple[str, str]]) -> str:
    said = f"{outlets.get(c.doc, c.doc)}: \u201c{_date_text(c, date)}\u201d"
    if c.doc in undated:
        anchor, outlet = undated[c.doc]
        said += f" (the article is undated; read against {anchor}, the story's latest dated article, {outlet})"
    return said
