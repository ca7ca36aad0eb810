"""Paginated reads for the web app and API: one page of rows at a time, fields named as in the records.

Every query is parameterized; user text reaches SQLite only as bound values (search text as an FTS5
query string, see `search_claims`).
"""

from __future__ import annotations

import json
import re
import sqlite3
from typing import Any

Page = tuple[list[dict[str, Any]], int]  # (items, total)

STATUSES = ("corroborated", "single_source", "contested")


def _count(db: sqlite3.Connection, sql: str, args: tuple[Any, ...]) -> int:
    return db.execute(f"SELECT count(*) FROM ({sql})", args).fetchone()[0]


def story_rows(db: sqlite3.Connection, limit: int, offset: int) -> Page:
    """Stories, newest analysis first, each with its dates, number of sources, facts by status, conflicts."""
    rows = db.execute("SELECT id, title, analyzed_at FROM stories ORDER BY analyzed_at DESC, id LIMIT ? OFFSET ?",
                      (limit, offset)).fetchall()
    ids = [r["id"] for r in rows]
    marks = ",".join("?" * len(ids))
    docs = {r[0]: r[1:] for r in db.execute(
        "SELECT sd.story, count(*), min(d.published), max(d.published) FROM story_documents sd"
        f" JOIN documents d ON d.id = sd.doc WHERE sd.story IN ({marks}) GROUP BY sd.story", ids)}
    facts: dict[str, dict[str, int]] = {i: dict.fromkeys(STATUSES, 0) for i in ids}
    for story, status, n in db.execute(
            f"SELECT story, status, count(*) FROM facts WHERE story IN ({marks}) GROUP BY story, status", ids):
        facts[story][status] = n
    conflicts = dict(db.execute(f"SELECT story, count(*) FROM conflicts WHERE story IN ({marks}) GROUP BY story",
                                ids).fetchall())
    items = []
    for r in rows:
        n, first, last = docs.get(r["id"], (0, None, None))
        items.append({"id": r["id"], "title": r["title"], "analyzed_at": r["analyzed_at"],
                      "published": {"first": first, "last": last}, "documents": n, "facts": facts[r["id"]],
                      "conflicts": conflicts.get(r["id"], 0)})
    return items, db.execute("SELECT count(*) FROM stories").fetchone()[0]


def story_hash(db: sqlite3.Connection, story: str) -> str | None:
    """The hash of a story's stored analysis (changes whenever it is re-analyzed), or None if there is none."""
    row = db.execute("SELECT result_hash FROM stories WHERE id = ?", (story,)).fetchone()
    return row[0] if row else None


def story_row(db: sqlite3.Connection, story: str) -> dict[str, Any] | None:
    """One story's summary row (as in `story_rows`), or None when there is no such story."""
    row = db.execute("SELECT id, title, analyzed_at, result_hash FROM stories WHERE id = ?", (story,)).fetchone()
    if row is None:
        return None
    counts = dict(db.execute("SELECT status, count(*) FROM facts WHERE story = ? GROUP BY status", (story,)))
    dates = db.execute("SELECT min(d.published), max(d.published), count(*) FROM documents d"
                       " JOIN story_documents sd ON sd.doc = d.id WHERE sd.story = ?", (story,)).fetchone()
    n = {t: db.execute(f"SELECT count(*) FROM {t} WHERE story = ?", (story,)).fetchone()[0]
         for t in ("entities", "claims", "conflicts", "updates", "events")}
    return {
        "id": row["id"], "title": row["title"], "analyzed_at": row["analyzed_at"], "result_hash": row["result_hash"],
        "published": {"first": dates[0], "last": dates[1]},
        "summary": {"documents": dates[2], "entities": n["entities"], "claims": n["claims"],
                    "facts": {s: counts.get(s, 0) for s in STATUSES}, "conflicts": n["conflicts"],
                    "updates": n["updates"], "events": n["events"]},
    }


