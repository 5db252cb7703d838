"""Containment's 10-minute judgement is an exact binomial tail at the usual share of hand-offs: a thin
window's chance dip does not page (a holiday's 18 calls of 10 minutes, 5 contained where 74% is
usual: one chance in 16 000, paged at 4 sigma), a real drop over the same calls does."""

from __future__ import annotations

import pandas as pd

from alerts.detector.signals import SIGNALS, judge

CONTAINMENT = [
    s for s in SIGNALS if s.alertname == "CallpulseDetectorContainmentDrop" and s.method != "cusum"
]
NOW = 1_000_000


def kpi(settled: list[int], contained: list[int]) -> pd.DataFrame:
    return pd.DataFrame({"minute": range(NOW - len(settled), NOW), "workflow": "billing",
                         "settled": settled, "contained": contained,
                         "uncontained": [s - c for s, c in zip(settled, contained, strict=True)]})  # fmt: skip


def found(settled: list[int], contained: list[int]) -> list[str]:
    frame = kpi(settled, contained)
    return [f.summary for s in CONTAINMENT for f in judge(s, frame, NOW)]


USUAL_SETTLED = [2, 3, 2, 4, 2] * 36  # three hours of about 2.6 calls a minute, 74% contained
USUAL_CONTAINED = [2, 2, 1, 3, 2] * 36


def test_a_thin_windows_chance_dip_does_not_page() -> None:
    """The holiday's ten minutes (test-holiday, billing, 11:26-11:35): 5 of 18 contained."""
    settled, contained = [0, 3, 3, 1, 5, 2, 1, 2, 0, 1], [0, 1, 1, 0, 1, 0, 1, 0, 0, 1]
    assert found(USUAL_SETTLED + settled, USUAL_CONTAINED + contained) == []


def test_a_real_drop_over_as_few_calls_pages() -> None:
    """The same ten minutes, 1 of 18 contained."""
    settled, contained = [0, 3, 3, 1, 5, 2, 1, 2, 0, 1], [0, 0, 0, 0, 0, 0, 1, 0, 0, 0]
    assert found(USUAL_SETTLED + settled, USUAL_CONTAINED + contained)
