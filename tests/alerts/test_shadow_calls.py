"""A shadow agent's calls never page: a person handles them and nothing the agent proposed was heard.
Every frame the detector reads leaves them out (tool results, arrivals, looping and unanswered calls,
dead air, speech recognition), as ``kpi_minute_v`` already does."""

from __future__ import annotations

from typing import Any

import pytest
from pattern_pipeline import feed, pattern_pipeline

from alerts.detector import queries

from events import T0, CallBuilder

NOW_MINUTE = (T0 + 120_000) // 60_000


def troubled(sid: str, shadow: bool) -> CallBuilder:
    call = CallBuilder(sid).started()
    call.agent(100, "Hi, how can I help?", tags=("greeting",))
    call.caller(2_000, "")  # an empty transcript (speech recognition)
    call.add("tool.called", 3_000, tool="get_balance", tool_call_id="t1")
    call.add("tool.result", 3_400, tool="get_balance", tool_call_id="t1", ok=False, latency_ms=400.0,
             error_code="upstream_500")  # fmt: skip
    call.caller(6_000, "hello")  # no answer for the rest of the call: dead air
    call.ended(30_000)
    if shadow:
        for event in call.events:
            event["flags"] = {"canary": False, "shadow": True}
    return call


@pytest.mark.parametrize(
    ("frame", "count"),
    [
        (queries.tool_frame, lambda f: int(f["calls"].sum())),
        (queries.arrivals_frame, lambda f: int(f["arrivals"].sum())),
        (queries.calls_frame, lambda f: int(f["active"].sum())),
        (queries.dead_air_frame, lambda f: int(f["calls"].sum())),
        (queries.asr_frame, lambda f: int(f[f["problem"] == "empty"]["bad"].sum())),
    ],
    ids=["tools", "arrivals", "calls", "dead_air", "asr"],
)
def test_the_detector_reads_live_calls_only(warehouse: Any, frame: Any, count: Any) -> None:
    pipeline = pattern_pipeline(warehouse.client, warehouse.database, T0 + 120_000)
    calls = [troubled("CA" + "1" * 32, shadow=False)] + [
        troubled(f"CA{i:032x}", shadow=True) for i in range(3)
    ]
    feed(pipeline, [line for call in calls for line in call.lines()], ts_ms=T0 + 120_000)
    assert count(frame(warehouse.client, warehouse.database, NOW_MINUTE, 60)) == 1
