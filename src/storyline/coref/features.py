"""Pairwise features for every pair of mentions in one document cluster, as an (n, n, k) array."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping

import numpy as np
from rapidfuzz import fuzz
from rapidfuzz.process import cdist

from storyline.coref.mention import CorefMention

PRONOUN_POS = {"PRON", "DET"}
NAMES = (
    "head_eq",
    "text_eq",
    "lemma_jaccard",
    "text_ratio",
    "text_token_set",
    "head_ratio",
    "head_prefix",
    "same_doc",
    "same_sentence",
    "sentence_gap",
    "type_eq",
    "coarse_eq",
    "pronouns",
    "propns",
    "verbs",
    "context_cos",
    "head_share_min",
    "head_share_max",
    "arg_overlap",
    "arg_conflict",
    "time_overlap",
    "time_conflict",
    "place_overlap",
    "place_conflict",
    "span_cos",
    "sentence_cos",
    "lemma_prior",
)


def _jaccard(sets: list[frozenset[str]]) -> tuple[np.ndarray, np.ndarray]:
    """Pairwise |A&B| and |A|B| over small string sets."""
    vocab = {w: i for i, w in enumerate(sorted(set().union(*sets)))} if sets else {}
    mat = np.zeros((len(sets), max(len(vocab), 1)))
    for i, s in enumerate(sets):
        for w in s:
            mat[i, vocab[w]] = 1.0
    inter = mat @ mat.T
    sizes = mat.sum(1)
    return inter, sizes[:, None] + sizes[None, :] - inter


def _overlap_conflict(values: list[list[str]]) -> tuple[np.ndarray, np.ndarray]:
    """1 where both sides share a value; 1 where both have values but share none."""
    inter, union = _jaccard([frozenset(v) for v in values])
    sizes = np.array([len(set(v)) for v in values], dtype=float)
    both = (sizes[:, None] > 0) & (sizes[None, :] > 0)
    return (inter > 0).astype(float), (both & (inter == 0)).astype(float)


def _context_cos(mentions: list[CorefMention]) -> np.ndarray:
    """Cosine of bag-of-words vectors of the mentions' sentences, idf-weighted within the cluster."""
    bags = [Counter(w for w in m.sentence.lower().split() if w.isalpha() and len(w) > 2) for m in mentions]
    df = Counter(w for bag in bags for w in bag)
    vocab = {w: i for i, w in enumerate(sorted(df))}
    mat = np.zeros((len(mentions), max(len(vocab), 1)))
    n = len(mentions)
    for i, bag in enumerate(bags):
        for w, c in bag.items():
            mat[i, vocab[w]] = c * np.log((1 + n) / (1 + df[w]))
    mat /= np.maximum(np.linalg.norm(mat, axis=1, keepdims=True), 1e-9)
    return mat @ mat.T


def _common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


def _cos(vectors: np.ndarray) -> np.ndarray:
    unit = vectors / np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-9)
    return unit @ unit.T


def _prior(heads: list[str], prior: Mapping[tuple[str, str], float] | None) -> np.ndarray:
    """Coreference rate of this head-lemma pair in training data; NaN where unseen."""
    table = prior or {}
    return np.array([[table.get((min(a, b), max(a, b)), np.nan) for b in heads] for a in heads])


def pair_features(
    mentions: list[CorefMention],
    embeddings: np.ndarray | None = None,
    prior: Mapping[tuple[str, str], float] | None = None,
) -> np.ndarray:
    """Features of every pair (i, j) of mentions, symmetric in i and j."""
    n = len(mentions)
    heads = np.array([m.head for m in mentions])
    texts = [m.text.lower() for m in mentions]
    docs = np.array([m.doc for m in mentions])
    sents = np.array([m.sentence_index for m in mentions])
    types = np.array([m.type for m in mentions])
    coarse = np.array([m.type.split("_")[0] for m in mentions])
    pron = np.array([m.pos in PRONOUN_POS for m in mentions], dtype=float)
    propn = np.array([m.pos == "PROPN" for m in mentions], dtype=float)
    verb = np.array([m.pos == "VERB" for m in mentions], dtype=float)
    head_counts = Counter(heads.tolist())
    share = np.array([head_counts[h] / n for h in heads])
    inter, union = _jaccard([frozenset(m.lemmas) for m in mentions])
    head_list = heads.tolist()
    prefix = np.array([[_common_prefix(a, b) for b in head_list] for a in head_list], dtype=float)
    same_doc = docs[:, None] == docs[None, :]
    parts = _overlap_conflict([m.arguments for m in mentions])
    times = _overlap_conflict([m.times for m in mentions])
    places = _overlap_conflict([m.places for m in mentions])
    span_cos = sent_cos = np.full((n, n), np.nan)
    if embeddings is not None:
        span_cos, sent_cos = _cos(embeddings[:, 0]), _cos(embeddings[:, 1])
    cols = [
        heads[:, None] == heads[None, :],
        np.array(texts)[:, None] == np.array(texts)[None, :],
        inter / np.maximum(union, 1),
        cdist(texts, texts, scorer=fuzz.ratio) / 100,
        cdist(texts, texts, scorer=fuzz.token_set_ratio) / 100,
        cdist(head_list, head_list, scorer=fuzz.ratio) / 100,
        np.minimum(prefix, 6) / 6,
        same_doc,
        same_doc & (sents[:, None] == sents[None, :]),
        np.where(same_doc, np.minimum(np.abs(sents[:, None] - sents[None, :]), 10) / 10, 1.0),
        types[:, None] == types[None, :],
        coarse[:, None] == coarse[None, :],
        pron[:, None] + pron[None, :],
        propn[:, None] + propn[None, :],
        verb[:, None] + verb[None, :],
        _context_cos(mentions),
        np.minimum(share[:, None], share[None, :]),
        np.maximum(share[:, None], share[None, :]),
        *parts,
        *times,
        *places,
        span_cos,
        sent_cos,
        _prior(head_list, prior),
    ]
    return np.stack([np.asarray(c, dtype=np.float32) for c in cols], axis=-1)
