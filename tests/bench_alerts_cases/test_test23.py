"""The ``test23`` split's own effects (``faults15``), each its case alone on the split's seed on a small
day: refill's trunk capped at one channel losing most of its calls and only its own, appointment's model
calling ``find_slots`` again and asking the caller to hold until they ask for a person, keypad input met
with silence on every line, and the new voice lengthening replies and nothing else. Its shape and
separation are test_later_splits.py's."""

from __future__ import annotations

import itertools
import statistics
from collections import Counter
from typing import Any

from bench.alerts_cases.faults15 import HOLD, ChannelCap, DtmfDeadAir, ToolCallLoop, VoiceChange
from tests.bench_alerts_cases.small_day import split_case_alone

SPLIT = "test23"
Event = dict[str, Any]


def _end(call: list[Event]) -> tuple[str, str]:
    return call[-1]["data"]["status"], call[-1]["data"]["reason"]


def _of(call: list[Event], kind: str) -> list[Event]:
    return [e for e in call if e["type"] == kind]


def test_the_capped_trunk_loses_most_of_its_line_and_nothing_else() -> None:
    case, calls, normal, ledger = split_case_alone(SPLIT, "refill_trunk_channel_cap", 400)
    assert isinstance(case.effect, ChannelCap)
    came = {c[0]["call_sid"] for c in calls}
    lost = [c for c in normal.values() if c[0]["call_sid"] not in came]
    assert lost and all(c[0]["workflow"] == "refill" and case.active(c[0]["ts"]) for c in lost)
    assert len(ledger.marks[case.name]) == len(lost)
    assert all(normal[c[0]["call_sid"]] == c for c in calls)  # every call that arrives is as it was
    usual = sum(1 for c in normal.values() if c[0]["workflow"] == "refill" and case.active(c[0]["ts"]))
    assert 0.5 < len(lost) / usual < 0.95, (len(lost), usual)
    kept = sorted((c[0]["ts"], c[-1]["ts"]) for c in calls if c[0]["workflow"] == "refill")
    for (_, end), (start, _) in itertools.pairwise(kept):  # one refill call up at a time
        assert not case.active(start) or start >= end


def test_the_tool_loop_asks_to_hold_again_until_the_caller_asks_for_a_person() -> None:
    case, calls, normal, ledger = split_case_alone(SPLIT, "find_slots_tool_call_loop", 200)
    effect = case.effect
    assert isinstance(effect, ToolCallLoop)
    marked = ledger.calls(case.name)
    assert len(marked) > 20
    for call in calls:
        if call[0]["call_sid"] not in marked:
            assert call == normal[call[0]["call_sid"]] or case.active(call[0]["ts"])
            continue
        asked = [e for e in _of(call, "agent.utterance") if HOLD[1:] in e["data"]["text"]]
        looked = [e for e in _of(call, "tool.result") if e["data"]["tool"] == effect.tool]
        assert call[0]["workflow"] == "appointment" and 3 <= len(asked) <= 4 and len(looked) == len(asked)
        assert all(e["data"]["ok"] for e in looked) and _end(call) == ("ended", "handoff")


def test_keypad_input_is_met_with_silence_on_every_line() -> None:
    case, calls, normal, ledger = split_case_alone(SPLIT, "keypad_input_ignored", 300)
    assert isinstance(case.effect, DtmfDeadAir)
    marked = ledger.calls(case.name)
    lines: Counter[str] = Counter()
    for call in calls:
        sid = call[0]["call_sid"]
        if sid not in marked:
            assert call == normal[sid]
            continue
        lines[call[0]["workflow"]] += 1
        last_key = max(e["ts"] for e in _of(call, "dtmf"))
        first_key = min(e["ts"] for e in _of(call, "dtmf"))
        assert case.active(first_key) and _end(call) == ("completed", "hangup")
        assert not [
            e for e in call if e["ts"] > first_key and e["type"] in ("agent.utterance", "tool.called")
        ]
        assert _of(call, "caller.utterance")[-1]["ts"] > last_key
    assert set(lines) == {"billing", "appointment", "refill"}, lines
    keyed = [c for c in normal.values() if _of(c, "dtmf") and case.active(_of(c, "dtmf")[-1]["ts"])]
    assert len(marked) == len(keyed) > 20


def test_the_new_voice_lengthens_replies_and_changes_nothing_else() -> None:
    case, calls, normal, ledger = split_case_alone(SPLIT, "new_tts_voice_evening", 40)
    assert isinstance(case.effect, VoiceChange)
    marked = ledger.calls(case.name)
    window = {c[0]["call_sid"] for c in calls if case.active(c[0]["ts"])}
    assert marked == window and len(window) > 200
    later, same = [], 0
    for call in calls:
        before = normal[call[0]["call_sid"]]
        if call[0]["call_sid"] not in marked:
            assert call == before
            continue
        words = [e["data"]["text"] for e in _of(call, "agent.utterance")]
        same += words == [e["data"]["text"] for e in _of(before, "agent.utterance")]
        assert _end(call) == _end(before)
        later.append(call[-1]["ts"] - before[-1]["ts"])
    # the same words except where a caller barges in at another point of a longer reply
    assert same > 0.8 * len(later) and 0 < statistics.median(later) < 5000
