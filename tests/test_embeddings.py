"""Sentence embeddings: offline model, unit vectors, repeated texts encoded once with equal results."""

from __future__ import annotations

import numpy as np

from storyline.embeddings import sentence_vectors


def test_vectors_are_unit_length_and_paraphrases_are_closer_than_unrelated_text():
    v = sentence_vectors(["The container ship struck the bridge.", "A cargo vessel hit the bridge.",
                          "The football match ended in a draw."])
    assert v.shape == (3, 384)
    assert np.allclose(np.linalg.norm(v, axis=1), 1.0, atol=1e-5)
    assert v[0] @ v[1] > v[0] @ v[2] + 0.2


def test_repeated_texts_get_identical_rows_and_order_is_kept():
    texts = ["wire copy sentence", "another sentence", "wire copy sentence"]
    v = sentence_vectors(texts)
    assert np.array_equal(v[0], v[2])
    assert np.allclose(v[1], sentence_vectors(["another sentence"])[0], atol=1e-5)
