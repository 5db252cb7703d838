"""A hand-off that never connects is dead air by its cause: the agent says its hand-off line and asks
for a person, the transfer never starts, and the caller, left in silence, asks "are you there?" and
hangs up (test7-a 19:40: paged only as a TTFHW regression, at 780 s, floor 240 s). ``calls_frame``
counts such a call as ``unconnected`` among the ``handoffs`` (a hand-off that reached the platform ends
with reason ``handoff``), and DeadAir pages on that share, naming the hand-off."""

from __future__ import annotations

from typing import Any

import pandas as pd
from pattern_pipeline import feed, pattern_pipeline

from alerts.detector import queries
from alerts.detector.signals import SIGNALS, judge

from events import T0, CallBuilder

NOW_MINUTE = (T0 + 120_000) // 60_000
UNCONNECTED = next(s for s in SIGNALS if s.numerator == "unconnected")


def handed_off(sid: str, connected: bool) -> CallBuilder:
    call = CallBuilder(sid).started().asks_for_a_person()
    if connected:
        return call.ended(4_600, status="ended", reason="handoff")
    call.caller(9_500, "Hello? Are you there?")  # the transfer never started
    call.caller(14_000, "Hello?")
    return call.ended(17_500)


def test_a_hand_off_left_in_silence_is_unconnected(warehouse: Any) -> None:
    pipeline = pattern_pipeline(warehouse.client, warehouse.database, T0 + 120_000)
    calls = [handed_off("CA" + "1" * 32, connected=False), handed_off("CA" + "2" * 32, connected=True)]
    feed(pipeline, [line for call in calls for line in call.lines()], ts_ms=T0 + 120_000)
    frame = queries.calls_frame(warehouse.client, warehouse.database, NOW_MINUTE, 60)
    assert int(frame["handoffs"].sum()) == 2
    assert int(frame["unconnected"].sum()) == 1
    assert int(frame["stranded"].sum()) == 0  # what the stranded share alone saw: hand-offs are left out


def test_hand_offs_that_do_not_connect_page_dead_air_naming_the_hand_off() -> None:
    """Two hours of a hand-off a minute, each connected; then the last 4 left in silence (test7-a: 5 of
    5 in 3 min)."""
    minutes = list(range(NOW_MINUTE - 122, NOW_MINUTE))
    frame = pd.DataFrame({"minute": minutes, "workflow": "refill", "agent_version": "1.4.0",
                          "handoffs": [1] * len(minutes),
                          "unconnected": [1 if m >= NOW_MINUTE - 4 else 0 for m in minutes]})  # fmt: skip
    [finding] = judge(UNCONNECTED, frame, NOW_MINUTE)
    assert finding.signal.alertname == "CallpulseDetectorDeadAir" and finding.events == 4
    assert "hand-offs do not connect" in finding.summary
