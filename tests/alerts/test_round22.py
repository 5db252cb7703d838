"""Round 22 (issue 20, test18 as tuning data): a tool that never fails pages on its third failed call
of a few, judged against every call of it the detector reads (test18-b's ``caller_id_rate_limited``:
429s on half of billing's lookup_caller calls, paged at 420 s on its fourth); one failure on a busy
lookup and a tool failing 2% normally at 3% do not page."""

from __future__ import annotations

import numpy as np
import pandas as pd

from alerts.detector.signals import SIGNALS, judge

TOOL_SIGNALS = [s for s in SIGNALS if s.frame == "tool_calls"]
WEEK = 7 * 24 * 60


# test18-b's caller_id_rate_limited (11:17): lookup_caller on billing, about a call every two or three
# minutes, never failing, then HTTP 429 on about half of its calls.
TOOL_ONSET = 29_000_000 + 11 * 60 + 17
THROTTLED = {1: (1, 1), 3: (2, 1), 5: (2, 1), 6: (1, 1), 7: (1, 1), 8: (1, 0), 10: (1, 1)}


def lookups(
    every: int, affected: dict[int, tuple[int, int]], rate: float = 0.0, seed: int = 3
) -> pd.DataFrame:
    """A call of lookup_caller every ``every`` minutes, last week (seven hours around the time) and
    today (seven hours to the onset), failing at ``rate``; ``affected``: minute after onset -> (calls,
    failed) today."""
    rng = np.random.default_rng(seed)
    rows = []
    for minute in range(TOOL_ONSET - WEEK - 420, TOOL_ONSET - WEEK + 90, every):
        rows.append((minute, 1, int(rng.random() < rate)))
    for minute in range(TOOL_ONSET - 420, TOOL_ONSET, every):
        rows.append((minute, 1, int(rng.random() < rate)))
    rows += [(TOOL_ONSET + offset, n, f) for offset, (n, f) in affected.items()]
    frame = pd.DataFrame(rows, columns=["minute", "calls", "failed"])
    frame = frame.groupby("minute", as_index=False).sum()
    return frame.assign(workflow="billing", tool="lookup_caller")[
        ["minute", "workflow", "tool", "calls", "failed"]
    ]


def tool_pages(calls: pd.DataFrame, until: int = 30) -> list[tuple[int, str]]:
    """(minutes after onset, summary) of every tool failure finding, ticking each minute."""
    return [(now - TOOL_ONSET, f.summary) for now in range(TOOL_ONSET, TOOL_ONSET + until)
            for s in TOOL_SIGNALS for f in judge(s, calls[calls["minute"] < now], now)]  # fmt: skip


def test_a_lookup_that_never_fails_failing_on_half_its_calls_pages_at_its_third_failure() -> None:
    """lookup_caller every four minutes last week and today, no failure; then 429s on half of its
    calls: 3 of 5 in five minutes is the evidence against every clean call of it (about 210), paged at
    the tick after the third failure, 6 minutes (before round 22: judged on today's 100-odd calls
    alone, 3 of 5 scored 5.7 and it waited for a fourth, 7 minutes)."""
    found = tool_pages(lookups(4, THROTTLED))
    assert found and found[0][0] <= 6, found[:1]
    assert "lookup_caller" in found[0][1]


def test_one_failure_on_a_busy_lookup_does_not_page() -> None:
    """A lookup every minute for seven hours of each day, one 429: no page."""
    assert tool_pages(lookups(1, {2: (1, 1)})) == []


def test_a_tool_that_fails_2_percent_does_not_page_at_3_percent() -> None:
    """Ten calls a minute failing 2% of the time, then 3% for half an hour: under the ten-point effect."""
    rng = np.random.default_rng(5)
    busy = lookups(1, {}, rate=0.02)
    busy["calls"] = 10
    busy["failed"] = rng.binomial(10, 0.02, len(busy))
    after = pd.DataFrame({"minute": range(TOOL_ONSET, TOOL_ONSET + 30), "calls": 10,
                          "failed": rng.binomial(10, 0.03, 30)}).assign(workflow="billing", tool="lookup_caller")  # fmt: skip
    assert tool_pages(pd.concat([busy, after[busy.columns]], ignore_index=True)) == []
