"""Per-call values (latencies, handle time): the Mann-Whitney U test with the normal approximation and
tie correction, and a seeded bootstrap interval of the difference of medians.

References: H. B. Mann, D. R. Whitney (1947), Ann. Math. Statist. 18:50-60; B. Efron, R. Tibshirani
(1993), "An Introduction to the Bootstrap", ch. 13 (percentile interval).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from statistics import NormalDist

import numpy as np

from rollout.stats.proportions import Interval

_NORMAL = NormalDist()


def mann_whitney_p(a: Sequence[float], b: Sequence[float]) -> float:
    """Two-sided p-value of the Mann-Whitney U test (normal approximation, tie-corrected, with continuity
    correction), as ``scipy.stats.mannwhitneyu(a, b, method="asymptotic")`` gives it."""
    n_a, n_b = len(a), len(b)
    if n_a == 0 or n_b == 0:
        return 1.0
    n = n_a + n_b
    _, inverse, counts = np.unique(
        np.concatenate([np.asarray(a, dtype=float), np.asarray(b, dtype=float)]),
        return_inverse=True, return_counts=True,
    )  # fmt: skip
    last = np.cumsum(counts)  # mid-ranks of tied values: (first + last) / 2
    mid_rank = last - (counts - 1) / 2
    rank_sum_a = float(mid_rank[inverse[:n_a]].sum())
    ties = float((counts.astype(float) ** 3 - counts).sum())
    u_a = rank_sum_a - n_a * (n_a + 1) / 2
    mean = n_a * n_b / 2
    variance = n_a * n_b / 12 * ((n + 1) - ties / (n * (n - 1))) if n > 1 else 0.0
    if variance <= 0:
        return 1.0
    z = (abs(u_a - mean) - 0.5) / math.sqrt(variance)
    return min(1.0, 2 * (1 - _NORMAL.cdf(max(z, 0.0))))


def bootstrap_medians(values: Sequence[float], rng: np.random.Generator, resamples: int) -> np.ndarray:
    """``resamples`` draws of the median of a resample (with replacement) of ``values``, exact and in
    O(n log n + resamples): resampled indices are ``ceil(n * U)`` for uniforms ``U``, monotone in ``U``,
    so the resample's k-th smallest value is ``sorted[ceil(n * U_(k)) - 1]`` with ``U_(k) ~ Beta(k, n + 1 -
    k)`` the k-th order statistic of n uniforms; the next one is ``U_(k) + (1 - U_(k)) * Beta(1, n - k)``."""
    xs = np.sort(np.asarray(values, dtype=float))
    n = len(xs)

    def at(u: np.ndarray) -> np.ndarray:
        return np.asarray(xs[np.clip(np.ceil(n * u).astype(np.int64), 1, n) - 1])

    k = (n + 1) // 2
    lower = rng.beta(k, n + 1 - k, size=resamples)
    if n % 2 == 1:
        return at(lower)
    upper = lower + (1 - lower) * rng.beta(1, n - k, size=resamples)
    return np.asarray((at(lower) + at(upper)) / 2)


def bootstrap_median_difference(
    a: Sequence[float], b: Sequence[float], *, alpha: float = 0.05, resamples: int = 2_000, seed: int = 0
) -> Interval:
    """Percentile bootstrap interval of ``median(b) - median(a)``, resampling calls within each arm (the
    resampled medians drawn exactly by ``bootstrap_medians``); deterministic for a given ``seed``. Empty arms
    give NaN and an unbounded interval."""
    if len(a) == 0 or len(b) == 0:
        return Interval(math.nan, -math.inf, math.inf)
    rng = np.random.default_rng(seed)
    estimate = float(np.median(np.asarray(b, dtype=float)) - np.median(np.asarray(a, dtype=float)))
    diffs = bootstrap_medians(b, rng, resamples) - bootstrap_medians(a, rng, resamples)
    lower, upper = np.quantile(diffs, [alpha / 2, 1 - alpha / 2])
    return Interval(estimate, float(lower), float(upper))
