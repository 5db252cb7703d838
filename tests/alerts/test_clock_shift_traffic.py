"""A daylight-saving change moves the whole daily curve an hour earlier in UTC: today's volume steps
down at 17:00 where last week's stepped down at 18:00. Last week's change is also read an hour either
side, so the early step is not traffic stopping (test3-dst: the 17:00 and 20:00 steps paged as every
workflow's calls stopping); a line that really stops at the step still pages."""

from __future__ import annotations

import pandas as pd

from alerts.detector.signals import SIGNALS, judge

TRAFFIC = next(s for s in SIGNALS if s.alertname == "CallpulseDetectorTrafficStopped")
WEEK = 7 * 24 * 60
STEP = 29_000_000  # epoch minute of today's 17:00
NOW = STEP + 7  # 17:07


def arrivals(after_step: int) -> pd.DataFrame:
    """Twelve calls a minute, five after the step: today at 17:00 (then ``after_step``), last week
    at 18:00."""
    today = [(m, 12 if m < STEP else after_step) for m in range(NOW - 180, NOW)]
    then = STEP - WEEK
    last_week = [(m, 12 if m < then + 60 else 5) for m in range(then - 180, then + 180)]
    rows = last_week + today
    return pd.DataFrame(
        {"minute": [m for m, _ in rows], "workflow": "billing", "arrivals": [n for _, n in rows]}
    )


def test_the_days_curve_an_hour_early_does_not_page() -> None:
    assert judge(TRAFFIC, arrivals(after_step=5), NOW) == []


def test_a_line_that_stops_at_the_step_still_pages() -> None:
    assert "billing" in {f.group.get("workflow") for f in judge(TRAFFIC, arrivals(after_step=0), NOW)}
