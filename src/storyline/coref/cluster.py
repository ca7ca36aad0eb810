"""Agglomerative clustering of mentions from pairwise coreference probabilities, one document cluster at a time."""

from __future__ import annotations

from collections import defaultdict
from typing import Protocol

import numpy as np

from storyline.coref.mention import CorefMention


class PairScorer(Protocol):
    """Anything that gives an (n, n) matrix of coreference probabilities for mentions of one cluster."""

    threshold: float
    max_weight: float  # weight of the best link against the mean in cluster linkage (see agglomerate)

    def score(self, mentions: list[CorefMention]) -> np.ndarray: ...


def agglomerate(probs: np.ndarray, threshold: float, max_weight: float = 0.0) -> list[int]:
    """Cluster labels: repeatedly merge the two clusters with the best linkage while it is >= threshold.

    Linkage = (1 - max_weight) * mean pairwise probability + max_weight * highest pairwise probability;
    max_weight 0 is plain average linkage. Some weight on the best link lets a mention join a cluster that
    one of its members clearly matches, even where others of the cluster are worded differently.
    """
    n = len(probs)
    sym = (probs + probs.T) / 2
    total = sym.astype(float)
    best = sym.astype(float).copy()
    size = np.ones(n)
    alive = np.ones(n, dtype=bool)
    labels = np.arange(n)
    link = (1 - max_weight) * total + max_weight * best
    np.fill_diagonal(link, -np.inf)
    while alive.sum() > 1:
        i, j = np.unravel_index(np.argmax(link), link.shape)
        if link[i, j] < threshold:
            break
        total[i] += total[j]
        total[:, i] = total[i]
        best[i] = np.maximum(best[i], best[j])
        best[:, i] = best[i]
        size[i] += size[j]
        alive[j] = False
        labels[labels == j] = i
        row = (1 - max_weight) * total[i] / (size[i] * size) + max_weight * best[i]
        row[~alive] = -np.inf
        row[i] = -np.inf
        link[i], link[:, i] = row, row
        link[j], link[:, j] = -np.inf, -np.inf
    return np.unique(labels, return_inverse=True)[1].tolist()


def by_group(mentions: list[CorefMention]) -> dict[str, list[int]]:
    """Indices of mentions per document cluster, in first-seen order."""
    groups: dict[str, list[int]] = defaultdict(list)
    for i, m in enumerate(mentions):
        groups[m.group].append(i)
    return groups


def score_groups(mentions: list[CorefMention], scorer: PairScorer) -> dict[str, tuple[list[int], np.ndarray]]:
    """Per document cluster: the indices of its mentions and their (n, n) coreference probabilities."""
    return {g: (idx, scorer.score([mentions[i] for i in idx])) for g, idx in by_group(mentions).items()}


def clusters_of(
    scored: dict[str, tuple[list[int], np.ndarray]], threshold: float, max_weight: float = 0.0
) -> list[list[int]]:
    """Agglomerative clusters (lists of mention indices) of every scored group."""
    clusters: list[list[int]] = []
    for idx, probs in scored.values():
        found: dict[int, list[int]] = defaultdict(list)
        for i, label in zip(idx, agglomerate(probs, threshold, max_weight), strict=True):
            found[label].append(i)
        clusters.extend(found.values())
    return clusters


def cluster_mentions(
    mentions: list[CorefMention], scorer: PairScorer, threshold: float | None = None
) -> list[list[int]]:
    """Partition mentions into coreference clusters (lists of indices); groups never mix."""
    cut = scorer.threshold if threshold is None else threshold
    return clusters_of(score_groups(mentions, scorer), cut, scorer.max_weight)


class LemmaScorer:
    """Baseline: two mentions corefer when their head lemmas are equal."""

    threshold = 0.5
    max_weight = 0.0

    def score(self, mentions: list[CorefMention]) -> np.ndarray:
        heads = np.array([m.head for m in mentions])
        return (heads[:, None] == heads[None, :]).astype(float)
