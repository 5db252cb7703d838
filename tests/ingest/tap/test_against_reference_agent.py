"""Simulator -> tap -> the reference agent, on the scenario library: the tap's metrics (through the
embedded pipeline) against the agent's own. What a tap can see must agree; what it cannot (tools,
tasks, and through them resolved containment; the greeting Twilio speaks) is documented in
docs/simulator.md."""

from __future__ import annotations

import statistics
from typing import Any

import pytest
from tap_vs_agent import stored_by_both, through_the_tap

from agent.simulator.live.load import LoadPlan, run_load
from ingest.emit.inprocess import InProcessBus

# The two stamps differ by the relay's own delay, and only one way: the tap stamps the caller's prompt
# before the agent reads it and the agent's chunk after the agent sent it, so per turn the tap's TTFHW is
# the agent's plus the two hops, never less (a tap stamping when it observes, or the wrong frame, breaks
# that). How long the hops are is the scheduler's: the agent, the tap and the simulated callers share this
# process's GIL, and under load one stall puts tens of ms on a call (37.5 ms seen in one run at load 8-13,
# 20 ms at ~20). So the calls' median gap is bounded, not the largest: 50 ms is under 4% of the 1,500 ms
# TTFHW budget, and a tap that skews TTFHW by a share a lead would notice moves the median, not one call.
TTFHW_MEDIAN_TOLERANCE_MS = 50
SEEN_BY_BOTH = "ended, end_status, end_reason, escalated, turns, interrupts, interrupts_recovered"


@pytest.mark.slow
def test_what_the_tap_sees_agrees_with_the_reference_agent(warehouse: Any) -> None:
    agent_bus, tap_bus = InProcessBus(), InProcessBus()
    _, summary = through_the_tap(
        agent_bus,
        tap_bus,
        lambda opts, relay: run_load(LoadPlan(14, rate_per_s=10.0, personas=("standard",)), opts, relay),
    )
    assert summary.errors == {} and summary.handshake_failures == 0
    by_agent, by_tap = stored_by_both(
        warehouse, agent_bus, tap_bus, f"{SEEN_BY_BOTH}, ttfhw_p50_ms, tool_calls"
    )
    assert by_tap.keys() == by_agent.keys() and len(by_tap) == 14
    assert {sid: row[:-2] for sid, row in by_tap.items()} == {sid: row[:-2] for sid, row in by_agent.items()}
    # TTFHW: the agent stamps a chunk when it sends it, the tap when it relays it (and the caller's end of
    # speech the other way round), so the two agree to within the relay's own delay, not to the millisecond.
    gaps = {sid: (by_tap[sid][-2] or 0) - (by_agent[sid][-2] or 0) for sid in by_tap}
    print("TTFHW p50 gap tap - agent (ms):", sorted(gaps.values()))
    assert min(gaps.values()) >= -1, gaps  # the tap's stamps enclose the agent's (1 ms: rounding)
    assert statistics.median(gaps.values()) <= TTFHW_MEDIAN_TOLERANCE_MS, gaps
    assert all(row[-1] == 0 for row in by_tap.values())  # a tap never sees a tool call
    assert any(row[-1] > 0 for row in by_agent.values())
