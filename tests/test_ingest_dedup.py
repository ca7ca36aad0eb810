"""Duplicate folding: exact and near duplicates fold into one kept Document; distinct articles stay apart."""

from __future__ import annotations

import random

from storyline.ingest import fold_duplicates
from storyline.ingest.dedup import jaccard, shingles
from storyline.ingest.text import content_hash
from storyline.models import Document

WORDS = [
    "ship",
    "bridge",
    "river",
    "port",
    "crew",
    "power",
    "pilot",
    "harbour",
    "tuesday",
    "workers",
    "divers",
    "search",
    "rescue",
    "collapse",
    "steel",
    "officials",
    "governor",
    "mayor",
    "coast",
    "guard",
    "water",
    "cold",
    "night",
    "morning",
    "container",
    "vessel",
    "anchor",
    "engine",
    "radio",
    "traffic",
    "police",
    "city",
    "state",
    "federal",
    "agency",
    "report",
    "video",
    "footage",
    "lights",
    "smoke",
    "fire",
    "truck",
    "road",
    "span",
]


def article(seed: int, length: int = 300) -> str:
    rng = random.Random(seed)
    return " ".join(rng.choice(WORDS) for _ in range(length)) + "."


def doc(path: str, text: str, published: str | None = None) -> Document:
    digest = content_hash(text)
    return Document(id=digest[:12], path=path, text=text, published=published, content_hash=digest)


def edit(text: str, every: int) -> str:
    """Change one word in every `every` words: a light rewrite of the same article."""
    words = text.split()
    return " ".join("CHANGED" if i % every == 0 else w for i, w in enumerate(words))


def test_exact_duplicates_fold_into_earliest_published():
    text = article(1)
    docs = [doc("b.txt", text, "2024-03-27"), doc("a.txt", text, "2024-03-26"), doc("c.txt", article(2))]
    out = fold_duplicates(docs)
    assert [d.path for d in out] == ["a.txt", "c.txt"]
    assert out[0].duplicates == ["b.txt"]
    assert out[1].duplicates == []


def test_exact_duplicates_differing_only_in_case_and_spacing_share_a_hash():
    assert content_hash("The Ship  hit\nthe bridge.") == content_hash("the ship hit the bridge.")
    assert content_hash("The ship hit the bridge.") != content_hash("The ship hit the pier.")


def test_undated_loses_to_dated_and_path_breaks_ties():
    text = article(3)
    out = fold_duplicates(
        [doc("z.txt", text), doc("y.txt", text, "2024-03-28"), doc("x.txt", text, "2024-03-28")]
    )
    assert [d.path for d in out] == ["x.txt"]
    assert out[0].duplicates == ["y.txt", "z.txt"]


def test_near_duplicate_folds_and_keeps_both_sources_on_record():
    original = article(4)
    rewrite = edit(original, 40)  # a few words changed
    assert jaccard(shingles(original), shingles(rewrite)) >= 0.8
    out = fold_duplicates([doc("wire.txt", original, "2024-03-26"), doc("copy.txt", rewrite, "2024-03-27")])
    assert len(out) == 1 and out[0].path == "wire.txt" and out[0].duplicates == ["copy.txt"]


def test_same_story_rewritten_is_not_folded():
    original = article(5)
    rewrite = edit(original, 4)  # a quarter of the words changed: related, not a duplicate
    assert jaccard(shingles(original), shingles(rewrite)) < 0.8
    out = fold_duplicates([doc("a.txt", original), doc("b.txt", rewrite)])
    assert [d.duplicates for d in out] == [[], []]


def test_distinct_articles_kept_apart_and_in_input_order():
    docs = [doc(f"{i:02d}.txt", article(100 + i)) for i in range(20)]
    out = fold_duplicates(list(reversed(docs)))
    assert [d.path for d in out] == [d.path for d in reversed(docs)]
    assert all(not d.duplicates for d in out)


def test_folding_is_transitive_and_deterministic():
    base = article(6, 600)
    docs = [doc("a.txt", base), doc("b.txt", edit(base, 50)), doc("c.txt", edit(edit(base, 50), 47))]
    first = fold_duplicates(docs)
    again = fold_duplicates(list(reversed(docs)))
    assert [(d.path, d.duplicates) for d in first] == [("a.txt", ["b.txt", "c.txt"])]
    assert [(d.path, d.duplicates) for d in again] == [("a.txt", ["b.txt", "c.txt"])]


def test_inputs_are_not_mutated_and_earlier_folds_are_carried():
    text = article(7)
    kept = doc("a.txt", text)
    kept.duplicates = ["old.txt"]
    other = doc("b.txt", text)
    out = fold_duplicates([kept, other])
    assert out[0].duplicates == ["old.txt", "b.txt"]
    assert kept.duplicates == ["old.txt"] and other.duplicates == []


def test_short_texts_fold_only_when_equal_in_words():
    out = fold_duplicates(
        [doc("a.txt", "Ship hits bridge."), doc("b.txt", "Ship hits pier."), doc("c.txt", "ship HITS bridge")]
    )
    assert [(d.path, d.duplicates) for d in out] == [("a.txt", ["c.txt"]), ("b.txt", [])]


def test_scales_to_thousands():
    size = 3000
    docs = [doc(f"{i:05d}.txt", article(10_000 + i, 200)) for i in range(size)]
    docs.append(doc("copy.txt", edit(docs[1234].text, 60)))
    out = fold_duplicates(docs)
    assert len(out) == size
    assert next(d for d in out if d.path == "01234.txt").duplicates == ["copy.txt"]
