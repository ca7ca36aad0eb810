"""Entity and event coreference with the shipped models: entities first, then events given the coreference
of their arguments."""

from __future__ import annotations

from dataclasses import dataclass, replace

from storyline.coref.cluster import clusters_of, score_groups
from storyline.coref.joint import Resolved
from storyline.coref.mention import CorefMention
from storyline.coref.model import TrainedScorer


@dataclass
class JointClusters:
    """Coreference clusters (lists of indices into the input lists) of each kind."""

    entities: list[list[int]]
    events: list[list[int]]


def resolve_jointly(entities: list[CorefMention], events: list[CorefMention]) -> JointClusters:
    """Clusters of both kinds. Events' arguments, times and places may name entity mentions by id: they are
    read as the entities those mentions resolve to."""
    entity = TrainedScorer.load("entity")
    scored = score_groups(entities, entity)
    clusters = clusters_of(scored, entity.threshold, entity.max_weight)
    event = replace(TrainedScorer.load("event"), context=Resolved.build(entities, clusters))
    return JointClusters(
        clusters, clusters_of(score_groups(events, event), event.threshold, event.max_weight)
    )
