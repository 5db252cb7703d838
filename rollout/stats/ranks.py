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
_CELLS_PER_CHUNK = 2_000_000  # bootstrap resamples drawn per numpy call (bounded memory)


def mann_whitney_p(a: Sequence[float], b: Sequence[float]) -> float:
    """Two-sided p-value of the Mann-Whitney U test (normal approximation, tie-corrected, with continuity
    correction), as ``scipy.stats.mannwhitneyu(a, b, method="asymptotic")`` gives it."""
    n_a, n_b = len(a), len(b)
    if n_a == 0 or n_b == 0:
        return 1.0
    pooled = sorted([(v, 0) for v in a] + [(v, 1) for v in b])
    rank_sum_a, ties, i, n = 0.0, 0.0, 0, n_a + n_b
    while i < n:
        j = i
        while j + 1 < n and pooled[j + 1][0] == pooled[i][0]:
            j += 1
        rank = (i + j + 2) / 2  # mean of ranks i+1 .. j+1
        size = j - i + 1
        ties += size**3 - size
        rank_sum_a += rank * sum(1 for k in range(i, j + 1) if pooled[k][1] == 0)
        i = j + 1
    u_a = rank_sum_a - n_a * (n_a + 1) / 2
    mean = n_a * n_b / 2
    variance = n_a * n_b / 12 * ((n + 1) - ties / (n * (n - 1))) if n > 1 else 0.0
    if variance <= 0:
        return 1.0
    z = (abs(u_a - mean) - 0.5) / math.sqrt(variance)
    return min(1.0, 2 * (1 - _NORMAL.cdf(max(z, 0.0))))


def bootstrap_median_difference(
    a: Sequence[float], b: Sequence[float], *, alpha: float = 0.05, resamples: int = 1_000, seed: int = 0
) -> Interval:
    """Percentile bootstrap interval of ``median(b) - median(a)``, resampling calls within each arm;
    deterministic for a given ``seed``. Empty arms give NaN and an unbounded interval."""
    if len(a) == 0 or len(b) == 0:
        return Interval(math.nan, -math.inf, math.inf)
    rng = np.random.default_rng(seed)
    xa, xb = np.asarray(a, dtype=float), np.asarray(b, dtype=float)
    estimate = float(np.median(xb) - np.median(xa))
    chunk = max(1, _CELLS_PER_CHUNK // max(len(xa), len(xb)))
    diffs: list[np.ndarray] = []
    done = 0
    while done < resamples:
        size = min(chunk, resamples - done)
        med_a = np.median(xa[rng.integers(0, len(xa), size=(size, len(xa)))], axis=1)
        med_b = np.median(xb[rng.integers(0, len(xb), size=(size, len(xb)))], axis=1)
        diffs.append(med_b - med_a)
        done += size
    all_diffs = np.concatenate(diffs)
    lower, upper = np.quantile(all_diffs, [alpha / 2, 1 - alpha / 2])
    return Interval(estimate, float(lower), float(upper))
