"""Coreference metrics against values computed by hand from their definitions."""

import pytest

from storyline.bench.coref_metrics import b_cubed, ceaf_e, muc, score_all

# Pradhan et al. 2014, figure 1: key {a,b,c} {d,e,f,g}; response {a,b} {c,d} {f,g,h,i}.
KEY = [["a", "b", "c"], ["d", "e", "f", "g"]]
RESPONSE = [["a", "b"], ["c", "d"], ["f", "g", "h", "i"]]


def test_muc_pradhan_example():
    # recall: K1 cut in 2 parts, K2 in 3 ({d}, {e}, {f,g}) -> (1 + 1) / (2 + 3); precision likewise (1+0+1)/5
    prf = muc(KEY, RESPONSE)
    assert prf.recall == pytest.approx(2 / 5)
    assert prf.precision == pytest.approx(2 / 5)
    assert prf.f1 == pytest.approx(0.4)


def test_b_cubed_pradhan_example():
    prf = b_cubed(KEY, RESPONSE)
    assert prf.recall == pytest.approx((2 / 3 + 2 / 3 + 1 / 3 + 1 / 4 + 0 + 2 / 4 + 2 / 4) / 7)
    assert prf.precision == pytest.approx((1 + 1 + 1 / 2 + 1 / 2 + 2 / 4 + 2 / 4 + 0 + 0) / 8)


def test_ceaf_e_pradhan_example():
    # phi4: K1-R1 = 4/5, K2-R3 = 4/8 is the best alignment (1.3) over K1-R2 + K2-R3 or K1-R1 + K2-R2
    prf = ceaf_e(KEY, RESPONSE)
    assert prf.recall == pytest.approx(1.3 / 2)
    assert prf.precision == pytest.approx(1.3 / 3)


def test_conll_is_mean_of_three_f1():
    s = score_all(KEY, RESPONSE)
    assert s["conll_f1"] == pytest.approx((s["muc_f1"] + s["b3_f1"] + s["ceafe_f1"]) / 3)
    assert s["muc_f1"] == pytest.approx(0.4)


def test_perfect_response_scores_one_and_singletons_count():
    key = [[1, 2, 3], [4], [5, 6]]
    s = score_all(key, [[6, 5], [3, 1, 2], [4]])
    assert all(v == pytest.approx(1.0) for v in s.values())


def test_all_singletons_against_one_cluster():
    # key one cluster of 4; response 4 singletons: no link found (MUC 0), B3 recall 1/4 precision 1,
    # CEAF-e: one singleton aligned, phi4 = 2/5 -> recall 2/5, precision (2/5)/4
    key, response = [[1, 2, 3, 4]], [[1], [2], [3], [4]]
    assert muc(key, response).recall == 0.0
    assert muc(key, response).f1 == 0.0
    b3 = b_cubed(key, response)
    assert (b3.recall, b3.precision) == (pytest.approx(0.25), pytest.approx(1.0))
    ce = ceaf_e(key, response)
    assert (ce.recall, ce.precision) == (pytest.approx(0.4), pytest.approx(0.1))


def test_ceaf_alignment_is_optimal_not_greedy():
    # phi4: K1-R1 = 8/12 is the largest, but then K2-R2 = 0 (total 0.667); optimal K1-R2 = 4/8 + K2-R1 = 4/8
    key = [[1, 2, 3, 4, 5, 6], [7, 8]]
    response = [[1, 2, 3, 4, 7, 8], [5, 6]]
    prf = ceaf_e(key, response)
    assert (prf.recall, prf.precision) == (pytest.approx(0.5), pytest.approx(0.5))
