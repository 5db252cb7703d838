"""The ``test27`` split's own effects (``faults19``), each its case alone on the split's seed on a small
day: refill's short answers coming back empty, billing's balance lookups slow after a cache flush and
fewer as it refills, refill's canary calls failing at a pharmacy answer, one carrier's calls cut 32 s in,
and appointment's calls going silent in a share that grows. Its shape and separation are
test_later_splits.py's."""

from __future__ import annotations

from typing import Any

from bench.alerts_cases.check_test6 import _latencies, _of
from bench.alerts_cases.check_test27 import _lost_long
from bench.alerts_cases.faults19 import (
    CacheFlushSlow,
    CanaryToolCrash,
    CarrierAgeDrop,
    LeakDeadAir,
    ShortAnswerAsr,
)
from tests.bench_alerts_cases.small_day import split_case_alone

Event = dict[str, Any]


def test_only_the_short_answers_come_back_empty() -> None:
    case, calls, normal, ledger = split_case_alone("test27", "refill_vad_drops_short_yes", 400)
    asr, marked = case.effect, ledger.calls(case.name)
    assert isinstance(asr, ShortAnswerAsr) and len(marked) > 5
    for call in calls:
        usual = normal[call[0]["call_sid"]]
        if call[0]["call_sid"] not in marked:
            assert call == usual
            continue
        assert call[0]["workflow"] == asr.workflow and case.active(call[0]["ts"])
        assert any(not e["data"]["text"] for e in _of(call, "caller.utterance"))
        assert not _lost_long(
            call, [e["data"]["text"] for e in _of(usual, "caller.utterance")], asr.max_words
        )


def test_the_flushed_cache_slows_fewer_lookups_as_it_refills() -> None:
    case, calls, normal, ledger = split_case_alone("test27", "billing_balance_cache_flush", 600)
    flush, marked = case.effect, ledger.calls(case.name)
    assert isinstance(flush, CacheFlushSlow)
    third = case.duration_ms // 3
    early, late = [], []
    for call in calls:
        used = [e["ts"] for e in _of(call, "tool.called") if e["data"]["tool"] == flush.tool]
        if call[0]["call_sid"] not in marked:
            assert call == normal[call[0]["call_sid"]]
        if not used or not case.active(used[0]):
            continue
        slow = call[0]["call_sid"] in marked
        assert not slow or min(_latencies([call], flush.tool)) >= flush.latency_ms[0]
        if used[0] < case.onset_ms + third:
            early.append(slow)
        elif used[0] >= case.end_ms - third:
            late.append(slow)
    assert early and late and sum(early) / len(early) > 0.6 > 0.4 > sum(late) / len(late)


def test_the_canary_fails_at_its_first_pharmacy_answer_only() -> None:
    case, calls, normal, ledger = split_case_alone("test27", "refill_canary_pharmacy_field_crash", 600)
    crash, marked = case.effect, ledger.calls(case.name)
    assert isinstance(crash, CanaryToolCrash) and len(marked) >= 3
    for call in calls:
        if call[0]["call_sid"] not in marked:
            assert call == normal[call[0]["call_sid"]] and call[0]["agent"]["version"] != crash.version
            continue
        assert call[0]["flags"]["canary"] and call[0]["workflow"] == crash.workflow
        assert {e["agent"]["version"] for e in call} == {crash.version}
        answer = next(e for e in _of(call, "tool.result") if e["data"]["tool"] in crash.tools)
        error = _of(call, "agent.error")[-1]  # the crash (a failing tool may have logged one before)
        assert answer["ts"] < error["ts"] <= answer["ts"] + 250 and error["data"]["message"] == crash.message
        assert call[-1]["data"] == {"status": "failed", "reason": "agent_error"}
        assert not [e for e in call if answer["ts"] < e["ts"] < error["ts"] and e["type"] != "speaker"]


def test_the_carriers_calls_are_cut_32_seconds_in() -> None:
    case, calls, normal, ledger = split_case_alone("test27", "carrier_ack_loss_32s", 400)
    drop, marked = case.effect, ledger.calls(case.name)
    assert isinstance(drop, CarrierAgeDrop) and len(marked) > 5
    lines: set[str] = set()
    for call in calls:
        first, usual = call[0], normal[call[0]["call_sid"]]
        if first["call_sid"] not in marked:
            assert call == usual
            continue
        lines.add(first["workflow"])
        age = call[-1]["ts"] - first["ts"]
        assert first["data"]["caller"][2:5] in drop.area_codes and case.active(call[-1]["ts"])
        assert (
            drop.age_s[0] * 1000 <= age <= drop.age_s[1] * 1000 + 60
            and age - 60 < usual[-1]["ts"] - first["ts"]
        )
        assert call[-1]["data"] == {"status": "failed", "reason": "error"}
    assert len(lines) >= 2  # every line the carrier's callers ring


def test_the_leak_silences_a_growing_share_of_the_lines_calls() -> None:
    case, calls, normal, ledger = split_case_alone("test27", "appointment_llm_pool_leak", 600)
    leak, marked = case.effect, ledger.calls(case.name)
    assert isinstance(leak, LeakDeadAir) and len(marked) > 10
    half = case.onset_ms + case.duration_ms // 2
    early = late = 0
    for call in (c for c in calls if c[0]["call_sid"] in marked):
        assert call[0]["workflow"] == leak.workflow
        cut = [e for e in _of(call, "caller.utterance") if e["data"]["final"]][leak.after - 1]["ts"]
        assert case.active(cut) and call[-1]["data"] == {"status": "completed", "reason": "hangup"}
        assert not [e for e in call if e["ts"] > cut and e["type"] in ("agent.utterance", "tool.called")]
        early, late = early + (cut < half), late + (cut >= half)
    assert late > early
    assert all(c == normal[c[0]["call_sid"]] for c in calls if c[0]["call_sid"] not in marked)
