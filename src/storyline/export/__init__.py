"""Export edge: stories from the database as the JSON report or as CSV tables for spreadsheets."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from storyline.models import Story
from storyline.pipeline import Analysis
from storyline.reconcile.origins import outlet_of

TABLES = ("documents", "claims", "facts", "conflicts", "updates", "events", "entities")


def export_json(stories: list[Story], path: Path) -> None:
    """The same report `analyze` writes (its errors and fold count belong to a run, so they are empty)."""
    path.write_text(json.dumps(Analysis(stories=stories).to_dict(), indent=2, ensure_ascii=False) + "\n",
                    encoding="utf-8")


def _rows(story: Story) -> dict[str, list[dict[str, object]]]:
    outlets = {d.id: outlet_of(d) for d in story.documents}
    return {
        "documents": [{"story": story.id, "id": d.id, "path": d.path, "outlet": outlets[d.id], "title": d.title,
                       "url": d.url, "published": d.published or "", "published_basis": d.published_basis or "",
                       "language": d.language} for d in story.documents],
        "claims": [{"story": story.id, "id": c.id, "doc": c.doc, "outlet": outlets.get(c.doc, ""), "start": c.start,
                    "end": c.end, "text": c.text, "modality": c.modality, "attribution": " > ".join(c.attribution),
                    "origin": c.origin} for c in story.claims],
        "facts": [{"story": story.id, "id": f.id, "status": f.status, "label": f.label,
                   "origins": "; ".join(f.origins), "claims": " ".join(f.claims), "explanation": f.explanation}
                  for f in story.facts],
        "conflicts": [{"story": story.id, "id": x.id, "kind": x.kind, "explanation": x.explanation,
                       "sides": " | ".join(f"{s.value}: {' '.join(s.claims)}" for s in x.sides)}
                      for x in story.conflicts],
        "updates": [{"story": story.id, "id": u.id, "explanation": u.explanation,
                     "earlier": f"{u.earlier.value}: {' '.join(u.earlier.claims)}",
                     "later": f"{u.later.value}: {' '.join(u.later.claims)}"} for u in story.updates],
        "events": [{"story": story.id, "id": e.id, "date": e.date.get("value", ""), "label": e.label,
                    "basis": e.date.get("basis", ""), "claims": " ".join(e.claims)} for e in story.events],
        "entities": [{"story": story.id, "id": e.id, "name": e.name, "type": e.type, "aliases": "; ".join(e.aliases),
                      "mentions": len(e.mentions), "region": e.region or "", "country": e.country or ""}
                     for e in story.entities],
    }


def export_csv(stories: list[Story], folder: Path) -> list[Path]:
    """One CSV per table (documents, claims, facts, conflicts, updates, events, entities), every story in each."""
    folder.mkdir(parents=True, exist_ok=True)
    rows: dict[str, list[dict[str, object]]] = {t: [] for t in TABLES}
    for story in stories:
        for table, items in _rows(story).items():
            rows[table] += items
    written = []
    for table in TABLES:
        path = folder / f"{table}.csv"
        with path.open("w", newline="", encoding="utf-8") as f:
            fields = list(rows[table][0]) if rows[table] else ["story", "id"]
            writer = csv.DictWriter(f, fieldnames=fields)
            writer.writeheader()
            writer.writerows(rows[table])
        written.append(path)
    return written
