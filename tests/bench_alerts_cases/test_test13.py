"""The ``test13`` split: the new effect of ``faults13.py`` doing what its docstring says on a small day
(the split's own case, with calls only in the hours it spans), the changed calls valid under the v1
contract and every other call the normal day's. Its shape and separation are test_later_splits.py's."""

from __future__ import annotations

from typing import Any

from bench.alerts_cases import faults13 as f13
from tests.bench_alerts_cases.small_day import split_case_alone


def test_the_slot_search_is_slow_or_times_out_at_the_deadline_and_hands_off(invalid: Any) -> None:
    case, calls, normal, ledger = split_case_alone("test13", "slots_past_deadline", 600)
    effect = case.effect
    assert isinstance(effect, f13.SlowPastDeadline)
    hit = [c for c in calls if c[0]["call_sid"] in ledger.calls(case.name)]
    assert len(hit) > 20 and {c[0]["workflow"] for c in hit} == {"appointment"}
    timed_out, slow = 0, 0
    for call in hit:
        first = next(
            e["data"] for e in call if e["type"] == "tool.result" and e["data"]["tool"] == "find_slots"
        )
        if first["ok"]:  # slower than ever, still within the deadline
            slow += 1
            assert effect.latency_ms[0] <= first["latency_ms"] <= effect.deadline_ms
        else:  # the agent's client gave up at the deadline: apology and a hand-off
            timed_out += 1
            assert first["error_code"] == "timeout" and first["latency_ms"] >= effect.deadline_ms
            triggers = [e["data"]["trigger"] for e in call if e["type"] == "handoff.requested"]
            assert triggers == ["tool_failure"] and call[-1]["data"]["reason"] == "handoff"
    assert 0.3 <= timed_out / len(hit) <= 0.7 and slow
    first_seen = ledger.first(case.name)
    assert first_seen is not None and case.active(first_seen)
    rest = [c for c in calls if c[0]["call_sid"] not in ledger.calls(case.name)]
    assert invalid(hit) == [] and all(normal[c[0]["call_sid"]] == c for c in rest)
