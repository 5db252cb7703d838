"""The ``test24`` split's own effects (``faults16``), each its case alone on the split's seed on a small
day: appointment's calls fading away over the ramp and then all gone, its own line only, and billing's
greeting sent but never played, the caller left in silence until they hang up. Its shape and separation
are test_later_splits.py's."""

from __future__ import annotations

from typing import Any

from bench.alerts_cases.day import MINUTE
from bench.alerts_cases.faults16 import FadingStop, SilentGreeting
from tests.bench_alerts_cases.small_day import split_case_alone

SPLIT = "test24"
Event = dict[str, Any]


def _of(call: list[Event], kind: str) -> list[Event]:
    return [e for e in call if e["type"] == kind]


def test_the_line_fades_out_over_the_ramp_and_nothing_else_is_lost() -> None:
    case, calls, normal, ledger = split_case_alone(SPLIT, "appointment_cutover_reversed", 400)
    effect = case.effect
    assert isinstance(effect, FadingStop)
    came = {c[0]["call_sid"] for c in calls}
    lost = [c for c in normal.values() if c[0]["call_sid"] not in came]
    assert lost and all(c[0]["workflow"] == effect.workflow and case.active(c[0]["ts"]) for c in lost)
    assert len(ledger.marks[case.name]) == len(lost)
    assert all(normal[c[0]["call_sid"]] == c for c in calls)  # every call that arrives is as it was
    ramp = case.onset_ms + effect.ramp_min * MINUTE
    line = [c for c in calls if c[0]["workflow"] == effect.workflow and case.active(c[0]["ts"])]
    early = [c for c in line if c[0]["ts"] < (case.onset_ms + ramp) // 2]
    assert early and not [c for c in line if c[0]["ts"] >= ramp]
    assert len(line) < len(early) * 2  # fewer arrive in the ramp's second half than in its first


def test_the_greeting_is_sent_and_never_played_and_the_caller_hangs_up() -> None:
    case, calls, normal, ledger = split_case_alone(SPLIT, "billing_greeting_audio_missing", 300)
    effect = case.effect
    assert isinstance(effect, SilentGreeting)
    marked = ledger.calls(case.name)
    window = {
        c[0]["call_sid"] for c in calls if c[0]["workflow"] == effect.workflow and case.active(c[0]["ts"])
    }
    assert marked == window and len(window) > 20
    for call in calls:
        if call[0]["call_sid"] not in marked:
            assert call == normal[call[0]["call_sid"]]
            continue
        (greeting,) = _of(call, "agent.utterance")
        assert "greeting" in greeting["data"]["tags"] and not _of(call, "tool.called")
        assert not [e for e in _of(call, "speaker") if e["data"]["who"] == "agent"]
        assert 2 <= len(_of(call, "caller.utterance")) <= 3
        assert call[-1]["data"] == {"status": "completed", "reason": "hangup"}
        assert [e["seq"] for e in call] == list(range(len(call)))
