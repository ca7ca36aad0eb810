"""Coreference core: clustering within groups, the numpy tree ensemble, and the shipped scorers."""

import time
from pathlib import Path

import numpy as np
import pytest
from sklearn.ensemble import HistGradientBoostingClassifier

from storyline.coref import CorefMention, cluster_mentions
from storyline.coref.cluster import LemmaScorer, agglomerate
from storyline.coref.features import NAMES, pair_features
from storyline.coref.model import MODEL_DIR, TrainedScorer
from storyline.coref.trees import TreeEnsemble


def mention(
    i: int, text: str, head: str, doc: str = "d1", group: str = "g", pos: str = "NOUN"
) -> CorefMention:
    sentence = f"Reports say {text} happened ."
    start = sentence.index(text)
    return CorefMention(
        id=f"m{i}",
        doc=doc,
        text=text,
        head=head,
        sentence=sentence,
        start=start,
        end=start + len(text),
        pos=pos,
        lemmas=text.lower().split(),
        group=group,
    )


def test_agglomerate_average_linkage_threshold():
    probs = np.array([[1, 0.9, 0.2], [0.9, 1, 0.4], [0.2, 0.4, 1]])
    assert agglomerate(probs, 0.5) == agglomerate(probs, 0.85)
    labels = agglomerate(probs, 0.5)
    assert labels[0] == labels[1] != labels[2]
    # merging 2 into {0, 1} needs the mean (0.2 + 0.4) / 2 = 0.3
    assert len(set(agglomerate(probs, 0.3))) == 1
    assert len(set(agglomerate(probs, 0.31))) == 2


def test_lemma_scorer_clusters_by_head_and_never_across_groups():
    ms = [
        mention(0, "the attack", "attack"),
        mention(1, "attacks", "attack", doc="d2"),
        mention(2, "a bombing", "bombing"),
        mention(3, "the attack", "attack", group="other"),
    ]
    clusters = sorted(sorted(c) for c in cluster_mentions(ms, LemmaScorer()))
    assert clusters == [[0, 1], [2], [3]]


def test_pair_features_shape_and_symmetry():
    ms = [
        mention(0, "the attack", "attack"),
        mention(1, "attacks", "attack", doc="d2"),
        mention(2, "He", "he", pos="PRON"),
    ]
    f = pair_features(ms)
    assert f.shape == (3, 3, len(NAMES))
    assert np.allclose(np.nan_to_num(f), np.nan_to_num(f.transpose(1, 0, 2)))
    col = {n: i for i, n in enumerate(NAMES)}
    assert f[0, 1, col["head_eq"]] == 1 and f[0, 2, col["head_eq"]] == 0
    assert f[0, 1, col["same_doc"]] == 0 and f[0, 2, col["same_doc"]] == 1
    assert f[0, 2, col["pronouns"]] == 1


def test_tree_ensemble_matches_sklearn():
    rng = np.random.default_rng(0)
    x = rng.normal(size=(400, 5))
    x[rng.random(x.shape) < 0.05] = np.nan
    y = (np.nan_to_num(x[:, 0]) + np.nan_to_num(x[:, 1]) ** 2 > 0.5).astype(int)
    clf = HistGradientBoostingClassifier(max_iter=30, random_state=0).fit(x, y)
    ens = TreeEnsemble.from_sklearn(clf)
    assert np.allclose(ens.predict_proba(x), clf.predict_proba(x)[:, 1], atol=1e-9)
    again = TreeEnsemble.from_arrays(ens.to_arrays())
    assert np.allclose(again.predict_proba(x), ens.predict_proba(x))


def test_trained_scorer_save_load_round_trip(tmp_path: Path):
    rng = np.random.default_rng(1)
    x = rng.random((200, len(NAMES)))
    clf = HistGradientBoostingClassifier(max_iter=5, random_state=0).fit(x, x[:, 0] > 0.5)
    scorer = TrainedScorer(
        TreeEnsemble.from_sklearn(clf), 0.45, {("attack", "bombing"): 0.7}, use_embeddings=False
    )
    scorer.save(tmp_path / "m.npz")
    loaded = TrainedScorer.load(path=tmp_path / "m.npz")
    assert loaded.threshold == pytest.approx(0.45)
    assert loaded.prior == {("attack", "bombing"): pytest.approx(0.7)}
    ms = [mention(0, "the attack", "attack"), mention(1, "a bombing", "bombing"), mention(2, "He", "he")]
    probs = loaded.score(ms)
    assert probs.shape == (3, 3) and np.allclose(probs, probs.T)
    assert np.allclose(probs, scorer.score(ms))


@pytest.mark.parametrize("kind", ["entity", "event"])
def test_shipped_models_are_small_complete_and_load_fast(kind: str):
    assert (MODEL_DIR / f"{kind}.npz").stat().st_size < 3_000_000
    start = time.perf_counter()
    scorer = TrainedScorer.load(kind)
    assert time.perf_counter() - start < 1.0
    assert 0.05 < scorer.threshold < 0.95
    assert len(scorer.prior) > 100
    assert scorer.joint == (kind == "event")
    assert scorer.projection is not None and scorer.projection.shape[:2] == (2, 16)


def test_shipped_encoder_update_is_small_and_covers_every_layer():
    from storyline.coref.embed import ENCODER_FACTORS
    from storyline.coref.finetune import ADAPTED, RANK, load_factors

    assert ENCODER_FACTORS.stat().st_size < 2_000_000
    start = time.perf_counter()
    factors = load_factors(ENCODER_FACTORS)
    assert time.perf_counter() - start < 1.0
    assert len(factors) == 2 * 6 * len(ADAPTED)
    assert all(v.shape[0] == RANK for k, v in factors.items() if k.endswith(".a"))
    assert all(np.abs(v).max() > 0 for k, v in factors.items() if k.endswith(".b"))


def test_linkage_weight_on_the_best_link_merges_what_average_linkage_keeps_apart():
    # 0 and 1 corefer; 2 matches 0 well but 1 badly: mean link to {0, 1} is 0.45, best link 0.8
    probs = np.array([[1, 0.9, 0.8], [0.9, 1, 0.1], [0.8, 0.1, 1]])
    assert len(set(agglomerate(probs, 0.5))) == 2
    assert len(set(agglomerate(probs, 0.5, max_weight=0.5))) == 1  # 0.5 * 0.45 + 0.5 * 0.8 = 0.625
    assert len(set(agglomerate(probs, 0.63, max_weight=0.5))) == 2
