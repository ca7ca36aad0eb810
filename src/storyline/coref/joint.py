"""Events read their participants as resolved entities: events whose arguments corefer tend to corefer.

`bench.ecbplus` names an event's arguments, times and places by entity mention id; `Resolved.rename` turns
each id into the entity cluster it was resolved to, so the pair features' argument overlap and conflict
compare entities rather than words. (Per-slot features from the entities' pairwise probabilities, after
Barhom et al. 2019, were tried and dropped: topic cross-validation CoNLL 0.8009 with them, 0.8014 without.)
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from storyline.coref.mention import CorefMention


@dataclass
class Resolved:
    """The resolved clusters of one kind's mentions, looked up by mention id."""

    cluster: dict[str, int] = field(default_factory=dict)  # mention id -> cluster number

    @classmethod
    def build(cls, mentions: list[CorefMention], clusters: list[list[int]]) -> Resolved:
        """From clusters of indices into `mentions`."""
        return cls({mentions[i].id: n for n, members in enumerate(clusters) for i in members})

    def rename(self, mentions: list[CorefMention]) -> list[CorefMention]:
        """Copies whose arguments, times and places that are mention ids of this kind read as their cluster."""

        def named(values: list[str]) -> list[str]:
            return [f"C{self.cluster[v]}" if v in self.cluster else v for v in values]

        return [
            replace(m, arguments=named(m.arguments), times=named(m.times), places=named(m.places))
            for m in mentions
        ]
