"""Pure statistics of the detector: robust baselines, deviation scores, slow-drift detection.

No I/O and no clock: every function takes numbers and returns numbers, so each is tested alone.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

MAD_TO_SIGMA = 1.4826  # MAD of a normal distribution times this is its standard deviation


@dataclass(frozen=True, slots=True)
class Baseline:
    """What "normal" is for one KPI: a robust centre and spread, and how much history it rests on."""

    median: float
    mad: float
    points: int
    events: float = 0.0  # shares: the numerator and denominator the baseline pools
    trials: float = 0.0
    per_trial_sigma: float = 0.0  # means: the spread of one call's value (see ``mean_baseline``)
    dispersion: float = 1.0  # shares: the minutes' scatter over a binomial's (see ``dispersion``)

    @property
    def sigma(self) -> float:
        return MAD_TO_SIGMA * self.mad


def median(values: Sequence[float]) -> float:
    ordered = sorted(values)
    n = len(ordered)
    if n == 0:
        raise ValueError("median of no values")
    mid = n // 2
    return ordered[mid] if n % 2 else (ordered[mid - 1] + ordered[mid]) / 2


def robust_baseline(values: Sequence[float]) -> Baseline | None:
    """Median and median absolute deviation of ``values`` (NaNs dropped); None without data.

    Median/MAD rather than mean/stdev: one bad minute in the history (an earlier incident) moves
    neither, so an incident does not teach the detector that incidents are normal.
    """
    clean = [v for v in values if not math.isnan(v)]
    if not clean:
        return None
    centre = median(clean)
    return Baseline(centre, median([abs(v - centre) for v in clean]), len(clean))


def mean_baseline(
    sums: Sequence[float], counts: Sequence[float], minutes: Sequence[int] = (), scatter_minutes: int = 0
) -> Baseline | None:
    """Normal for a mean over calls (sentiment change per call), from per-minute sums and counts: the
    pooled mean of the baseline's calls, and the spread of one call's value (the count-weighted
    scatter of the minutes' means: a minute of ``n`` calls has a mean ``sqrt(n)`` times steadier).

    Not the median and MAD of per-minute means: when the baseline's minutes hold one call each (last
    week's night hour, judged against a day whose callers come an hour early), those are the median
    and MAD of single calls, whose values are few and repeated (the same closing words score the same),
    so the MAD was about 0 and the median one call's typical value, not the mean of many; an ordinary
    ten minutes of busy calls then read as a dip of several sigma (a clock-shifted day: 3 false
    SentimentDip pages). None without two minutes of calls. ``scatter_minutes``: the spread is also
    read over bins of that many ``minutes`` (``_binned_variance``), and the larger taken."""
    pairs = [(float(s), float(n)) for s, n in zip(sums, counts, strict=True) if n > 0]
    trials = sum(n for _, n in pairs)
    if len(pairs) < 2 or trials <= 0:
        return None
    total = sum(s for s, _ in pairs)
    centre = total / trials
    variance = sum(n * (s / n - centre) ** 2 for s, n in pairs) / (len(pairs) - 1)
    if scatter_minutes > 1 and minutes:
        binned = _binned_variance(sums, counts, minutes, scatter_minutes, centre)
        variance = max(variance, min(binned, SCATTER_CAP**2 * variance))
    return Baseline(centre, 0.0, len(pairs), total, trials, per_trial_sigma=math.sqrt(variance))


SCATTER_BINS = 5
"""Bins of ``scatter_minutes`` a baseline needs before their scatter is read (fewer say little)."""
SCATTER_CAP = 1.5
"""Round 27: the binned scatter widens one call's spread by at most this factor over the minutes'.
Read off the 7 to 12 ten-minute bins a baseline holds, it swings: a history whose calls come in runs
(test_shifted_day: one call a minute, +0.4 for 11 minutes, then -0.3 for 9) read 2.98 times the
minutes' spread, and a real dip to -0.5 over 20 calls scored 2.3 standard errors, no page. The
clustering it is there for is smaller: refill's angrier callers on seed 5631's normal day read
1.00-1.40 times at 13:50-14:02 (the chance cluster its false SentimentDip came from), up to 1.66 a
few minutes later. At 1.5 the dip scores 4.6 and pages; 14:00-14:02 read as in round 26."""


def _binned_variance(
    sums: Sequence[float], counts: Sequence[float], minutes: Sequence[int], width: int, centre: float
) -> float:
    """One call's variance as the scatter of ``width``-minute means shows it (count-weighted, as
    ``mean_baseline``'s minutes); 0 with fewer than ``SCATTER_BINS`` bins.

    Round 26: calls close in time are not independent. Refill's clearly angrier callers come in
    clusters (their ten-minute counts scatter 1.41 times a binomial's on seed 5631's normal day, 1.49
    on its last week; appointment's 1.03), so its ten-minute means scatter about 1.3 times more than
    independent calls would, which the minute-by-minute scatter, a call or two a minute, cannot show.
    Read from the minutes alone, a ten-minute mean of 21 calls 4.0 standard errors under normal (-0.20
    against +0.07 at 14:00-14:02, six callers handed off in frustration) paged SentimentDip on that
    normal day; read at the window's scale too it is 3.9, 3.7 and 3.0."""
    bins: dict[int, tuple[float, float]] = {}
    for s, n, m in zip(sums, counts, minutes, strict=True):
        if n > 0:
            total, calls = bins.get(int(m) // width, (0.0, 0.0))
            bins[int(m) // width] = (total + float(s), calls + float(n))
    if len(bins) < SCATTER_BINS:
        return 0.0
    return sum(n * (s / n - centre) ** 2 for s, n in bins.values()) / (len(bins) - 1)


def mean_score(observed: float, volume: float, baseline: Baseline, floor: float) -> float:
    """Signed deviation of the mean of ``volume`` calls from ``baseline`` (a ``mean_baseline``), in
    standard errors of the difference of the two means (at least ``floor``): a baseline of few calls
    is uncertain too (last week's night hour behind a clock-shifted morning held 50 calls; judged as
    exact, 16 ordinary calls 0.26 under it scored 4.07 and paged)."""
    error = baseline.per_trial_sigma * math.sqrt(1.0 / max(volume, 1.0) + 1.0 / max(baseline.trials, 1.0))
    return (observed - baseline.median) / max(error, floor)


def dispersion(events: Sequence[float], trials: Sequence[float]) -> float:
    """How much more the per-minute shares scatter around their pooled share than independent trials
    would (the count-weighted variance over the binomial's; at least 1). Turns of one call are slow or
    fast together, so a minute's turns are fewer independent trials than their number: the share of a
    window of them is that much less certain."""
    pairs = [(float(k), float(n)) for k, n in zip(events, trials, strict=True) if n > 0]
    total = sum(n for _, n in pairs)
    if len(pairs) < 2 or total <= 0:
        return 1.0
    p = sum(k for k, _ in pairs) / total
    if p <= 0.0 or p >= 1.0:
        return 1.0
    variance = sum(n * (k / n - p) ** 2 for k, n in pairs) / (len(pairs) - 1)
    return max(variance / (p * (1 - p)), 1.0)


def deviation_score(
    observed: float, baseline: Baseline, *, volume: int, window_minutes: float, floor: float
) -> float:
    """Signed deviation of a windowed rate from its baseline, in units of its expected spread.

    The spread is the largest of: the per-minute MAD shrunk by the window length, the binomial
    standard error of a share over ``volume`` trials (widened by the baseline's ``dispersion``; 0 for
    means), and ``floor`` (a rate that never
    moved still has to move by at least ``floor`` to be news).
    """
    p = min(max(baseline.median, 0.0), 1.0)
    binomial = math.sqrt(baseline.dispersion * p * (1 - p) / volume) if volume > 0 else 0.0  # 0: not a share
    spread = max(baseline.sigma / math.sqrt(max(window_minutes, 1)), binomial, floor)
    return (observed - baseline.median) / spread


def ewma(values: Sequence[float], alpha: float) -> list[float]:
    """Exponentially weighted moving average (the first value seeds it)."""
    if not 0 < alpha <= 1:
        raise ValueError("alpha must be in (0, 1]")
    out: list[float] = []
    for value in values:
        out.append(value if not out else alpha * value + (1 - alpha) * out[-1])
    return out


def binomial_tail(k: int, n: int, p: float) -> float:
    """P(X >= k) for X ~ Binomial(n, p): how surprising ``k`` failures out of ``n`` are when each
    fails with probability ``p``."""
    if k <= 0:
        return 1.0
    if k > n:
        return 0.0
    p = min(max(p, 0.0), 1.0)
    return min(1.0, sum(math.comb(n, i) * p**i * (1 - p) ** (n - i) for i in range(k, n + 1)))


def surprise(k: int, n: int, p: float) -> float:
    """-log10 of ``binomial_tail``: 6 means one chance in a million (capped at 300)."""
    tail = binomial_tail(k, n, p)
    return 300.0 if tail <= 1e-300 else -math.log10(tail)


def log_tail(k: int, n: int, p: float, below: bool) -> float:
    """-log10 of P(X <= k) (``below``) or P(X >= k) for X ~ Binomial(n, p), summed in logs (a line's
    hundreds of calls overflow ``binomial_tail``'s products); capped at 300."""
    certain = n if p >= 1.0 else 0  # X's one value when p is 0 or 1
    if not 0.0 < p < 1.0:
        return 0.0 if (certain <= k if below else certain >= k) else 300.0
    ks = range(max(0, k) + 1) if below else range(max(0, k), n + 1)
    logs = [math.lgamma(n + 1) - math.lgamma(i + 1) - math.lgamma(n - i + 1) + i * math.log(p)
            + (n - i) * math.log1p(-p) for i in ks]  # fmt: skip
    if not logs:
        return 300.0
    top = max(logs)
    total = top + math.log(sum(math.exp(v - top) for v in logs))
    return min(300.0, max(0.0, -total / math.log(10)))


def cusum_high(steps: Sequence[float], slack: float) -> list[float]:
    """One-sided CUSUM of standardised steps (positive = the bad direction): each step adds what it
    exceeds ``slack`` by, and the total never goes below 0. Steady noise stays near 0; a drift
    of a fraction of a standard error per minute adds up until it crosses a threshold."""
    total = 0.0
    out: list[float] = []
    for step in steps:
        total = max(0.0, total + step - slack)
        out.append(total)
    return out


def seasonal_points(minute_of_week: int, history: Sequence[tuple[int, float]], halfwidth: int) -> list[float]:
    """Values from the same time of week (``minute_of_week`` +- ``halfwidth``) in earlier weeks."""
    week = 7 * 24 * 60
    picked: list[float] = []
    for minute, value in history:
        distance = abs(minute % week - minute_of_week)
        if min(distance, week - distance) <= halfwidth:
            picked.append(value)
    return picked
