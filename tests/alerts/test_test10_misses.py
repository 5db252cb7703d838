"""test10's false page and the lunch lull, as tuning data (issue 20): each fix's test fails on the detector
frozen for test10 (dd5e555)."""

from __future__ import annotations

import pandas as pd

from alerts.detector.signals import SIGNALS, judge

TRAFFIC = next(s for s in SIGNALS if s.alertname == "CallpulseDetectorTrafficStopped")
WEEK = 7 * 24 * 60
DAY = 29_000_160  # epoch minute of today's 00:00 (a multiple of 1440)


def _launch_day(rate_pattern: tuple[int, ...], stop: int) -> pd.DataFrame:
    """billing and refill at 3 calls a minute from 06:00 to 21:00 on both days; ``dental`` launched
    today at 08:20 (no last week at all), its calls a minute cycling through ``rate_pattern``, none
    from ``stop`` (minutes after midnight)."""
    rows = []
    for day in (DAY - WEEK, DAY):
        for m in range(6 * 60, 21 * 60):
            rows += [(day + m, "billing", 3), (day + m, "refill", 3)]
            if day == DAY and m >= 8 * 60 + 20:
                rows.append((day + m, "dental", rate_pattern[m % len(rate_pattern)] if m < stop else 0))
    return pd.DataFrame(rows, columns=["minute", "workflow", "arrivals"])


def _dental_pages(calls: pd.DataFrame, first: int, last: int) -> list[int]:
    found = []
    for now in range(DAY + first, DAY + last):
        if any(f.group == {"workflow": "dental"} for f in judge(TRAFFIC, calls[calls["minute"] < now], now)):
            found.append(now - DAY)
    return found


def test_a_line_launched_today_is_not_judged_by_the_long_night_windows() -> None:
    """test10-benign's false page: dental, launched 08:20 at about half a call a minute, got none from
    19:20 (its own evening) and paged "0 calls arrived in the last 30 min, 14 expected": the 25-60 minute
    windows read its expectation off every workflow's shape, a shape it has no week of its own to confirm."""
    calls = _launch_day((1, 0), 19 * 60 + 20)
    assert _dental_pages(calls, 19 * 60 + 20, 20 * 60 + 30) == []


def test_a_busy_line_launched_today_that_stops_still_pages() -> None:
    """A new line at a call a minute for hours that stops is a stop: the 1-20 minute windows judge it."""
    calls = _launch_day((1,), 15 * 60)
    found = _dental_pages(calls, 15 * 60, 15 * 60 + 25)
    assert found and found[0] <= 15 * 60 + 20
