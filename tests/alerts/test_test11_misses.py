"""test11's late pages, as tuning data (issue 20): each fix's test fails on the detector frozen for
test11 (6f6a9f4)."""

from __future__ import annotations

import pandas as pd

from alerts.detector import queries
from alerts.detector.signals import SIGNALS, judge

SLOW = next(s for s in SIGNALS if s.alertname == "CallpulseDetectorSlowTool")
DAY = 29_000_160  # epoch minute of today's 00:00 (a multiple of 1440)


def _rise(normal_ms: float, now_ms: float, start: int, end: int) -> pd.DataFrame:
    """One tool answering once a minute from 03:00: ``normal_ms`` for six hours, then ``now_ms`` from
    ``start`` (minutes after midnight); ``slow`` counted by the detector's own limit."""
    rows = []
    for m in range(3 * 60, end):
        ms = now_ms if m >= start else normal_ms
        slow = float(ms >= queries.slow_limit_ms(normal_ms))
        rows.append((DAY + m, "billing", "lookup_caller", 1.0, slow, ms, normal_ms))
    return pd.DataFrame(
        rows, columns=["minute", "workflow", "tool", "results", "slow", "latency_ms", "normal_ms"]
    )


def test_a_fast_tool_answering_eight_times_its_median_is_slow() -> None:
    """test11-b's caller_lookup_rise: lookup_caller (0.15-0.2 s) rose for hours and answered in 1.2 s
    at 10:30, eight times its median, but a slow answer had to be 1.5 s over it (1.7 s), which the rise
    reached at 11:00 (paged at 5280 s, its evidence at 3270 s). A fast tool's answer a second over its
    median is slow."""
    start = 10 * 60
    frame = _rise(150.0, 1200.0, start, start + 6)
    pages = [m for m in range(start + 1, start + 6) if judge(SLOW, frame[frame["minute"] < DAY + m], DAY + m)]
    assert pages and pages[0] <= start + 3


def test_a_half_second_tool_at_one_second_is_not_slow() -> None:
    """A tool whose median is 0.5 s keeps three times that as its bar: 1.2 s answers are its ordinary
    tail, not a slow tool (passes before and after the change)."""
    assert queries.slow_limit_ms(500.0) >= 1500.0
    frame = _rise(500.0, 1200.0, 10 * 60, 10 * 60 + 15)
    assert not judge(SLOW, frame, DAY + 10 * 60 + 15)


TOOL_FAILS = next(
    s for s in SIGNALS if s.alertname == "CallpulseDetectorToolFailures" and s.frame == "tool_calls"
)


def _failing(failures: dict[int, int], start: int, end: int) -> pd.DataFrame:
    """refill's submit_refill called by two calls a minute from 05:00, one failure at 08:00 (about
    one call in 700 fails normally), then ``failures`` (minute after midnight -> failed calls)."""
    rows = []
    for m in range(5 * 60, end):
        failed = failures.get(m, 0) if m >= start else int(m == 8 * 60)
        rows.append((DAY + m, "refill", "submit_refill", 2.0, float(failed)))
    return pd.DataFrame(rows, columns=["minute", "workflow", "tool", "calls", "failed"])


def test_three_failed_calls_of_a_tool_that_never_fails_page() -> None:
    """test11-a's submit_502: submit_refill answered 502 on about a third of its calls; 3 of 11 calls
    in 6 minutes had failed at 12:05 (a one-in-a-million chance at its usual share), and the page waited
    for a fourth failure until 12:08 (600 s). Three failures are the bar, as for one error code."""
    start = 12 * 60
    frame = _failing({start + 1: 1, start + 2: 1, start + 4: 1}, start, start + 7)
    pages = [
        m for m in range(start + 1, start + 7) if judge(TOOL_FAILS, frame[frame["minute"] < DAY + m], DAY + m)
    ]
    assert pages and pages[0] == start + 5


def test_two_failed_calls_do_not_page() -> None:
    """Two failures close together are chance at two calls a minute (passes before and after)."""
    start = 12 * 60
    frame = _failing({start + 1: 1, start + 2: 1}, start, start + 15)
    assert not [
        m
        for m in range(start + 1, start + 15)
        if judge(TOOL_FAILS, frame[frame["minute"] < DAY + m], DAY + m)
    ]
