"""Sentence embeddings: both encoders give unit vectors that rank paraphrases first; the static one is
shipped, deterministic, and agrees with MiniLM on which sentences are close."""

from __future__ import annotations

import numpy as np
import pytest
from scipy.stats import spearmanr

from storyline import embeddings
from storyline import embeddings_static as static
from storyline.embeddings import minilm_vectors, sentence_vectors

SENTENCES = [
    "The container ship struck the bridge.",
    "A cargo vessel hit the bridge.",
    "The football match ended in a draw.",
    "The central bank raised interest rates by half a point.",
    "Rates were lifted 0.5 percentage points by the central bank.",
    "Firefighters battled the blaze for six hours.",
    "It took fire crews six hours to put out the fire.",
    "The minister resigned after the scandal.",
]


@pytest.fixture(params=["static", "minilm"])
def kind(request, monkeypatch) -> str:
    monkeypatch.setenv("STORYLINE_EMBEDDINGS", request.param)
    return request.param


def test_vectors_are_unit_length_and_paraphrases_are_closer_than_unrelated_text(kind):
    v = sentence_vectors(SENTENCES[:3])
    assert embeddings.kind() == kind
    assert v.shape == (3, 384)
    assert np.allclose(np.linalg.norm(v, axis=1), 1.0, atol=1e-5)
    assert v[0] @ v[1] > v[0] @ v[2] + 0.2


def test_repeated_texts_get_identical_rows_and_order_is_kept(kind):
    texts = ["wire copy sentence", "another sentence", "wire copy sentence"]
    v = sentence_vectors(texts)
    assert np.array_equal(v[0], v[2])
    assert np.allclose(v[1], sentence_vectors(["another sentence"])[0], atol=1e-5)


def test_unknown_setting_is_refused(monkeypatch):
    monkeypatch.setenv("STORYLINE_EMBEDDINGS", "glove")
    with pytest.raises(ValueError, match="glove"):
        sentence_vectors(["a sentence"])


def test_static_is_the_default_and_does_not_load_the_transformer(monkeypatch):
    monkeypatch.delenv("STORYLINE_EMBEDDINGS", raising=False)
    embeddings.model.cache_clear()
    sentence_vectors(["a sentence"])
    assert embeddings.kind() == "static"
    assert embeddings.model.cache_info().currsize == 0


def test_static_cosines_rank_sentence_pairs_like_minilm():
    pairs = np.triu_indices(len(SENTENCES), 1)
    ref, cand = minilm_vectors(SENTENCES), static.static_vectors(SENTENCES)
    assert spearmanr((ref @ ref.T)[pairs], (cand @ cand.T)[pairs])[0] > 0.6
    near = cand @ cand.T - 2 * np.eye(len(SENTENCES))
    assert [int(near[i].argmax()) for i in (1, 3, 5)] == [0, 4, 6]  # each paraphrase finds its twin


def test_static_vectors_are_deterministic_and_do_not_depend_on_the_batch():
    assert np.array_equal(static.static_vectors(SENTENCES), static.static_vectors(list(SENTENCES)))
    alone = static.static_vectors([SENTENCES[3]])
    assert np.allclose(alone[0], static.static_vectors(SENTENCES)[3], atol=1e-6)  # BLAS blocking aside


def test_text_without_known_word_pieces_still_gets_a_unit_vector():
    v = static.static_vectors(["", "\u2603\u2603"])
    assert np.all(np.isfinite(v))
    assert np.allclose(np.linalg.norm(v, axis=1), 1.0, atol=1e-5)


def test_token_ids_leave_out_special_and_unknown_pieces():
    tok = static.tokenizer()
    ids = static.token_ids(["Bridge collapse \u2603"])[0]
    specials = {tok.token_to_id(t) for t in ("[CLS]", "[SEP]", "[UNK]", "[PAD]")}
    assert ids and not specials & set(ids)
    assert tok.decode(ids) == "bridge collapse"


def test_saved_encoder_reads_back_to_the_same_vectors(tmp_path):
    rng = np.random.default_rng(0)
    table = rng.normal(size=(len(static.tokenizer().get_vocab()), 8)).astype(np.float32)
    table[5] = 0  # a dropped piece keeps a zero row through quantization
    enc = static.StaticEncoder(table, rng.normal(size=8).astype(np.float32),
                               rng.normal(size=(8, 384)).astype(np.float32), rng.normal(size=384).astype(np.float32))
    static.save(tmp_path / "enc.npz", enc, teacher="test")
    loaded = static.encoder(tmp_path / "enc.npz")
    assert np.abs(loaded.table - table).max() <= np.abs(table).max() / 127
    assert not loaded.table[5].any()
    ids = static.token_ids(SENTENCES)
    built = static.StaticEncoder(static.dequantize(*static.quantize(table)), enc.mean, enc.projection, enc.bias)
    assert np.allclose(loaded.vectors(ids), built.vectors(ids), atol=1e-6)


def test_ridge_fit_recovers_an_affine_map_of_the_pooled_vectors():
    from storyline.embeddings_distill import fit

    rng = np.random.default_rng(1)
    table = rng.normal(size=(len(static.tokenizer().get_vocab()), 16)).astype(np.float32)
    texts = [" ".join(rng.choice(["ship", "bridge", "river", "crew", "fire", "port", "night", "police"], 6))
             for _ in range(400)]
    pooled = static.pool(table, static.token_ids(texts))
    truth = rng.normal(size=(16, 384)).astype(np.float32)
    target = pooled @ truth + 0.5
    enc = fit(table, texts, target)
    assert np.allclose(enc.bias, target.mean(0), atol=1e-5)
    assert np.allclose((pooled - enc.mean) @ enc.projection + enc.bias, target, atol=0.05)
