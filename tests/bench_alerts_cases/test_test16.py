"""The ``test16`` split: its shape (three days, two with incidents and one that must not page, on the
seeds ``test16.py`` lists), its separation from every other split (no seed hour, onset, kind, effect
setting or tool cause shared), and two of its cases doing what its table says on a small day: billing's
identity checks slow or timed out at the 4 s deadline, and the
canary build's calls going silent after the caller's second utterance while the stable build answers.
It adds no effect, so no new effect is tested here."""

from __future__ import annotations

from collections import Counter
from typing import Any

from bench.alerts_cases import splits
from bench.alerts_cases import test16 as split16
from bench.alerts_cases.day import DAY0, HOUR
from bench.alerts_cases.faults5 import BuildDeadAir
from bench.alerts_cases.faults13 import SlowPastDeadline
from tests.bench_alerts_cases.small_day import split_case_alone
from tests.bench_alerts_cases.test_later_splits import CAUSES

SPLIT = "test16"
Event = dict[str, Any]


def _said(call: list[Event], who: str) -> list[Event]:
    return [e for e in call if e["type"] == f"{who}.utterance"]


def test_three_days_two_with_incidents_one_that_must_not_page() -> None:
    a, b, benign = split16.SEEDS
    days = {d.name: (d.seed, [c.benign for c in d.cases]) for d in splits.days(SPLIT)}
    assert days == {"test16-a": (a, [False] * 3), "test16-b": (b, [False] * 3),
                    "test16-benign": (benign, [True] * 3)}  # fmt: skip
    for case in splits.cases(SPLIT):
        assert case.real_world and DAY0 <= case.onset_ms < case.end_ms <= DAY0 + 24 * HOUR
        assert case.benign or ((case.cause or "").split(":")[0] in CAUSES and case.scope)


def test_no_seed_hour_onset_kind_effect_or_tool_cause_of_another_split() -> None:
    """A day draws hour h from seed + h and its last week from seed + 1 + h: no draw is shared."""
    mine = splits.cases(SPLIT)
    drawn = {s + h for s in split16.SEEDS for h in range(25)}
    assert splits.seeds(SPLIT) == list(split16.SEEDS) == [4801, 4831, 4861]
    others = [s for s in splits.SPLITS if s != SPLIT]
    assert {"tune", "test", "test2", "test3", "test14", "test15"} <= set(others) and len(others) >= 16
    for other in others:
        assert not drawn & {s + h for s in splits.seeds(other) for h in range(25)}, other
    before = [c for other in others for c in splits.cases(other)]
    for field in ("onset_ms", "kind", "effect"):
        assert not {repr(getattr(c, field)) for c in mine} & {repr(getattr(c, field)) for c in before}, field
    tools = {c.cause for c in mine if ":" in (c.cause or "")}
    assert tools == {"tool_failure:verify_identity"}
    assert not tools & {c.cause for c in before}


def test_the_identity_check_answers_late_or_gives_up_at_four_seconds_and_hands_off(invalid: Any) -> None:
    case, calls, normal, ledger = split_case_alone(SPLIT, "identity_check_past_deadline", 600)
    effect = case.effect
    assert isinstance(effect, SlowPastDeadline) and (effect.tool, effect.deadline_ms) == (
        "verify_identity",
        4_000,
    )
    hit = [c for c in calls if c[0]["call_sid"] in ledger.calls(case.name)]
    assert len(hit) > 10 and {c[0]["workflow"] for c in hit} == {"billing"}
    outcome: Counter[str] = Counter()
    for call in hit:
        (first, *_) = [
            e["data"] for e in call if e["type"] == "tool.result" and e["data"]["tool"] == "verify_identity"
        ]
        if first["ok"]:  # far slower than its usual 0.15-0.8 s, still within the deadline
            assert 2_000 <= first["latency_ms"] <= 4_000
            outcome["late"] += 1
        else:  # the agent's client gave up at the deadline: the caller is handed to a person
            assert first["error_code"] == "timeout" and first["latency_ms"] >= 4_000
            assert [e["data"]["trigger"] for e in call if e["type"] == "handoff.requested"] == [
                "tool_failure"
            ]
            outcome["gave up"] += 1
    assert outcome["late"] and 0.3 <= outcome["gave up"] / len(hit) <= 0.7
    rest = [c for c in calls if c[0]["call_sid"] not in ledger.calls(case.name)]
    assert invalid(hit) == [] and all(normal[c[0]["call_sid"]] == c for c in rest)


def test_canary_calls_go_silent_after_the_second_utterance_while_the_stable_build_answers(
    invalid: Any,
) -> None:
    case, calls, normal, ledger = split_case_alone(SPLIT, "canary_framework_dead_air", 600)
    effect = case.effect
    assert isinstance(effect, BuildDeadAir) and effect.after == 2
    hit = [c for c in calls if c[0]["call_sid"] in ledger.calls(case.name)]
    assert len(hit) > 5 and {(c[0]["agent"]["version"], c[0]["flags"]["canary"]) for c in hit} == {
        (split16.CANARY, True)
    }
    for call in hit:
        second = _said(call, "caller")[1]["ts"]
        assert all(e["ts"] < second for e in _said(call, "agent"))  # nothing said after it
        assert call[-1]["data"]["reason"] == "hangup"
    stable = [c for c in calls if case.active(c[0]["ts"]) and not c[0]["flags"]["canary"]]
    assert len(stable) > 50 and all(normal[c[0]["call_sid"]] == c for c in stable)
    assert invalid(hit) == []
