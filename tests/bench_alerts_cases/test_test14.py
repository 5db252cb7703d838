"""The ``test14`` split: its shape (three days, two with incidents and one that must not page, on the
seeds ``test14.py`` lists), its separation from every earlier split (no seed hour, onset, kind, effect
setting or tool cause shared), and two of its cases doing what its table says on a small day: the
pharmacy lookups slow or timed out at the 9 s deadline, and billing's menu option sending its callers
to refill. It adds no effect, so no new effect is tested here."""

from __future__ import annotations

from collections import Counter
from typing import Any

from bench.alerts_cases import splits
from bench.alerts_cases import test14 as split14
from bench.alerts_cases.day import DAY0, HOUR
from bench.alerts_cases.faults7 import Rerouted
from bench.alerts_cases.faults13 import SlowPastDeadline
from tests.bench_alerts_cases.small_day import split_case_alone
from tests.bench_alerts_cases.test_later_splits import CAUSES

SPLIT = "test14"


def test_three_days_two_with_incidents_one_that_must_not_page() -> None:
    a, b, benign = split14.SEEDS
    days = {d.name: (d.seed, [c.benign for c in d.cases]) for d in splits.days(SPLIT)}
    assert days == {"test14-a": (a, [False] * 3), "test14-b": (b, [False] * 3),
                    "test14-benign": (benign, [True] * 3)}  # fmt: skip
    for case in splits.cases(SPLIT):
        assert case.real_world and DAY0 <= case.onset_ms < case.end_ms <= DAY0 + 24 * HOUR
        assert case.benign or ((case.cause or "").split(":")[0] in CAUSES and case.scope)


def test_no_seed_hour_onset_kind_effect_or_tool_cause_of_an_earlier_split() -> None:
    """A day draws hour h from seed + h and its last week from seed + 1 + h: no draw is shared."""
    mine = splits.cases(SPLIT)
    drawn = {s + h for s in split14.SEEDS for h in range(25)}
    assert splits.seeds(SPLIT) == list(split14.SEEDS) == [4301, 4331, 4361]
    earlier = [s for s in splits.SPLITS if s != SPLIT]
    assert len(earlier) >= 14  # every other split: each later one adds to the list
    for other in earlier:
        assert not drawn & {s + h for s in splits.seeds(other) for h in range(25)}, other
    before = [c for other in earlier for c in splits.cases(other)]
    for field in ("onset_ms", "kind", "effect"):
        assert not {repr(getattr(c, field)) for c in mine} & {repr(getattr(c, field)) for c in before}, field
    tools = {c.cause for c in mine if ":" in (c.cause or "")}
    assert tools == {"tool_failure:lookup_prescription"}
    assert not tools & {c.cause for c in before}


def test_the_pharmacy_lookup_is_slow_or_times_out_at_nine_seconds_and_hands_off(invalid: Any) -> None:
    case, calls, normal, ledger = split_case_alone(SPLIT, "pharmacy_past_deadline", 600)
    effect = case.effect
    assert isinstance(effect, SlowPastDeadline) and effect.deadline_ms == 9_000
    hit = [c for c in calls if c[0]["call_sid"] in ledger.calls(case.name)]
    assert len(hit) > 10 and {c[0]["workflow"] for c in hit} == {"refill"}
    timed_out, slow = 0, 0
    for call in hit:
        first = next(
            e["data"]
            for e in call
            if e["type"] == "tool.result" and e["data"]["tool"] == "lookup_prescription"
        )
        if first["ok"]:  # far slower than its usual 0.25-1.5 s, still within the deadline
            slow += 1
            assert 5_000 <= first["latency_ms"] <= 9_000
        else:  # the agent's client gave up at the deadline: apology and a hand-off
            timed_out += 1
            assert first["error_code"] == "timeout" and first["latency_ms"] >= 9_000
            triggers = [e["data"]["trigger"] for e in call if e["type"] == "handoff.requested"]
            assert triggers == ["tool_failure"] and call[-1]["data"]["reason"] == "handoff"
    assert 0.3 <= timed_out / len(hit) <= 0.7 and slow
    first_seen = ledger.first(case.name)
    assert first_seen is not None and case.active(first_seen)
    rest = [c for c in calls if c[0]["call_sid"] not in ledger.calls(case.name)]
    assert invalid(hit) == [] and all(normal[c[0]["call_sid"]] == c for c in rest)


def test_billing_receives_no_call_while_its_callers_reach_refill() -> None:
    case, calls, normal, _ = split_case_alone(SPLIT, "menu_option_reroute", 600)
    assert isinstance(case.effect, Rerouted)
    came = Counter(c[0]["workflow"] for c in calls if case.active(c[0]["ts"]))
    usual = Counter(c[0]["workflow"] for c in normal.values() if case.active(c[0]["ts"]))
    assert usual["billing"] > 20 and came["billing"] == 0
    assert came["refill"] > usual["refill"] and came["appointment"] == usual["appointment"]
