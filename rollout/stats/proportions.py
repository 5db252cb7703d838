"""Rates: Wilson's score interval for one proportion, Newcombe's hybrid score interval for the difference
of two independent proportions, and the fixed-sample two-proportion z-test (kept only to show what
reading it every day does; the verdicts use ``rollout.stats.sequential``).

References: E. B. Wilson (1927), JASA 22:209-212; R. G. Newcombe (1998), "Interval estimation for the
difference between independent proportions: comparison of eleven methods", Stat. Med. 17:873-890
(method 10).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from statistics import NormalDist

from rollout.errors import StatsInputError

_NORMAL = NormalDist()


@dataclass(frozen=True, slots=True)
class Interval:
    """A two-sided interval ``[lower, upper]`` around ``estimate``."""

    estimate: float
    lower: float
    upper: float

    def excludes(self, value: float) -> bool:
        return value < self.lower or value > self.upper


def z_two_sided(alpha: float) -> float:
    """The standard normal quantile of ``1 - alpha/2`` (1.95996… for 0.05)."""
    if not 0 < alpha < 1:
        raise StatsInputError(f"alpha must be in (0, 1), got {alpha}")
    return _NORMAL.inv_cdf(1 - alpha / 2)


def _check(successes: int, n: int) -> None:
    if n < 0 or successes < 0 or successes > n:
        raise StatsInputError(f"need 0 <= successes <= n, got {successes} of {n}")


def wilson(successes: int, n: int, alpha: float = 0.05) -> Interval:
    """Wilson's score interval of ``successes / n``; ``n == 0`` gives the whole ``[0, 1]`` around NaN."""
    _check(successes, n)
    if n == 0:
        return Interval(math.nan, 0.0, 1.0)
    z = z_two_sided(alpha)
    p = successes / n
    denominator = 1 + z * z / n
    centre = (p + z * z / (2 * n)) / denominator
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / denominator
    lower = 0.0 if successes == 0 else max(0.0, centre - half)  # exactly 0 (1), not a rounding error
    upper = 1.0 if successes == n else min(1.0, centre + half)
    return Interval(p, lower, upper)


def newcombe_difference(k_a: int, n_a: int, k_b: int, n_b: int, alpha: float = 0.05) -> Interval:
    """Newcombe's hybrid score interval of ``p_b - p_a`` (method 10), built from both Wilson intervals."""
    a, b = wilson(k_a, n_a, alpha), wilson(k_b, n_b, alpha)
    if n_a == 0 or n_b == 0:
        return Interval(math.nan, -1.0, 1.0)
    d = b.estimate - a.estimate
    lower = d - math.sqrt((b.estimate - b.lower) ** 2 + (a.upper - a.estimate) ** 2)
    upper = d + math.sqrt((b.upper - b.estimate) ** 2 + (a.estimate - a.lower) ** 2)
    return Interval(d, max(-1.0, lower), min(1.0, upper))


def two_proportion_z_p(k_a: int, n_a: int, k_b: int, n_b: int) -> float:
    """Two-sided p-value of the pooled two-proportion z-test (fixed sample size; valid for one look only)."""
    _check(k_a, n_a)
    _check(k_b, n_b)
    if n_a == 0 or n_b == 0:
        return 1.0
    pooled = (k_a + k_b) / (n_a + n_b)
    se = math.sqrt(pooled * (1 - pooled) * (1 / n_a + 1 / n_b))
    if se == 0:
        return 1.0
    z = (k_b / n_b - k_a / n_a) / se
    return 2 * (1 - _NORMAL.cdf(abs(z)))
