"""A day whose callers come an hour early (a daylight-saving change) is judged against last week's
same clock time, which was a night hour of a call a minute. A mean sentiment change over such minutes
is a mean of single calls, whose values are few and repeated: their median and MAD are one call's
typical value and about 0, not a mean's centre and spread. The mean is judged against the pooled mean
of the baseline's calls and the standard error of a mean of the window's calls (test3-dst: three false
SentimentDip pages came from that)."""

from __future__ import annotations

import pandas as pd

from alerts.detector.signals import SIGNALS, judge
from alerts.detector.stats import Baseline, mean_baseline, mean_score

MEAN = next(s for s in SIGNALS if s.alertname.endswith("SentimentDip") and s.method == "window")
NOW = 1_000_000
ONE_CALL = [0.4] * 11 + [-0.3] * 9  # one call's sentiment change: the same few values, +0.085 on average


def day(window_means: list[float]) -> pd.DataFrame:
    """Two hours of one scored call a minute, then ten minutes of two calls a minute at these means."""
    history = [(NOW - 130 + i, 1, ONE_CALL[i % len(ONE_CALL)]) for i in range(120)]
    window = [(NOW - 10 + i, 2, m) for i, m in enumerate(window_means)]
    rows = history + window
    return pd.DataFrame({"minute": [m for m, _, _ in rows], "workflow": "billing", "agent_version": "1.4.0",
                         "sentiment_n": [n for _, n, _ in rows],
                         "sentiment_sum": [n * v for _, n, v in rows]})  # fmt: skip


def test_busy_ordinary_minutes_after_single_call_minutes_do_not_page() -> None:
    """Each minute one call at +0.4 and one at -0.3 (twenty calls averaging +0.05): ordinary calls.
    The single calls' median (+0.4) and MAD (0) made this a dip of 0.35 at seven floors' worth."""
    assert judge(MEAN, day([0.05] * 10), NOW) == []


def test_a_real_dip_after_single_call_minutes_still_pages() -> None:
    [finding] = judge(MEAN, day([-0.5] * 10), NOW)
    assert finding.volume == 20 and 0.05 < finding.baseline < 0.15  # the calls' mean, not one call's +0.4


def test_the_baseline_is_the_pooled_mean_and_one_calls_spread() -> None:
    """Minutes of four calls averaging 0.3 and 0.1 alternately: the mean is 0.2 and one call's spread
    sqrt(4 * 0.01) = 0.2 (a minute's mean of four calls is half as spread)."""
    baseline = mean_baseline([1.2, 0.4] * 10, [4] * 20)
    assert baseline is not None
    assert round(baseline.median, 6) == 0.2
    assert abs(baseline.per_trial_sigma - 0.2 * (20 / 19) ** 0.5) < 1e-9


def test_a_baseline_of_few_calls_is_uncertain_too() -> None:
    """Fifty calls of last week's night hour averaging +0.05 (one call's spread 0.26), then sixteen
    ordinary calls averaging -0.21: 4.1 standard errors of the window's mean, 3.5 of the difference
    of the two means (test3-dst 06:39, billing)."""
    baseline = Baseline(0.051, 0.0, 32, 2.55, 50.0, per_trial_sigma=0.2577)
    assert 3.4 < -mean_score(-0.2114, 16, baseline, floor=0.05) < 3.6
