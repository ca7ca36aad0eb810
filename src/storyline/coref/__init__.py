"""Cross-document coreference: mention-pair scoring and agglomerative clustering, reusable by any stage."""

from storyline.coref.cluster import PairScorer, cluster_mentions
from storyline.coref.mention import CorefMention, from_span

__all__ = ["CorefMention", "PairScorer", "cluster_mentions", "from_span"]
