"""Store edge: migrations, idempotent writes, transactions and a faithful round trip."""

from __future__ import annotations

import sqlite3

import pytest

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
from storyline.store import Store


def sample_story() -> Story:
    doc = Document(id="d1", path="a.txt", text="Kyiv said 60 people died.", outlet="Alpha", content_hash="h1",
                   published="2024-03-23", published_basis="header", published_confidence=1.0)
    mention = Mention(id="d1:m0", doc="d1", start=0, end=4, text="Kyiv", label="GPE", entity="e:kyiv")
    claim = Claim(id="d1:c0", doc="d1", start=0, end=25, text=doc.text, attribution=["Alpha", "Kyiv"],
                  modality="reported", origin="kyiv", entities=["e:kyiv"],
                  values=[Value(kind="number", text="60", start=10, end=12, normalized="60", unit="people",
                                measure="killed", lower=60, upper=60)])
    return Story(
        id="s1", title="T", documents=[doc],
        entities=[Entity(id="e:kyiv", name="Kyiv", type="GPE", aliases=["Kyiv", "Kiev"], mentions=[mention])],
        claims=[claim],
        facts=[Fact(id="f1", status="single_source", claims=["d1:c0"], label=claim.text, origins=["kyiv"])],
        conflicts=[Conflict(id="x1", kind="number", explanation="e",
                            sides=[ConflictSide(value="60", claims=["d1:c0"])])],
        events=[Event(id="v1", label="l", date={"value": "2024-03-22", "precision": "day"}, claims=["d1:c0"],
                      documents=["d1"])],
        updates=[Update(id="u1", explanation="93 is given as an update of 60",
                        earlier=ConflictSide(value="60", claims=["d1:c0"]),
                        later=ConflictSide(value="93", claims=["d1:c0"]))],
    )


def test_migrations_set_the_schema_version(tmp_path):
    store = Store(tmp_path / "s.db")
    version = store.version
    assert version >= 1
    tables = {r[0] for r in store.db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"documents", "stories", "claims", "facts", "conflicts", "updates", "events", "entities",
            "mentions"} <= tables
    store.close()
    again = Store(tmp_path / "s.db")  # reopening applies nothing twice
    assert again.version == version


def test_story_round_trip_is_faithful(tmp_path):
    store = Store(tmp_path / "s.db")
    story = sample_story()
    store.add_documents(story.documents)
    assert store.save_story(story) is True
    assert store.load_story("s1") == story


def test_same_input_changes_nothing(tmp_path):
    store = Store(tmp_path / "s.db")
    story = sample_story()
    assert store.add_documents(story.documents) == 1
    assert store.add_documents(story.documents) == 0
    store.save_story(story)
    stamp = store.db.execute("SELECT analyzed_at FROM stories").fetchone()[0]
    assert store.save_story(sample_story()) is False
    assert store.db.execute("SELECT analyzed_at FROM stories").fetchone()[0] == stamp


def test_failed_write_rolls_back_and_keeps_committed_data(tmp_path):
    store = Store(tmp_path / "s.db")
    story = sample_story()
    store.add_documents(story.documents)
    store.save_story(story)
    broken = sample_story()
    broken.title = "changed"
    broken.facts[0].status = "not-a-status"  # violates the CHECK constraint mid-transaction
    with pytest.raises(sqlite3.IntegrityError):
        store.save_story(broken)
    assert store.load_story("s1") == story


def test_duplicate_text_under_another_path_is_recorded(tmp_path):
    store = Store(tmp_path / "s.db")
    doc = sample_story().documents[0]
    store.add_documents([doc])
    copy = Document(**{**doc.to_dict(), "path": "copy/a.txt"})
    assert store.add_documents([copy]) == 0
    assert store.document("d1").duplicates == ["copy/a.txt"]


def test_a_version_2_database_is_upgraded_in_place(tmp_path):
    import sqlite3 as sq

    from storyline.store import _migrations

    path = tmp_path / "old.db"
    db = sq.connect(path)
    for number, sql in _migrations():
        if number <= 2:
            db.executescript(sql)
    db.execute("PRAGMA user_version = 2")
    db.commit()
    db.close()
    store = Store(path)
    assert store.version >= 3
    story = sample_story()
    story.claims[0].sentence = 4
    store.add_documents(story.documents)
    store.save_story(story)
    assert store.load_story("s1").claims[0].sentence == 4
