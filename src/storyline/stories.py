"""Stories stage: documents about the same happening, grouped by the names they share.

Documents are compared by TF-IDF over the entities they mention (resolved entity ids when the resolve
stage has run, so "Moscú" meets "Moscow"; else transliterated, lowercased names) and clustered with
average linkage. Names carry a story across
languages better than words do, and the comparison needs nothing beyond the annotate stage.
"""

from __future__ import annotations

import hashlib
import math
import re
from collections import Counter, defaultdict

import numpy as np
from anyascii import anyascii

from storyline.models import Annotation, Document
from storyline.unionfind import UnionFind

SAME_STORY = 0.18  # average cosine of name vectors at which documents tell one story
SAME_STORY_SPARSE = 0.3  # pairwise cosine that links two documents when there are too many to cluster
DENSE_LIMIT = 4000


def _key(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", anyascii(text).lower()).strip()


def _vectors(annotations: list[Annotation]) -> list[dict[str, float]]:
    bags = [Counter(m.entity or _key(m.text) for m in a.mentions if m.entity or _key(m.text)) for a in annotations]
    df = Counter(k for bag in bags for k in bag)
    n = len(bags)
    vectors = []
    for bag in bags:
        vec = {k: (1 + math.log(c)) * (math.log((1 + n) / (1 + df[k])) + 1.0) for k, c in bag.items() if df[k] > 1}
        norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
        vectors.append({k: v / norm for k, v in vec.items()})
    return vectors


def group_documents(docs: list[Document], annotations: list[Annotation]) -> list[list[int]]:
    """Indices of documents grouped into stories, largest story first.

    Average-linkage clustering: a document joins a story when it shares enough names with the story's
    documents on average, so a few names common to many stories (a country, a capital) cannot chain two
    stories together as single links would. Above DENSE_LIMIT documents the dense distance matrix is
    too large and linked pairs above SAME_STORY_SPARSE form the stories instead.
    """
    if len(docs) <= 1:
        return [list(range(len(docs)))] if docs else []
    vectors = _vectors(annotations)
    if len(docs) > DENSE_LIMIT:
        return _linked(vectors, SAME_STORY_SPARSE)
    from scipy.cluster.hierarchy import fcluster, linkage
    from scipy.spatial.distance import squareform

    vocab: dict[str, int] = {}
    matrix = np.zeros((len(vectors), 1 + sum(len(v) for v in vectors)), dtype=np.float32)
    for i, vec in enumerate(vectors):
        for key, weight in vec.items():
            matrix[i, vocab.setdefault(key, len(vocab))] = weight
    matrix = matrix[:, : max(1, len(vocab))]
    distance = np.clip(1.0 - matrix @ matrix.T, 0.0, 1.0)
    np.fill_diagonal(distance, 0.0)
    labels = fcluster(linkage(squareform(distance, checks=False), "average"), 1.0 - SAME_STORY, "distance")
    uf = UnionFind(range(len(docs)))
    first: dict[int, int] = {}
    for i, label in enumerate(labels):
        uf.union(first.setdefault(int(label), i), i)
    return sorted(uf.groups(), key=lambda g: (-len(g), g[0]))


def _linked(vectors: list[dict[str, float]], threshold: float) -> list[list[int]]:
    """Connected components of documents whose name vectors' cosine clears a threshold."""
    uf = UnionFind(range(len(vectors)))
    index: dict[str, list[int]] = defaultdict(list)
    for i, vec in enumerate(vectors):
        for k in vec:
            index[k].append(i)
    for i, vec in enumerate(vectors):
        for j in sorted({j for k in vec for j in index[k] if j > i}):
            if sum(v * vectors[j].get(k, 0.0) for k, v in vec.items()) >= threshold:
                uf.union(i, j)
    return sorted(uf.groups(), key=lambda g: (-len(g), g[0]))


def story_id(docs: list[Document]) -> str:
    """A story's id follows from its documents' content hashes."""
    return "s" + hashlib.sha1("\n".join(sorted(d.content_hash or d.id for d in docs)).encode()).hexdigest()[:10]


def story_title(docs: list[Document]) -> str:
    """The earliest-published document's title (ties: the first by path) names the story."""
    dated = sorted(docs, key=lambda d: (d.published or "9999", d.path))
    return next((d.title for d in dated if d.title), dated[0].text[:80] if dated else "")
