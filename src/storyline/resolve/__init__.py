"""Resolve stage: one Entity per real-world thing across documents, plus within-document coreference."""

from storyline.resolve.cluster import resolve_entities
from storyline.resolve.coref import coref_mentions

__all__ = ["coref_mentions", "resolve_entities"]
