"""Traffic that stops pages; traffic that steps down at the end of the business day does not, on a
holiday (half of last week all day) or on a workflow launched today (no last week at all)."""

from __future__ import annotations

import pandas as pd

from alerts.detector.signals import SIGNALS, judge

TRAFFIC = next(s for s in SIGNALS if s.alertname == "CallpulseDetectorTrafficStopped")
WEEK = 7 * 24 * 60
SIX_PM = 29_000_000 + 18 * 60  # epoch minutes
LOW_DRAW = [1, 0] * 10  # 10 calls in 20 minutes: a low but ordinary draw at one call a minute


def frame(days: dict[str, tuple[list[int], list[int]]]) -> pd.DataFrame:
    """Per workflow (last week's calls a minute, today's), each from 15:00 to 20:00."""
    rows = [
        (start + i, workflow, count)
        for workflow, (last_week, today) in days.items()
        for start, counts in ((SIX_PM - 180 - WEEK, last_week), (SIX_PM - 180, today))
        for i, count in enumerate(counts)
    ]
    return pd.DataFrame(rows, columns=["minute", "workflow", "arrivals"])


def pages(calls: pd.DataFrame, until: int = SIX_PM + 40) -> list[tuple[int, str]]:
    """(minutes after 18:00, workflow) of every finding, ticking each minute from 18:00."""
    return [(now - SIX_PM, f.group.get("workflow", "*")) for now in range(SIX_PM, until)
            for f in judge(TRAFFIC, calls[calls["minute"] < now], now)]  # fmt: skip


def business_day(before: int, after: int) -> list[int]:
    return [before] * 180 + [after] * 120


def test_a_holiday_evening_at_half_of_last_weeks_traffic_does_not_page() -> None:
    """Last week 4 calls a minute until 18:00, then 2; today half of that, and after 18:00 a low draw
    (10 calls in 20 min against 20 expected): the day stepping down is not traffic stopping."""
    holiday = [2] * 180 + LOW_DRAW + [1] * 100
    assert pages(frame({"appointment": (business_day(4, 2), holiday)})) == []


def test_a_workflow_launched_today_steps_down_with_every_other_workflow_without_paging() -> None:
    """Claims has no last week; every other workflow halves at 18:00 last week and today."""
    launched = [0] * 60 + [2] * 120 + LOW_DRAW + [1] * 100
    calls = frame({"billing": (business_day(8, 4), business_day(8, 4)), "claims": ([0] * 300, launched)})
    assert pages(calls) == []


def test_traffic_that_stops_after_the_step_down_still_pages() -> None:
    """The same evening, but appointment's calls stop at 18:10: paged within ten minutes."""
    stopped = [4] * 180 + [2] * 10 + [0] * 110
    first = pages(frame({"appointment": (business_day(4, 2), stopped)}))[0]
    assert first[1] == "appointment" and 10 < first[0] <= 20
