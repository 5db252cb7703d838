"""The ``test15`` split: its shape (three days, two with incidents and one that must not page, on the
seeds ``test15.py`` lists), its separation from every other split (no seed hour, onset, kind, effect
setting or tool cause shared), and two of its cases doing what its table says on a small day: billing's
account lookups slow or timed out at the 7 s deadline, and the billing and refill numbers receiving no
call while appointment's arrive as usual. It adds no effect, so no new effect is tested here."""

from __future__ import annotations

from collections import Counter
from typing import Any

from bench.alerts_cases import splits
from bench.alerts_cases import test15 as split15
from bench.alerts_cases.day import DAY0, HOUR
from bench.alerts_cases.faults11 import LinesStop
from bench.alerts_cases.faults13 import SlowPastDeadline
from tests.bench_alerts_cases.small_day import split_case_alone
from tests.bench_alerts_cases.test_later_splits import CAUSES

SPLIT = "test15"


def test_three_days_two_with_incidents_one_that_must_not_page() -> None:
    a, b, benign = split15.SEEDS
    days = {d.name: (d.seed, [c.benign for c in d.cases]) for d in splits.days(SPLIT)}
    assert days == {"test15-a": (a, [False] * 3), "test15-b": (b, [False] * 3),
                    "test15-benign": (benign, [True] * 3)}  # fmt: skip
    for case in splits.cases(SPLIT):
        assert case.real_world and DAY0 <= case.onset_ms < case.end_ms <= DAY0 + 24 * HOUR
        assert case.benign or ((case.cause or "").split(":")[0] in CAUSES)


def test_no_seed_hour_onset_kind_effect_or_tool_cause_of_another_split() -> None:
    """A day draws hour h from seed + h and its last week from seed + 1 + h: no draw is shared."""
    mine = splits.cases(SPLIT)
    drawn = {s + h for s in split15.SEEDS for h in range(25)}
    assert splits.seeds(SPLIT) == list(split15.SEEDS) == [4701, 4731, 4761]
    others = [s for s in splits.SPLITS if s != SPLIT]
    assert {"tune", "test", "test2", "test3", "test13", "test14"} <= set(others) and len(others) >= 15
    for other in others:
        assert not drawn & {s + h for s in splits.seeds(other) for h in range(25)}, other
    before = [c for other in others for c in splits.cases(other)]
    for field in ("onset_ms", "kind", "effect"):
        assert not {repr(getattr(c, field)) for c in mine} & {repr(getattr(c, field)) for c in before}, field
    tools = {c.cause for c in mine if ":" in (c.cause or "")}
    assert tools == {"tool_failure:find_account"}
    assert not tools & {c.cause for c in before}


def test_the_account_lookup_is_slow_or_times_out_at_seven_seconds_and_hands_off(invalid: Any) -> None:
    case, calls, normal, ledger = split_case_alone(SPLIT, "account_past_deadline", 600)
    effect = case.effect
    assert isinstance(effect, SlowPastDeadline) and effect.deadline_ms == 7_000
    hit = [c for c in calls if c[0]["call_sid"] in ledger.calls(case.name)]
    assert len(hit) > 10 and {c[0]["workflow"] for c in hit} == {"billing"}
    timed_out, slow = 0, 0
    for call in hit:
        first = next(
            e["data"] for e in call if e["type"] == "tool.result" and e["data"]["tool"] == "find_account"
        )
        if first["ok"]:  # far slower than its usual 0.12-0.7 s, still within the deadline
            slow += 1
            assert 4_000 <= first["latency_ms"] <= 7_000
        else:  # the agent's client gave up at the deadline: apology and a hand-off
            timed_out += 1
            assert first["error_code"] == "timeout" and first["latency_ms"] >= 7_000
            triggers = [e["data"]["trigger"] for e in call if e["type"] == "handoff.requested"]
            assert triggers == ["tool_failure"] and call[-1]["data"]["reason"] == "handoff"
    assert 0.3 <= timed_out / len(hit) <= 0.7 and slow
    first_seen = ledger.first(case.name)
    assert first_seen is not None and case.active(first_seen)
    rest = [c for c in calls if c[0]["call_sid"] not in ledger.calls(case.name)]
    assert invalid(hit) == [] and all(normal[c[0]["call_sid"]] == c for c in rest)


def test_billing_and_refill_receive_no_call_while_appointment_arrives_as_usual() -> None:
    case, calls, normal, _ = split_case_alone(SPLIT, "office_hours_stop", 600)
    assert isinstance(case.effect, LinesStop) and set(case.effect.workflows) == {"billing", "refill"}
    came = Counter(c[0]["workflow"] for c in calls if case.active(c[0]["ts"]))
    usual = Counter(c[0]["workflow"] for c in normal.values() if case.active(c[0]["ts"]))
    assert usual["billing"] > 20 and usual["refill"] > 10
    assert came["billing"] == came["refill"] == 0 and came["appointment"] == usual["appointment"] > 20
