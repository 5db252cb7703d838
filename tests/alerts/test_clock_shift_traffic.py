"""A daylight-saving change moves the whole daily curve an hour earlier in UTC: today's volume steps down
at 17:00 where last week's stepped down at 18:00. Last week is read an hour off when the day's curve
fits it clearly better there, so the early step is not traffic stopping (test3-dst: the 17:00 and 20:00
steps paged as every workflow's calls stopping); a line that really stops at the step still pages. The
shift is read from the day's earlier curve (its 12:00 step up also came an hour before last week's), not
taken whenever it would explain a drop: a normal evening whose curve matches last week's keeps last
week's same time."""

from __future__ import annotations

import pandas as pd

from alerts.detector.signals import SIGNALS, judge

TRAFFIC = next(s for s in SIGNALS if s.alertname == "CallpulseDetectorTrafficStopped")
WEEK = 7 * 24 * 60
STEP = 29_000_000  # epoch minute of today's 17:00
NOW = STEP + 7  # 17:07


def _level(minute: int, step_up: int, step_down: int, after: int) -> int:
    return 4 if minute < step_up else (12 if minute < step_down else after)


def arrivals(after_step: int, shifted: bool = True) -> pd.DataFrame:
    """Four calls a minute, twelve from the step up, five after the step down: today up at 12:00 and
    down at 17:00 (then ``after_step``), last week an hour later (``shifted``) or at the same times."""
    late = 60 if shifted else 0
    today = [(m, _level(m, STEP - 300, STEP, after_step)) for m in range(NOW - 600, NOW)]
    then = STEP - WEEK
    last_week = [(m, _level(m, then - 300 + late, then + late, 5)) for m in range(then - 600, then + 180)]
    rows = last_week + today
    return pd.DataFrame(
        {"minute": [m for m, _ in rows], "workflow": "billing", "arrivals": [n for _, n in rows]}
    )


def test_the_days_curve_an_hour_early_does_not_page() -> None:
    assert judge(TRAFFIC, arrivals(after_step=5), NOW) == []


def test_a_line_that_stops_at_the_step_still_pages() -> None:
    assert "billing" in {f.group.get("workflow") for f in judge(TRAFFIC, arrivals(after_step=0), NOW)}


def test_an_evening_on_last_weeks_clock_reads_last_weeks_same_time() -> None:
    """Without the shift in the day's curve (both days step at the same times), the 17:00 step down is
    what last week predicted: no page."""
    assert judge(TRAFFIC, arrivals(after_step=5, shifted=False), NOW) == []
