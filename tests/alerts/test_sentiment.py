"""A mean over a window is judged by the calls in it, not by its minutes: the evening's thinner
traffic (or a holiday's) does not make an ordinary dip of sentiment a page; a dip over the usual
number of calls still is one."""

from __future__ import annotations

import pandas as pd

from alerts.detector.signals import SIGNALS, judge

MEAN = next(s for s in SIGNALS if s.alertname.endswith("SentimentDip") and s.method == "window")
NOW = 1_000_000
USUAL = [0.3, -0.1, 0.2, 0.0, 0.1]  # per-minute mean sentiment change of four scored calls: +0.1 normally


def sentiment(scored: list[int], means: list[float]) -> pd.DataFrame:
    minutes = range(NOW - len(scored), NOW)
    return pd.DataFrame({"minute": list(minutes), "workflow": "billing", "agent_version": "1.4.0",
                         "sentiment_n": scored,
                         "sentiment_sum": [m * n for m, n in zip(means, scored, strict=True)]})  # fmt: skip


def dip(calls_a_minute: list[int]) -> pd.DataFrame:
    """Three hours at four scored calls a minute, then ten minutes averaging -0.18 (0.28 lower)."""
    return sentiment([4] * 170 + calls_a_minute, USUAL * 34 + [-0.18] * 10)


def test_a_dip_over_the_evenings_few_calls_does_not_page() -> None:
    """15 calls in ten minutes: a 0.28 dip is under four of their standard errors (it would be over
    four of ten busy minutes')."""
    assert judge(MEAN, dip([2, 1] * 5), NOW) == []


def test_the_same_dip_over_the_usual_number_of_calls_pages() -> None:
    [finding] = judge(MEAN, dip([4] * 10), NOW)
    assert finding.volume == 40 and round(finding.value, 2) == -0.18
