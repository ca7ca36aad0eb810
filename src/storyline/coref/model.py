"""The trained mention-pair scorer: features, boosted trees and a tuned threshold, in one small .npz file."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from storyline.coref.features import pair_features
from storyline.coref.joint import Resolved
from storyline.coref.mention import CorefMention
from storyline.coref.trees import TreeEnsemble

MODEL_DIR = Path(__file__).parent / "models"


@dataclass
class TrainedScorer:
    """Scores mention pairs of one kind ('entity' or 'event') with the ensemble trained on ECB+ train topics."""

    trees: TreeEnsemble
    threshold: float
    prior: dict[tuple[str, str], float] = field(default_factory=dict)  # head-lemma pair -> train coref rate
    projection: np.ndarray | None = None  # (2, k, d): whitened PCA of span and sentence embeddings
    use_embeddings: bool = True
    max_weight: float = 0.0  # cluster linkage: weight of the best link against the mean (see agglomerate)
    joint: bool = False  # events: read arguments, times and places as the entities `context` resolved them to
    context: Resolved | None = None  # the resolved entities; set per run with dataclasses.replace

    def features(self, mentions: list[CorefMention], emb: np.ndarray | None = None) -> np.ndarray:
        """(n, n, k) pair features: handcrafted, then products of projected embeddings (computed if not given)."""
        if emb is None and self.use_embeddings:
            from storyline.coref.embed import embed_mentions

            emb = embed_mentions(mentions)
        named = self.context.rename(mentions) if self.joint and self.context else mentions
        parts = [pair_features(named, emb, self.prior)]
        if emb is not None and self.projection is not None:
            unit = emb / np.maximum(np.linalg.norm(emb, axis=2, keepdims=True), 1e-9)
            z = np.einsum("nsd,skd->snk", unit, self.projection)
            parts.extend((v[:, None, :] * v[None, :, :]).astype(np.float32) for v in z)
        return np.concatenate(parts, axis=-1)

    def score(self, mentions: list[CorefMention], emb: np.ndarray | None = None) -> np.ndarray:
        """(n, n) symmetric coreference probabilities (`emb`: the mentions' vectors, if already computed)."""
        n = len(mentions)
        feats = self.features(mentions, emb)
        probs = self.trees.predict_proba(feats.reshape(n * n, -1)).reshape(n, n)
        return (probs + probs.T) / 2

    def save(self, path: Path) -> None:
        """Write plain arrays (no pickle) to an .npz file."""
        keys = sorted(self.prior)
        arrays = self.trees.to_arrays()
        arrays.update(
            threshold=np.array(self.threshold),
            max_weight=np.array(self.max_weight),
            prior_keys=np.array([f"{a}\t{b}" for a, b in keys]),
            prior_values=np.array([self.prior[k] for k in keys], dtype=np.float32),
            use_embeddings=np.array(self.use_embeddings),
            joint=np.array(self.joint),
        )
        if self.projection is not None:
            arrays["projection"] = self.projection.astype(np.float32)
        np.savez_compressed(path, **arrays)

    @classmethod
    def load(cls, kind: str = "event", path: Path | None = None) -> TrainedScorer:
        """The model shipped for `kind`, or the one at `path`."""
        with np.load(path or MODEL_DIR / f"{kind}.npz", allow_pickle=False) as z:
            prior = {
                tuple(k.split("\t")): float(v)
                for k, v in zip(z["prior_keys"], z["prior_values"], strict=True)
            }
            return cls(
                trees=TreeEnsemble.from_arrays(z),
                threshold=float(z["threshold"]),
                max_weight=float(z["max_weight"]) if "max_weight" in z.files else 0.0,
                prior=prior,
                projection=z.get("projection"),
                use_embeddings=bool(z["use_embeddings"]),
                joint=bool(z["joint"]) if "joint" in z.files else False,
            )
