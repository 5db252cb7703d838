"""The ``test13`` split: its shape, its separation from every earlier split, and the new effect of
``faults13.py`` doing what its docstring says on a small day (the split's own case, with calls only
in the hours it spans), the changed calls valid under the v1 contract and every other call the
normal day's."""

from __future__ import annotations

from typing import Any

from bench.alerts_cases import faults13 as f13
from bench.alerts_cases import splits
from bench.alerts_cases import test13 as split13
from bench.alerts_cases.case import Case, simulate_day
from bench.alerts_cases.day import DAY0, HOUR, Ledger

Event = dict[str, Any]
EARLIER = [s for s in splits.SPLITS if s != "test13"]
CAUSES = {"dead_air", "traffic_stopped", "agent_loop", "agent_failed", "ttfhw_drift", "containment_drop",
          "canary_regression", "asr_empty", "asr_garbled", "tool_latency", "tool_failure"}  # fmt: skip


def _small_day(kind: str, per_hour: int) -> tuple[Case, list[list[Event]], dict[str, list[Event]], Ledger]:
    """The split's ``kind`` case alone on its seed, ``per_hour`` calls in each hour it spans and
    none elsewhere; the same day without it, by call; the ledger."""
    (case,) = [c for c in splits.cases("test13") if c.kind == kind]
    first, last = (case.onset_ms - DAY0) // HOUR, (case.end_ms - 1 - DAY0) // HOUR
    volume = tuple(per_hour if first <= h <= last else 0 for h in range(24))
    ledger = Ledger()
    calls = list(case.alone(ledger, volume))
    normal = {c[0]["call_sid"]: c for c in simulate_day(case.seed, calls_per_hour=volume)}
    return case, calls, normal, ledger


def test_three_days_two_with_incidents_one_that_must_not_page() -> None:
    days = {d.name: (d.seed, [c.benign for c in d.cases]) for d in splits.days("test13")}
    assert days == {"test13-a": (3901, [False] * 3), "test13-b": (3931, [False] * 3),
                    "test13-benign": (3961, [True] * 3)}  # fmt: skip
    for case in splits.cases("test13"):
        assert case.real_world and DAY0 <= case.onset_ms < case.end_ms <= DAY0 + 24 * HOUR
        assert case.benign or (case.cause or "").split(":")[0] in CAUSES


def test_no_seed_hour_onset_kind_effect_or_tool_cause_of_an_earlier_split() -> None:
    """A day draws hour h from seed + h and its last week from seed + 1 + h: no draw is shared."""
    mine = splits.cases("test13")
    drawn = {s + h for s in split13.SEEDS for h in range(25)}
    assert splits.seeds("test13") == list(split13.SEEDS)
    for split in EARLIER:
        assert not drawn & {s + h for s in splits.seeds(split) for h in range(25)}, split
    before = [c for split in EARLIER for c in splits.cases(split)]
    for field in ("onset_ms", "kind", "effect"):
        assert not {repr(getattr(c, field)) for c in mine} & {repr(getattr(c, field)) for c in before}, field
    tools = {c.cause for c in mine if ":" in (c.cause or "")}
    assert tools == {"tool_failure:find_slots"}
    assert not tools & {c.cause for c in before}


def test_the_slot_search_is_slow_or_times_out_at_the_deadline_and_hands_off(invalid: Any) -> None:
    case, calls, normal, ledger = _small_day("slots_past_deadline", 600)
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
