"""Joint entity-event features: events whose arguments corefer tend to corefer (Barhom et al. 2019).

A mention's `links` name the mentions of the other kind it is tied to, with a slot: for an entity, the event
that governs it in the parse; for an event, its arguments. `Resolved` holds the resolved entities' pairwise
probabilities and clusters; the features look both up by mention id.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

import numpy as np

from storyline.coref.mention import CorefMention

SLOTS = ("subj", "obj", "time", "loc", "other")
SUBJECT_DEPS = {"nsubj", "agent", "poss", "csubj"}
OBJECT_DEPS = {"dobj", "nsubjpass", "dative", "attr", "oprd"}
ARGUMENT_FEATURES = len(SLOTS)


def slot_of(entity_type: str, dep: str) -> str:
    """The argument slot of an entity for its governing event: time and place by type, else by dependency."""
    if entity_type.startswith("TIME"):
        return "time"
    if entity_type.startswith("LOC"):
        return "loc"
    return "subj" if dep in SUBJECT_DEPS else "obj" if dep in OBJECT_DEPS else "other"


@dataclass
class Resolved:
    """Coreference probabilities and clusters of one kind's mentions, looked up by mention id."""

    where: dict[str, tuple[str, int]] = field(default_factory=dict)  # mention id -> (group, row)
    probs: dict[str, np.ndarray] = field(default_factory=dict)  # group -> (n, n) probabilities
    cluster: dict[str, int] = field(default_factory=dict)  # mention id -> cluster number

    @classmethod
    def build(
        cls,
        mentions: list[CorefMention],
        scored: dict[str, tuple[list[int], np.ndarray]],
        clusters: list[list[int]],
    ) -> Resolved:
        """From `score_groups` output and the clusters cut from it."""
        where = {mentions[i].id: (g, row) for g, (idx, _) in scored.items() for row, i in enumerate(idx)}
        cluster = {mentions[i].id: n for n, members in enumerate(clusters) for i in members}
        return cls(where, {g: p for g, (_, p) in scored.items()}, cluster)

    def rename(self, mentions: list[CorefMention]) -> list[CorefMention]:
        """Copies whose arguments, times and places that are mention ids of this kind read as their cluster."""

        def named(values: list[str]) -> list[str]:
            return [f"C{self.cluster[v]}" if v in self.cluster else v for v in values]

        return [
            replace(m, arguments=named(m.arguments), times=named(m.times), places=named(m.places))
            for m in mentions
        ]

    def prob_matrix(self, ids: list[list[str]]) -> np.ndarray:
        """(n, n): highest probability between any mention of ids[i] and any of ids[j]; NaN where none."""
        n = len(ids)
        out = np.full((n, n), np.nan, dtype=np.float32)
        known = [[self.where[x] for x in row if x in self.where] for row in ids]
        for i in range(n):
            for j in range(i + 1, n):
                pairs = [self.probs[g][a, b] for g, a in known[i] for h, b in known[j] if g == h]
                if pairs:
                    out[i, j] = out[j, i] = max(pairs)
        return out


def argument_features(mentions: list[CorefMention], entities: Resolved | None) -> np.ndarray:
    """(n, n, 5) for events: per slot, the highest coreference probability between the two events'
    arguments in that slot; NaN within one sentence or where a side has none."""
    n = len(mentions)
    if entities is None:
        return np.full((n, n, ARGUMENT_FEATURES), np.nan, dtype=np.float32)
    sentence = np.array([f"{m.doc}\t{m.sentence_index}" for m in mentions])
    same_sentence = sentence[:, None] == sentence[None, :]
    cols = []
    for s in SLOTS:
        prob = entities.prob_matrix([[x for slot, x in m.links if slot == s] for m in mentions])
        prob[same_sentence] = np.nan
        cols.append(prob)
    return np.stack(cols, axis=-1)
