"""View model for a story: what the HTML report and the web app's story page show, computed once.

Templates receive only plain data; article text reaches them as segments that Jinja escapes, with
the stated values marked, so no markup from an article can ever be interpreted.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date
from typing import Any

from storyline.models import Claim, Story
from storyline.reconcile.origins import outlet_of
from storyline.report import story_summary

BADGES = {"corroborated": "Corroborated", "single_source": "Single source", "contested": "Contested"}


def safe_url(url: str) -> str:
    """Only http(s) addresses become links: a `javascript:` or `data:` URL from an article is dropped."""
    return url if re.match(r"(?i)^https?://[^\s]+$", url or "") else ""


def segments(text: str, base: int, marks: list[tuple[int, int]]) -> list[tuple[str, bool]]:
    """Split a claim's text into (piece, marked) runs; marks are document offsets."""
    out: list[tuple[str, bool]] = []
    pos = 0
    for s, e in sorted(marks):
        s, e = max(s - base, pos), min(e - base, len(text))
        if s >= e:
            continue
        if s > pos:
            out.append((text[pos:s], False))
        out.append((text[s:e], True))
        pos = e
    if pos < len(text):
        out.append((text[pos:], False))
    return out


def claim_view(c: Claim, outlets: dict[str, str], mark_values: list[str] | None = None) -> dict[str, Any]:
    marks = [(v.start, v.end) for v in c.values if v.kind in ("number", "date")
             and (mark_values is None or any(v.text in m or m in v.text for m in mark_values))]
    return {
        "id": c.id,
        "doc": c.doc,
        "outlet": outlets.get(c.doc, c.doc),
        "start": c.start,
        "end": c.end,
        "segments": segments(c.text, c.start, marks),
        "attribution": " \u2192 ".join(c.attribution),
        "modality": c.modality,
        "origin": c.origin,
    }


def _timeline(events: list[dict[str, Any]]) -> dict[str, Any]:
    """Positions of events on a horizontal axis proportional to time (SVG drawn by the template)."""
    def ordinal(value: str) -> int:
        parts = [int(p) for p in value.split("-")] + [1, 1]
        try:
            return date(parts[0], max(parts[1], 1), max(parts[2], 1)).toordinal()
        except ValueError:
            return date(parts[0], 1, 1).toordinal()

    if not events:
        return {"width": 0, "height": 0, "points": [], "ticks": []}
    xs = [ordinal(e["date"]["value"]) for e in events]
    lo, hi = min(xs), max(xs)
    span = max(hi - lo, 1)
    width, left, right = 900, 40, 40
    char = 6.2  # average label glyph width at the timeline's font size, in SVG units
    rows: list[float] = []  # right edge of the last label placed in each row
    points = []
    for e, x in sorted(zip(events, xs, strict=True), key=lambda ex: (ex[1], ex[0]["id"])):
        px = left + (x - lo) / span * (width - left - right)
        label = f"{e['date']['value']}: {e['label'][:44]}"
        anchor = "end" if px > width * 0.6 else "start"
        x0, x1 = (px - len(label) * char, px) if anchor == "end" else (px, px + len(label) * char)
        row = next((r for r, edge in enumerate(rows) if edge + 8 < x0), None)
        if row is None:
            rows.append(x1)
            row = len(rows) - 1
        rows[row] = x1
        points.append({"x": px, "y": 40 + row * 20, "anchor": anchor, "date": e["date"]["value"],
                       "label": e["label"][:44], "id": e["id"]})
    ticks = sorted({e["date"]["value"][:4] for e in events})
    return {
        "width": width, "height": 40 + len(rows) * 20 + 10, "points": points,
        "ticks": [{"x": left + (ordinal(t) - lo) / span * (width - left - right), "label": t}
                  for t in ticks if lo <= ordinal(t) <= hi] or [{"x": left, "label": ticks[0]}],
    }


def story_view(story: Story) -> dict[str, Any]:
    """Everything the story page shows, as plain data."""
    outlets = {d.id: outlet_of(d) for d in story.documents}
    claims = {c.id: c for c in story.claims}
    per_doc = Counter(c.doc for c in story.claims)
    docs = [{
        "id": d.id, "path": d.path, "title": d.title, "url": safe_url(d.url), "outlet": outlets[d.id],
        "published": d.published or "unknown", "basis": d.published_basis or "no date found",
        "confidence": d.published_confidence, "language": d.language, "duplicates": d.duplicates,
        "claims": per_doc[d.id],
    } for d in story.documents]
    facts = [{
        "id": f.id, "status": f.status, "badge": BADGES[f.status], "label": f.label,
        "explanation": f.explanation, "origins": f.origins,
        "documents": len({claims[c].doc for c in f.claims if c in claims}),
        "claims": [claim_view(claims[c], outlets) for c in f.claims if c in claims],
    } for f in story.facts]
    facts.sort(key=lambda f: (-f["documents"], f["status"] != "contested", f["id"]))
    conflicts = [{
        "id": x.id, "kind": x.kind, "explanation": x.explanation, "fact": x.fact,
        "sides": [{"value": s.value,
                   "claims": [claim_view(claims[c], outlets, s.value.split(" / ")) for c in s.claims if c in claims]}
                  for s in x.sides],
    } for x in story.conflicts]
    updates = [{
        "id": u.id, "explanation": u.explanation, "fact": u.fact,
        "sides": [{"when": when, "value": s.value,
                   "claims": [claim_view(claims[c], outlets, s.value.split(" / ")) for c in s.claims if c in claims]}
                  for when, s in (("earlier", u.earlier), ("later", u.later))],
    } for u in story.updates]
    events = [{"id": e.id, "label": e.label, "date": e.date, "documents": [outlets.get(d, d) for d in e.documents]}
              for e in story.events]
    entities = [{
        "id": e.id, "name": e.name, "type": e.type, "aliases": [a for a in e.aliases if a != e.name],
        "mentions": len(e.mentions), "documents": len({m.doc for m in e.mentions}),
        "place": ", ".join(p for p in (e.region, e.country) if p),
    } for e in story.entities]
    return {
        "id": story.id, "title": story.title, "summary": story_summary(story), "documents": docs,
        "facts": facts, "conflicts": conflicts, "updates": updates, "events": events, "timeline": _timeline(events),
        "entities": entities,
    }
