"""Agglomerative clustering of mentions from pairwise coreference probabilities, one document cluster at a time."""

from __future__ import annotations

from collections import defaultdict
from typing import Protocol

import numpy as np
from scipy.cluster.hierarchy import fcluster, linkage
from scipy.spatial.distance import squareform

from storyline.coref.mention import CorefMention


class PairScorer(Protocol):
    """Anything that gives an (n, n) matrix of coreference probabilities for mentions of one cluster."""

    threshold: float

    def score(self, mentions: list[CorefMention]) -> np.ndarray: ...


def agglomerate(probs: np.ndarray, threshold: float) -> list[int]:
    """Average-linkage clusters: merge while the mean pairwise probability between clusters is >= threshold."""
    n = len(probs)
    if n == 1:
        return [0]
    dist = 1.0 - (probs + probs.T) / 2
    np.fill_diagonal(dist, 0.0)
    tree = linkage(squareform(np.clip(dist, 0.0, 1.0), checks=False), method="average")
    return (fcluster(tree, t=1.0 - threshold, criterion="distance") - 1).tolist()


def by_group(mentions: list[CorefMention]) -> dict[str, list[int]]:
    """Indices of mentions per document cluster, in first-seen order."""
    groups: dict[str, list[int]] = defaultdict(list)
    for i, m in enumerate(mentions):
        groups[m.group].append(i)
    return groups


def cluster_mentions(
    mentions: list[CorefMention], scorer: PairScorer, threshold: float | None = None
) -> list[list[int]]:
    """Partition mentions into coreference clusters (lists of indices); groups never mix."""
    cut = scorer.threshold if threshold is None else threshold
    clusters: list[list[int]] = []
    for idx in by_group(mentions).values():
        labels = agglomerate(scorer.score([mentions[i] for i in idx]), cut)
        found: dict[int, list[int]] = defaultdict(list)
        for i, label in zip(idx, labels, strict=True):
            found[label].append(i)
        clusters.extend(found.values())
    return clusters


class LemmaScorer:
    """Baseline: two mentions corefer when their head lemmas are equal."""

    threshold = 0.5

    def score(self, mentions: list[CorefMention]) -> np.ndarray:
        heads = np.array([m.head for m in mentions])
        return (heads[:, None] == heads[None, :]).astype(float)
