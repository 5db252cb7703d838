"""The ``test16`` split's canary case doing what its table says on a small day: the canary build's calls
going silent after the caller's second utterance while the stable build answers. Its shape and separation
from every other split are a row of ``test_later_splits.SPLITS``, its identity check slowed past the 4 s
deadline a row of ``test_past_deadline.CASES``. It adds no effect, so no new effect is tested here."""

from __future__ import annotations

from typing import Any

from bench.alerts_cases.faults5 import BuildDeadAir
from tests.bench_alerts_cases.small_day import split_case_alone

SPLIT = "test16"
Event = dict[str, Any]


def _said(call: list[Event], who: str) -> list[Event]:
    return [e for e in call if e["type"] == f"{who}.utterance"]


def test_canary_calls_go_silent_after_the_second_utterance_while_the_stable_build_answers(
    invalid: Any,
) -> None:
    case, calls, normal, ledger = split_case_alone(SPLIT, "canary_framework_dead_air", 600)
    effect = case.effect
    assert isinstance(effect, BuildDeadAir) and effect.after == 2
    hit = [c for c in calls if c[0]["call_sid"] in ledger.calls(case.name)]
    assert len(hit) > 5 and {(c[0]["agent"]["version"], c[0]["flags"]["canary"]) for c in hit} == {
        (case.scope["agent_version"], True)
    }
    for call in hit:
        second = _said(call, "caller")[1]["ts"]
        assert all(e["ts"] < second for e in _said(call, "agent"))  # nothing said after it
        assert call[-1]["data"]["reason"] == "hangup"
    stable = [c for c in calls if case.active(c[0]["ts"]) and not c[0]["flags"]["canary"]]
    assert len(stable) > 50 and all(normal[c[0]["call_sid"]] == c for c in stable)
    assert invalid(hit) == []
