"""Events: claims that report a dated happening, placed on the story's timeline."""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict

from storyline.models import Claim, Event

_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?")


def events_of(claims: list[Claim], fact_of: dict[str, str], outlets: dict[str, str]) -> list[Event]:
    """One event per fact and calendar date its claims state; ordered by date."""
    grouped: dict[tuple[str, str], list[Claim]] = defaultdict(list)
    for c in claims:
        for v in c.values:
            if v.kind != "date":
                continue
            m = _DATE.match(v.normalized)
            if m:
                grouped[(fact_of.get(c.id, c.id), m.group())].append(c)
    events = []
    for (fid, date), group in grouped.items():
        ids = list(dict.fromkeys(c.id for c in group))
        precision = {4: "year", 7: "month", 10: "day"}[len(date)]
        basis = "; ".join(dict.fromkeys(f"{outlets.get(c.doc, c.doc)}: \u201c{_date_text(c, date)}\u201d" for c in group))
        events.append(Event(
            id="v" + hashlib.sha1(f"{fid}|{date}".encode()).hexdigest()[:10],
            label=group[0].text, date={"value": date, "precision": precision, "basis": basis},
            claims=ids, documents=list(dict.fromkeys(c.doc for c in group)),
        ))
    return sorted(events, key=lambda e: (e.date["value"], e.id))


def _date_text(c: Claim, date: str) -> str:
    return next((v.text for v in c.values if v.kind == "date" and v.normalized.startswith(date)), "")
