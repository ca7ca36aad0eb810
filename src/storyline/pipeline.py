"""The whole pipeline, stage after stage: ingest -> annotate -> time -> resolve -> stories -> claims -> reconcile.

This module only orders the stages and hands records from one to the next; each stage is a plain
function that can be run and tested on its own. Storage is optional and sits at the edge: with a Store,
documents are committed right after ingest and each story in its own transaction once reconciled.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from storyline import timex
from storyline.annotate import annotate
from storyline.claims import extract_claims
from storyline.embeddings import sentence_vectors
from storyline.ingest import fold_duplicates, read_paths
from storyline.models import Annotation, Document, Entity, IngestError, Story
from storyline.reconcile import reconcile
from storyline.reconcile.facts import statements
from storyline.reconcile.origins import outlet_of
from storyline.resolve import resolve_entities
from storyline.store import Store
from storyline.stories import group_documents, story_id, story_title
from storyline.timex.published import infer_published

Progress = Callable[[str, int, int], None]  # (stage, done, total)


@dataclass
class Analysis:
    """What one run produced: the stories, the inputs that failed, and where the time went."""

    stories: list[Story] = field(default_factory=list)
    errors: list[IngestError] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)
    folded: int = 0  # duplicates folded into kept documents

    @property
    def documents(self) -> list[Document]:
        return [d for s in self.stories for d in s.documents]

    def to_dict(self) -> dict[str, Any]:
        """The JSON report (contract: docs/report.md)."""
        from storyline.report import report_dict

        return report_dict(self)


class _Clock:
    def __init__(self, timings: dict[str, float]) -> None:
        self.timings = timings

    def __call__(self, stage: str):
        clock = self

        class _Timer:
            def __enter__(self):
                self.t0 = time.perf_counter()

            def __exit__(self, *exc):
                clock.timings[stage] = clock.timings.get(stage, 0.0) + time.perf_counter() - self.t0

        return _Timer()


def analyze(
    paths: Iterable[str | Path],
    store: Store | None = None,
    progress: Progress | None = None,
    embeddings: bool = True,
    encoder: str | None = None,
) -> Analysis:
    """Run every stage over files and folders; return the stories found in them.

    `embeddings=False` groups facts on words and anchors alone, at some cost in paraphrases recognized;
    `encoder` picks the sentence encoder (static or minilm; default: STORYLINE_EMBEDDINGS, else static).
    """
    result = Analysis()
    clock = _Clock(result.timings)
    with clock("ingest"):
        docs: list[Document] = []
        for item in read_paths(paths):
            (result.errors if isinstance(item, IngestError) else docs).append(item)  # type: ignore[arg-type]
        kept = fold_duplicates(docs)
        result.folded = len(docs) - len(kept)
        docs = [date_document(d) for d in kept]
    if store is not None:
        with clock("store"):
            store.add_documents(docs)
    annotations: list[Annotation] = []
    with clock("annotate"):
        for i, a in enumerate(annotate(docs), 1):
            annotations.append(a)
            if progress:
                progress("annotate", i, len(docs))
    with clock("time"):
        for d, a in zip(docs, annotations, strict=True):
            a.timexes = timex.tag(d.text, d.published, doc=d.id, lang=d.language)
    with clock("resolve"):  # across all documents: one entity per thing in the whole batch, whatever story
        entities = resolve_entities(docs, annotations)
    with clock("stories"):
        groups = group_documents(docs, annotations)
    for g in groups:
        try:
            story = analyze_story([docs[i] for i in g], [annotations[i] for i in g], clock, embeddings,
                                  entities, encoder)
            if store is not None:
                with clock("store"):
                    store.save_story(story)
        except Exception as exc:  # noqa: BLE001 - one story's failure must not sink the batch
            first = docs[g[0]].path or docs[g[0]].id
            where = f"{first} (and {len(g) - 1} more in its story)" if len(g) > 1 else first
            result.errors.append(IngestError(path=where, problem=f"story failed: {type(exc).__name__}: {exc}"))
        else:
            result.stories.append(story)
        if progress:
            progress("reconcile", len(result.stories), len(groups))
    return result


def story_entities(entities: list[Entity], docs: list[Document]) -> list[Entity]:
    """The entities a story's documents mention, each with only the mentions in those documents."""
    ids = {d.id for d in docs}
    out = []
    for e in entities:
        mentions = [m for m in e.mentions if m.doc in ids]
        if mentions:
            out.append(replace(e, mentions=mentions))
    return out


def date_document(doc: Document) -> Document:
    """A document without a known publication date gets one inferred from its text, with the basis."""
    if doc.published:
        return doc
    value, basis, confidence = infer_published(doc.text, doc.title, lang=doc.language)
    if value is None:
        return doc
    return replace(doc, published=value, published_basis=basis, published_confidence=confidence)


def story_anchor(docs: list[Document]) -> dict[str, tuple[str, str]]:
    """For each article without a publication date, the date its relative dates are read against.

    That is the latest day-dated article of its story (with that article's outlet, for the record): an
    undated article in a story is most often a later report of it, and "on Sunday" or "Friday's attack"
    then resolve within the story's own week. Articles with a date of their own are not listed.
    """
    dated = sorted((d.published, outlet_of(d)) for d in docs if d.published and len(d.published) == 10)
    if not dated:
        return {}
    return {d.id: dated[-1] for d in docs if not d.published}


def analyze_story(docs: list[Document], annotations: list[Annotation], clock: _Clock | None = None,
                  embeddings: bool = True, entities: list[Entity] | None = None,
                  encoder: str | None = None) -> Story:
    """Extract and reconcile one story's documents (annotated; resolved unless `entities` is None)."""
    clock = clock or _Clock({})
    with clock("resolve"):
        entities = story_entities(entities, docs) if entities is not None else resolve_entities(docs, annotations)
    undated = story_anchor(docs)
    if undated:
        with clock("time"):  # an undated article reads its relative dates against the story's latest dated one
            for d, a in zip(docs, annotations, strict=True):
                if d.id in undated:
                    a.timexes = timex.tag(d.text, undated[d.id][0], doc=d.id, lang=d.language)
    with clock("claims"):
        claims = []
        types = {e.id: e.type for e in entities}
        for d, a in zip(docs, annotations, strict=True):
            claims += extract_claims(d, a, outlet_of(d), types)
    with clock("embed"):
        vectors = sentence_vectors(statements(claims), encoder=encoder) if claims and embeddings else None
    with clock("reconcile"):
        found = reconcile(docs, claims, vectors, undated, entities)
    return Story(
        id=story_id(docs), title=story_title(docs), documents=sorted(docs, key=lambda d: d.path),
        entities=entities, claims=claims, facts=found.facts, conflicts=found.conflicts, events=found.events,
        updates=found.updates,
    )