def story_titles(db: sqlite3.Connection, ids: list[str]) -> dict[str, str]:
    """Titles of the given stories, by id."""
    marks = ",".join("?" * len(ids))
    return dict(db.execute(f"SELECT id, title FROM stories WHERE id IN ({marks})", ids).fetchall()) if ids else {}


def _doc_dict(r: sqlite3.Row, text: bool) -> dict[str, Any]:
    d = {k: r[k] for k in ("id", "path", "title", "url", "outlet", "published", "published_basis",
                           "published_confidence", "language", "content_hash")}
    if text:
        d["text"] = r["text"]
    d["duplicates"] = json.loads(r["duplicates"])
    return d


def document_rows(db: sqlite3.Connection, story: str, limit: int, offset: int) -> Page:
    """A story's documents without their text (`document` has it), ordered by path as in the report."""
    sql = "SELECT d.* FROM documents d JOIN story_documents s ON s.doc = d.id WHERE s.story = ?"
    rows = db.execute(sql + " ORDER BY d.path LIMIT ? OFFSET ?", (story, limit, offset))
    return [_doc_dict(r, text=False) for r in rows], _count(db, sql, (story,))


def document(db: sqlite3.Connection, doc: str) -> dict[str, Any] | None:
    """One document with its text and the stories it belongs to, or None."""
    row = db.execute("SELECT * FROM documents WHERE id = ?", (doc,)).fetchone()
    if row is None:
        return None
    d = _doc_dict(row, text=True)
    d["stories"] = [r[0] for r in db.execute("SELECT story FROM story_documents WHERE doc = ? ORDER BY story", (doc,))]
    return d


def _claim_dict(r: sqlite3.Row) -> dict[str, Any]:
    return {
        "id": r["id"], "doc": r["doc"], "start": r["start"], "end": r["end"], "text": r["text"],
        "subject": r["subject"], "predicate": r["predicate"], "values": json.loads(r["values"]),
        "entities": json.loads(r["entities"]), "attribution": json.loads(r["attribution"]),
        "modality": r["modality"], "origin": r["origin"], "story": r["story"],
    }


def document_claims(db: sqlite3.Connection, doc: str) -> list[dict[str, Any]]:
    """Every claim found in one document, across stories, in text order."""
    rows = db.execute("SELECT * FROM claims WHERE doc = ? ORDER BY start, end DESC, id", (doc,))
    return [_claim_dict(r) for r in rows]


def claim_rows(db: sqlite3.Connection, story: str, limit: int, offset: int) -> Page:
    """A story's claims in extraction order."""
    sql = "SELECT * FROM claims WHERE story = ?"
    rows = db.execute(sql + " ORDER BY rowid LIMIT ? OFFSET ?", (story, limit, offset))
    return [_claim_dict(r) for r in rows], _count(db, sql, (story,))


def fact_rows(db: sqlite3.Connection, story: str, limit: int, offset: int, status: str | None = None) -> Page:
    """A story's facts (optionally of one status) with their claim ids, in the analysis's order."""
    sql, args = "SELECT * FROM facts WHERE story = ?", (story,)
    if status:
        sql, args = sql + " AND status = ?", (story, status)
    rows = db.execute(sql + " ORDER BY rowid LIMIT ? OFFSET ?", (*args, limit, offset)).fetchall()
    members: dict[str, list[str]] = {r["id"]: [] for r in rows}
    if rows:
        marks = ",".join("?" * len(rows))
        for r in db.execute(f"SELECT fact, claim FROM fact_claims WHERE story = ? AND fact IN ({marks})"
                            " ORDER BY rowid", (story, *members)):
            members[r["fact"]].append(r["claim"])
    items = [{"id": r["id"], "status": r["status"], "claims": members[r["id"]], "label": r["label"],
              "origins": json.loads(r["origins"]), "explanation": r["explanation"]} for r in rows]
    return items, _count(db, sql, args)


