"""The statistics of the comparisons against published values (Newcombe 1998; scipy's Mann-Whitney) and
against references computed here from the definitions (scipy is not a dependency)."""

from __future__ import annotations

import math
import random

import pytest

from rollout.errors import StatsInputError
from rollout.stats.multiplicity import holm
from rollout.stats.proportions import newcombe_difference, two_proportion_z_p, wilson
from rollout.stats.ranks import bootstrap_median_difference, mann_whitney_p
from rollout.stats.sample_size import calls_needed
from rollout.stats.sequential import half_width, means, mixture, proportions


def test_wilson_matches_newcombes_published_interval() -> None:
    # Newcombe (1998), Stat. Med. 17:857, example 81/263: 0.2553 to 0.3662
    interval = wilson(81, 263)
    assert (round(interval.lower, 4), round(interval.upper, 4)) == (0.2553, 0.3662)
    assert wilson(0, 10).lower == 0.0 and wilson(10, 10).upper == 1.0


def test_newcombe_hybrid_score_interval_matches_the_paper() -> None:
    # Newcombe (1998), Stat. Med. 17:873, Table II, method 10
    d = newcombe_difference(48, 80, 56, 70)  # 56/70 - 48/80
    assert (round(d.lower, 4), round(d.upper, 4)) == (0.0524, 0.3339)
    d = newcombe_difference(3, 10, 9, 10)
    assert (round(d.lower, 4), round(d.upper, 4)) == (0.1705, 0.8090)


def test_impossible_counts_are_refused() -> None:
    with pytest.raises(StatsInputError):
        wilson(11, 10)
    with pytest.raises(StatsInputError):
        wilson(1, 10, alpha=1.5)


def test_two_proportion_z_test_from_its_definition() -> None:
    # pooled p = 0.5, se = sqrt(0.25 * (2/100)) = 0.0707..., z = 0.1 / se = 1.4142..., p = 0.1573
    assert two_proportion_z_p(45, 100, 55, 100) == pytest.approx(0.157299, abs=1e-5)


def test_mann_whitney_matches_scipy_asymptotic() -> None:
    # scipy.stats.mannwhitneyu([1..5], [6..10], method="asymptotic").pvalue == 0.012185780355344887
    assert mann_whitney_p([1, 2, 3, 4, 5], [6, 7, 8, 9, 10]) == pytest.approx(0.0121857803553449, rel=1e-9)
    assert mann_whitney_p([1, 2, 3], [1, 2, 3]) == 1.0


def test_mann_whitney_ties_use_mid_ranks() -> None:
    a, b = [1, 2, 2, 3, 5], [2, 3, 3, 4, 6, 7]
    # U_a by pair counting (ties count 1/2) = 7.5; tie groups of sizes 3 (2s) and 3 (3s)
    u = sum(1.0 if x > y else 0.5 if x == y else 0.0 for x in a for y in b)
    n = 11
    var = 5 * 6 / 12 * ((n + 1) - (2 * (3**3 - 3)) / (n * (n - 1)))
    z = (abs(u - 15) - 0.5) / math.sqrt(var)
    expected = 2 * (1 - 0.5 * (1 + math.erf(z / math.sqrt(2))))
    assert mann_whitney_p(a, b) == pytest.approx(expected, rel=1e-12)


def test_holm_step_down() -> None:
    # sorted 0.005*4=0.02, 0.01*3=0.03, 0.03*2=0.06, 0.04*1=0.04 -> made monotone: 0.06
    assert holm([0.01, 0.04, 0.03, 0.005]) == pytest.approx([0.03, 0.06, 0.06, 0.02])
    assert holm([0.5, 0.9]) == pytest.approx([1.0, 1.0])
    assert holm([]) == []


def test_mixture_likelihood_ratio_and_sequence_agree() -> None:
    # Lambda = sqrt(v/(v+t)) exp(t d^2 / (2 v (v+t))) with v = t = 1, d = 3: sqrt(1/2) e^2.25
    result = mixture(3.0, 1.0, 1.0, alpha=0.05)
    assert result.p_value == pytest.approx(1 / (math.sqrt(0.5) * math.exp(2.25)))
    # rejecting at alpha is the same as 0 falling outside the sequence, at any alpha
    for d in (0.5, 2.0, 3.0, 3.4, 5.0):
        for alpha in (0.01, 0.05, 0.2):
            r = mixture(d, 1.0, 1.0, alpha)
            assert (r.p_value <= alpha) == (r.lower > 0)
    assert mixture(0.0, 1.0, 1.0).p_value == 1.0


def test_the_sequence_is_wider_than_a_fixed_sample_interval() -> None:
    v = 0.0004  # a 2-point standard error
    assert half_width(v, 0.03**2) > 1.96 * math.sqrt(v)


def test_a_rate_at_zero_does_not_make_the_variance_zero() -> None:
    r = proportions(0, 5, 1, 5, tau2=0.0009)
    assert r.p_value > 0.05 and r.lower < 0 < r.upper


def test_means_needs_two_calls_each() -> None:
    assert means(1.0, 0.1, 1, 2.0, 0.1, 50, tau2=0.01).p_value == 1.0


def test_null_streams_cross_the_boundary_at_most_alpha_of_the_time() -> None:
    """Ville's inequality, checked on 400 seeded null streams of 300 looks each."""
    rng = random.Random(5)
    crossed = 0
    for _ in range(400):
        k_a = k_b = 0
        for n in range(1, 301):
            k_a += rng.random() < 0.6
            k_b += rng.random() < 0.6
            if n >= 20 and proportions(k_a, n, k_b, n, tau2=0.05**2).p_value <= 0.05:
                crossed += 1
                break
    assert crossed / 400 <= 0.05 + 2 * math.sqrt(0.05 * 0.95 / 400)


def test_bootstrap_is_seeded_and_covers_a_shift() -> None:
    rng = random.Random(1)
    a = [rng.lognormvariate(7, 0.4) for _ in range(300)]
    b = [x + 200 for x in (rng.lognormvariate(7, 0.4) for _ in range(300))]
    one = bootstrap_median_difference(a, b, seed=3)
    assert one == bootstrap_median_difference(a, b, seed=3)
    assert one.lower < 200 < one.upper and one.lower > 0


def test_calls_needed_grows_about_fourfold_when_the_effect_halves() -> None:
    n3 = calls_needed(0.24, 0.24, 0.05, 0.03, 0.03**2)
    n6 = calls_needed(0.24, 0.24, 0.05, 0.06, 0.06**2)
    assert 3.5 < n3 / n6 < 5
    n_even = calls_needed(0.24, 0.24, 0.5, 0.03, 0.03**2)
    assert n_even < n3  # a 50/50 split needs far fewer calls than a 5% canary


def test_bootstrap_medians_are_drawn_like_resampling_would() -> None:
    """The order-statistic shortcut gives the same distribution as resampling calls and taking medians."""
    import numpy as np

    from rollout.stats.ranks import bootstrap_medians

    for n in (9, 10):
        x = np.array([float(v * v) for v in range(n)])
        direct = np.median(x[np.random.default_rng(1).integers(0, n, size=(40_000, n))], axis=1)
        exact = bootstrap_medians(list(x), np.random.default_rng(2), 40_000)
        support = np.union1d(direct, exact)
        gap = max(abs(np.mean(direct == v) - np.mean(exact == v)) for v in support)
        assert gap < 0.015, (n, gap)
