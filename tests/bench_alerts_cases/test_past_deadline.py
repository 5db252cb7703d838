"""Each split's tool slowed past the agent's deadline (``faults13.SlowPastDeadline``) doing what its table
says on a small day: the tool's answers either slow and ``ok`` within the deadline or timed out at it and
handed off (about half each), on the one line, the changed calls valid under the v1 contract and every
other call the normal day's. One body for every split that has such a case (test13, test14, test15 and
test16 each wrote it as a copy); what differs per split is in ``CASES``."""

from __future__ import annotations

from typing import Any

import pytest

from bench.alerts_cases.faults13 import SlowPastDeadline
from tests.bench_alerts_cases.small_day import split_case_alone

# split: (its case, the tool, its line, at least this many calls hit, slowest ``ok`` answer from, deadline)
CASES: dict[str, tuple[str, str, str, int, int, int]] = {
    # the slot search slower than ever (4.5-11.5 s), the client giving up at 8 s
    "test13": ("slots_past_deadline", "find_slots", "appointment", 20, 4_500, 8_000),
    # the pharmacy lookup far slower than its usual 0.25-1.5 s, the client giving up at 9 s
    "test14": ("pharmacy_past_deadline", "lookup_prescription", "refill", 10, 5_000, 9_000),
    # the account lookup far slower than its usual 0.12-0.7 s, the client giving up at 7 s
    "test15": ("account_past_deadline", "find_account", "billing", 10, 4_000, 7_000),
    # billing's identity check slowed to 2-6 s, the client giving up at 4 s
    "test16": ("identity_check_past_deadline", "verify_identity", "billing", 10, 2_000, 4_000),
    # refill's pharmacy status check slowed to 2.5-7.5 s, the client giving up at 5 s
    "test17": ("refill_status_past_deadline", "get_refill_status", "refill", 3, 2_500, 5_000),
}


@pytest.mark.parametrize("split", CASES)
def test_the_tool_is_slow_or_times_out_at_the_deadline_and_hands_off(split: str, invalid: Any) -> None:
    kind, tool, workflow, at_least, slow_from, deadline = CASES[split]
    case, calls, normal, ledger = split_case_alone(split, kind, 600)
    effect = case.effect
    assert isinstance(effect, SlowPastDeadline) and (effect.tool, effect.deadline_ms) == (tool, deadline)
    hit = [c for c in calls if c[0]["call_sid"] in ledger.calls(case.name)]
    assert len(hit) > at_least and {c[0]["workflow"] for c in hit} == {workflow}
    timed_out, slow = 0, 0
    for call in hit:
        first = next(e["data"] for e in call if e["type"] == "tool.result" and e["data"]["tool"] == tool)
        if first["ok"]:  # far slower than usual, still within the deadline
            slow += 1
            assert slow_from <= first["latency_ms"] <= deadline
        else:  # the agent's client gave up at the deadline: apology and a hand-off
            timed_out += 1
            assert first["error_code"] == "timeout" and first["latency_ms"] >= deadline
            triggers = [e["data"]["trigger"] for e in call if e["type"] == "handoff.requested"]
            assert triggers == ["tool_failure"] and call[-1]["data"]["reason"] == "handoff"
    assert 0.3 <= timed_out / len(hit) <= 0.7 and slow
    first_seen = ledger.first(case.name)
    assert first_seen is not None and case.active(first_seen)
    rest = [c for c in calls if c[0]["call_sid"] not in ledger.calls(case.name)]
    assert invalid(hit) == [] and all(normal[c[0]["call_sid"]] == c for c in rest)