def conflict_rows(db: sqlite3.Connection, story: str, limit: int, offset: int) -> Page:
    """A story's conflicts, each with its sides."""
    sql = "SELECT * FROM conflicts WHERE story = ?"
    rows = db.execute(sql + " ORDER BY rowid LIMIT ? OFFSET ?", (story, limit, offset))
    items = [{"id": r["id"], "kind": r["kind"], "sides": json.loads(r["sides"]), "explanation": r["explanation"],
              "fact": r["fact"]} for r in rows]
    return items, _count(db, sql, (story,))


def update_rows(db: sqlite3.Connection, story: str, limit: int, offset: int) -> Page:
    """A story's updates: a figure a later article gives as an update, and the earlier one it replaces."""
    sql = "SELECT * FROM updates WHERE story = ?"
    rows = db.execute(sql + " ORDER BY rowid LIMIT ? OFFSET ?", (story, limit, offset))
    items = [{"id": r["id"], "earlier": json.loads(r["earlier"]), "later": json.loads(r["later"]),
              "explanation": r["explanation"], "fact": r["fact"]} for r in rows]
    return items, _count(db, sql, (story,))


def event_rows(db: sqlite3.Connection, story: str, limit: int, offset: int) -> Page:
    """A story's dated events."""
    sql = "SELECT * FROM events WHERE story = ?"
    rows = db.execute(sql + " ORDER BY rowid LIMIT ? OFFSET ?", (story, limit, offset))
    items = [{"id": r["id"], "label": r["label"], "date": json.loads(r["date"]), "claims": json.loads(r["claims"]),
              "documents": json.loads(r["documents"])} for r in rows]
    return items, _count(db, sql, (story,))


def _entity_dict(r: sqlite3.Row) -> dict[str, Any]:
    return {"id": r["id"], "name": r["name"], "type": r["type"], "aliases": json.loads(r["aliases"]),
            "region": r["region"], "country": r["country"], "mention_count": r["mention_count"]}


def entity_rows(db: sqlite3.Connection, story: str, limit: int, offset: int) -> Page:
    """A story's entities with how often each is mentioned (the mentions themselves are not listed)."""
    sql = "SELECT * FROM entities WHERE story = ?"
    rows = db.execute(
        "SELECT e.*, (SELECT count(*) FROM mentions m WHERE m.story = e.story AND m.entity = e.id) AS mention_count"
        " FROM entities e WHERE e.story = ? ORDER BY e.rowid LIMIT ? OFFSET ?", (story, limit, offset))
    return [_entity_dict(r) for r in rows], _count(db, sql, (story,))


def fts_query(text: str) -> str:
    """User text as a safe FTS5 query: each word a quoted phrase (so no operator syntax), all required."""
    words = re.findall(r"\w+", text)
    return " ".join('"' + w + '"' for w in words)


def search_claims(db: sqlite3.Connection, match: str, limit: int, offset: int) -> Page:
    """Claims whose text matches an FTS5 query, best first; raises sqlite3.OperationalError on bad syntax."""
    sql = "SELECT rowid FROM claims_fts WHERE claims_fts MATCH ?"
    rows = db.execute("SELECT c.* FROM claims_fts f JOIN claims c ON c.rowid = f.rowid WHERE claims_fts MATCH ?"
                      " ORDER BY f.rank LIMIT ? OFFSET ?", (match, limit, offset))
    return [_claim_dict(r) for r in rows], _count(db, sql, (match,))


def search_entities(db: sqlite3.Connection, match: str, limit: int, offset: int) -> Page:
    """Entities whose name or aliases match an FTS5 query, best first; raises on bad syntax."""
    sql = "SELECT rowid FROM entities_fts WHERE entities_fts MATCH ?"
    rows = db.execute(
        "SELECT e.*, (SELECT count(*) FROM mentions m WHERE m.story = e.story AND m.entity = e.id) AS mention_count"
        " FROM entities_fts f JOIN entities e ON e.rowid = f.rowid WHERE entities_fts MATCH ?"
        " ORDER BY f.rank LIMIT ? OFFSET ?", (match, limit, offset))
    return [{**_entity_dict(r), "story": r["story"]} for r in rows], _count(db, sql, (match,))
