"""Stories stage: documents about the same happening, grouped by the names they share.

Documents are compared by TF-IDF over the entity names they mention (transliterated, lowercased);
connected components above a similarity threshold form stories. Names carry a story across
languages better than words do, and the comparison needs nothing beyond the annotate stage.
"""

from __future__ import annotations

import hashlib
import math
import re
from collections import Counter, defaultdict

from anyascii import anyascii

from storyline.models import Annotation, Document
from storyline.unionfind import UnionFind

SAME_STORY = 0.12


def _key(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", anyascii(text).lower()).strip()


def _vectors(annotations: list[Annotation]) -> list[dict[str, float]]:
    bags = [Counter(_key(m.text) for m in a.mentions if _key(m.text)) for a in annotations]
    df = Counter(k for bag in bags for k in bag)
    n = len(bags)
    vectors = []
    for bag in bags:
        vec = {k: (1 + math.log(c)) * math.log((1 + n) / (1 + df[k])) + 1e-9 for k, c in bag.items() if df[k] > 1}
        norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
        vectors.append({k: v / norm for k, v in vec.items()})
    return vectors


def group_documents(docs: list[Document], annotations: list[Annotation]) -> list[list[int]]:
    """Indices of documents grouped into stories, largest story first."""
    if len(docs) <= 1:
        return [list(range(len(docs)))] if docs else []
    vectors = _vectors(annotations)
    uf = UnionFind(range(len(docs)))
    index: dict[str, list[int]] = defaultdict(list)
    for i, vec in enumerate(vectors):
        for k in vec:
            index[k].append(i)
    for i, vec in enumerate(vectors):
        for j in sorted({j for k in vec for j in index[k] if j > i}):
            sim = sum(v * vectors[j].get(k, 0.0) for k, v in vec.items())
            if sim >= SAME_STORY:
                uf.union(i, j)
    return sorted(uf.groups(), key=lambda g: (-len(g), g[0]))


def story_id(docs: list[Document]) -> str:
    """A story's id follows from its documents' content hashes."""
    return "s" + hashlib.sha1("\n".join(sorted(d.content_hash or d.id for d in docs)).encode()).hexdigest()[:10]


def story_title(docs: list[Document]) -> str:
    """The earliest-published document's title (ties: the first by path) names the story."""
    dated = sorted(docs, key=lambda d: (d.published or "9999", d.path))
    return next((d.title for d in dated if d.title), dated[0].text[:80] if dated else "")
