"""Shared fixtures: the spaCy model is loaded once per test session (as the pipeline does per process)."""

from __future__ import annotations

import pytest

from storyline.annotate import annotate_one
from storyline.models import Annotation, Document


@pytest.fixture(scope="session")
def annotated():
    """Annotate a small text as a Document with the given id/outlet; returns (doc, annotation)."""

    def make(text: str, doc_id: str = "d1", outlet: str = "", published: str | None = None,
             path: str | None = None) -> tuple[Document, Annotation]:
        doc = Document(id=doc_id, path=path or f"{doc_id}.txt", text=text, outlet=outlet, published=published,
                       content_hash=doc_id)
        return doc, annotate_one(doc)

    return make
