"""Storage edge: one SQLite file holds documents and each story's analysis.

Schema changes are numbered SQL files in `migrations/`, applied in order and recorded in
`PRAGMA user_version`. Every write is one transaction: a run killed at any point leaves what it
committed intact, and re-running the same input changes nothing (documents are keyed by content hash,
stories by a hash of their analysis).
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path

from storyline.models import (
    Claim,
    Conflict,
    ConflictSide,
    Document,
    Entity,
    Event,
    Fact,
    Mention,
    Story,
    Update,
    Value,
)


def _migrations() -> list[tuple[int, str]]:
    folder = resources.files("storyline.store") / "migrations"
    found = []
    for f in folder.iterdir():
        if f.name.endswith(".sql"):
            found.append((int(f.name.split("_", 1)[0]), f.read_text(encoding="utf-8")))
    return sorted(found)


class Store:
    """A Storyline database: `Store("storyline.db")`, or `Store(":memory:")` in tests."""

    def __init__(self, path: str | Path = "storyline.db") -> None:
        self.path = str(path)
        self.db = sqlite3.connect(self.path, check_same_thread=False)
        self.db.row_factory = sqlite3.Row
        self.db.execute("PRAGMA foreign_keys = ON")
        if self.path != ":memory:":
            self.db.execute("PRAGMA journal_mode = WAL")
        self.migrate()

    def close(self) -> None:
        self.db.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One atomic write: everything inside commits together or not at all."""
        try:
            self.db.execute("BEGIN")
            yield self.db
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise

    @property
    def version(self) -> int:
        return self.db.execute("PRAGMA user_version").fetchone()[0]

    def migrate(self) -> None:
        """Apply every migration newer than the file's version, each in its own transaction."""
        self.db.isolation_level = None  # explicit transactions only
        for number, sql in _migrations():
            if number <= self.version:
                continue
            with self.transaction() as db:
                for statement in sql.split(";\n"):
                    if statement.strip():
                        db.execute(statement)
                db.execute(f"PRAGMA user_version = {number:d}")

    # -- documents ------------------------------------------------------------------------------

    def add_documents(self, docs: Iterable[Document]) -> int:
        """Insert documents not yet stored (by content hash); return how many were new."""
        new = 0
        with self.transaction() as db:
            for d in docs:
                cur = db.execute(
                    "INSERT INTO documents (id, path, url, outlet, title, published, published_basis,"
                    " published_confidence, language, content_hash, text, duplicates)"
                    " VALUES (?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT(content_hash) DO NOTHING",
                    (d.id, d.path, d.url, d.outlet, d.title, d.published, d.published_basis,
                     d.published_confidence, d.language, d.content_hash, d.text, json.dumps(d.duplicates)),
                )
                new += cur.rowcount
                if not cur.rowcount:  # known text: keep the union of the paths it was seen under
                    row = db.execute("SELECT path, duplicates FROM documents WHERE id = ?", (d.id,)).fetchone()
                    if row:
                        seen = set(json.loads(row["duplicates"])) | set(d.duplicates)
                        if d.path != row["path"]:
                            seen.add(d.path)
                        db.execute("UPDATE documents SET duplicates = ? WHERE id = ? AND duplicates != ?",
                                   (json.dumps(sorted(seen)), d.id, json.dumps(sorted(seen))))
        return new

    def document(self, doc_id: str) -> Document | None:
        row = self.db.execute("SELECT * FROM documents WHERE id = ?", (doc_id,)).fetchone()
        return _document(row) if row else None

    def documents(self) -> list[Document]:
        return [_document(r) for r in self.db.execute("SELECT * FROM documents ORDER BY path")]

    # -- stories --------------------------------------------------------------------------------

    def save_story(self, story: Story) -> bool:
        """Replace a story's analysis in one transaction; return False when nothing changed."""
        digest = story_hash(story)
        row = self.db.execute("SELECT result_hash FROM stories WHERE id = ?", (story.id,)).fetchone()
        if row and row["result_hash"] == digest:
            return False
        now = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        sid = story.id
        with self.transaction() as db:
            db.execute("DELETE FROM stories WHERE id = ?", (sid,))
            db.execute("INSERT INTO stories (id, title, result_hash, analyzed_at) VALUES (?,?,?,?)",
                       (sid, story.title, digest, now))
            db.executemany("INSERT INTO story_documents (story, doc) VALUES (?,?)",
                           [(sid, d.id) for d in story.documents])
            for e in story.entities:
                db.execute("INSERT INTO entities (id, story, name, type, aliases, region, country)"
                           " VALUES (?,?,?,?,?,?,?)",
                           (e.id, sid, e.name, e.type, json.dumps(e.aliases), e.region, e.country))
                db.executemany(
                    "INSERT INTO mentions (id, story, doc, entity, start, end, text, label, sentence)"
                    " VALUES (?,?,?,?,?,?,?,?,?)",
                    [(m.id, sid, m.doc, e.id, m.start, m.end, m.text, m.label, m.sentence) for m in e.mentions],
                )
            db.executemany(
                'INSERT INTO claims (id, story, doc, start, end, text, subject, predicate, modality, origin,'
                ' attribution, "values", entities, sentence) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)',
                [(c.id, sid, c.doc, c.start, c.end, c.text, c.subject, c.predicate, c.modality, c.origin,
                  json.dumps(c.attribution), json.dumps([v.to_dict() for v in c.values]),
                  json.dumps(c.entities), c.sentence) for c in story.claims],
            )
            for f in story.facts:
                db.execute("INSERT INTO facts (id, story, status, label, origins, explanation) VALUES (?,?,?,?,?,?)",
                           (f.id, sid, f.status, f.label, json.dumps(f.origins), f.explanation))
                db.executemany("INSERT INTO fact_claims (story, fact, claim) VALUES (?,?,?)",
                               [(sid, f.id, c) for c in f.claims])
            db.executemany(
                "INSERT INTO conflicts (id, story, fact, kind, explanation, sides) VALUES (?,?,?,?,?,?)",
                [(c.id, sid, c.fact, c.kind, c.explanation, json.dumps([s.to_dict() for s in c.sides]))
                 for c in story.conflicts],
            )
            db.executemany(
                "INSERT INTO updates (id, story, fact, explanation, earlier, later) VALUES (?,?,?,?,?,?)",
                [(u.id, sid, u.fact, u.explanation, json.dumps(u.earlier.to_dict()), json.dumps(u.later.to_dict()))
                 for u in story.updates],
            )
            db.executemany(
                "INSERT INTO events (id, story, label, date, claims, documents) VALUES (?,?,?,?,?,?)",
                [(e.id, sid, e.label, json.dumps(e.date), json.dumps(e.claims), json.dumps(e.documents))
                 for e in story.events],
            )
        return True

    def story_ids(self) -> list[str]:
        return [r[0] for r in self.db.execute("SELECT id FROM stories ORDER BY analyzed_at, id")]

    def load_story(self, story_id: str) -> Story | None:
        """Read a whole story back into records, as the analysis produced it."""
        db = self.db
        row = db.execute("SELECT * FROM stories WHERE id = ?", (story_id,)).fetchone()
        if row is None:
            return None
        docs = [_document(r) for r in db.execute(
            "SELECT d.* FROM documents d JOIN story_documents s ON s.doc = d.id WHERE s.story = ?"
            " ORDER BY d.path", (story_id,))]
        mentions: dict[str, list[Mention]] = {}
        for r in db.execute("SELECT * FROM mentions WHERE story = ? ORDER BY rowid", (story_id,)):
            mentions.setdefault(r["entity"], []).append(
                Mention(id=r["id"], doc=r["doc"], start=r["start"], end=r["end"], text=r["text"],
                        label=r["label"], sentence=r["sentence"], entity=r["entity"]))
        entities = [
            Entity(id=r["id"], name=r["name"], type=r["type"], aliases=json.loads(r["aliases"]),
                   mentions=mentions.get(r["id"], []), region=r["region"], country=r["country"])
            for r in db.execute("SELECT * FROM entities WHERE story = ? ORDER BY rowid", (story_id,))
        ]
        claims = [
            Claim(id=r["id"], doc=r["doc"], start=r["start"], end=r["end"], text=r["text"], subject=r["subject"],
                  predicate=r["predicate"], modality=r["modality"], origin=r["origin"],
                  attribution=json.loads(r["attribution"]),
                  values=[Value(**v) for v in json.loads(r["values"])], entities=json.loads(r["entities"]),
                  sentence=r["sentence"])
            for r in db.execute("SELECT * FROM claims WHERE story = ? ORDER BY rowid", (story_id,))
        ]
        members: dict[str, list[str]] = {}
        for r in db.execute("SELECT fact, claim FROM fact_claims WHERE story = ? ORDER BY rowid", (story_id,)):
            members.setdefault(r["fact"], []).append(r["claim"])
        facts = [
            Fact(id=r["id"], status=r["status"], claims=members.get(r["id"], []), label=r["label"],
                 origins=json.loads(r["origins"]), explanation=r["explanation"])
            for r in db.execute("SELECT * FROM facts WHERE story = ? ORDER BY rowid", (story_id,))
        ]
        conflicts = [
            Conflict(id=r["id"], kind=r["kind"], explanation=r["explanation"], fact=r["fact"],
                     sides=[ConflictSide(**s) for s in json.loads(r["sides"])])
            for r in db.execute("SELECT * FROM conflicts WHERE story = ? ORDER BY rowid", (story_id,))
        ]
        events = [
            Event(id=r["id"], label=r["label"], date=json.loads(r["date"]), claims=json.loads(r["claims"]),
                  documents=json.loads(r["documents"]))
            for r in db.execute("SELECT * FROM events WHERE story = ? ORDER BY rowid", (story_id,))
        ]
        updates = [
            Update(id=r["id"], explanation=r["explanation"], fact=r["fact"],
                   earlier=ConflictSide(**json.loads(r["earlier"])), later=ConflictSide(**json.loads(r["later"])))
            for r in db.execute("SELECT * FROM updates WHERE story = ? ORDER BY rowid", (story_id,))
        ]
        return Story(id=story_id, title=row["title"], documents=docs, entities=entities, claims=claims,
                     facts=facts, conflicts=conflicts, events=events, updates=updates)


def story_hash(story: Story) -> str:
    """A digest of everything the analysis says about a story: equal input gives an equal digest."""
    return hashlib.sha256(json.dumps(story.to_dict(), sort_keys=True, default=str).encode()).hexdigest()


def _document(row: sqlite3.Row) -> Document:
    return Document(
        id=row["id"], path=row["path"], text=row["text"], title=row["title"], url=row["url"],
        outlet=row["outlet"], published=row["published"], published_basis=row["published_basis"],
        published_confidence=row["published_confidence"], language=row["language"],
        content_hash=row["content_hash"], duplicates=json.loads(row["duplicates"]),
    )
