"""Each incident kind does to the calls what its description says, and nothing else: calls outside
the window or the scope are the normal day's, byte for byte, and every changed call stays valid
under the v1 contract."""

from __future__ import annotations

import statistics
from collections.abc import Callable
from typing import Any

from bench.alerts_cases.day import MINUTE
from bench.alerts_cases.degradations import Asr, CanaryCrash, SlowRise
from bench.alerts_cases.incidents import AgentDown, AgentLoop, DeadAir, SlowTool, TrafficStop

Event = dict[str, Any]

AGENT_SIDE = {"agent.utterance", "tool.called", "tool.result", "intent.recognized", "identity.verified",
              "task.started", "task.completed", "handoff.requested", "agent.error"}  # fmt: skip


def _untouched_outside(run: Any, in_scope: Callable[[list[Event]], bool]) -> None:
    """Calls the case did not mark are the normal day's calls, unchanged."""
    marked = run.ledger.calls(run.case.name)
    for sid, call in run.by_sid.items():
        if sid not in marked and not in_scope(call):
            assert call == run.normal[sid]


def test_dead_air_agent_says_nothing_after_the_second_utterance_and_the_caller_gives_up(
    run_case: Any, invalid: Any
) -> None:
    run = run_case(DeadAir("billing"))
    affected = run.affected()
    assert len(affected) > 50
    for call in affected:
        assert call[0]["workflow"] == "billing"
        said = [e for e in call if e["type"] == "caller.utterance"]
        second = said[1]["ts"]
        assert run.case.active(second)
        assert not [e for e in call if e["ts"] > second and e["type"] in AGENT_SIDE]
        assert not [
            c for e in call if e["type"] == "agent.utterance" for c in e["data"]["chunks"] if c["ts"] > second
        ]
        assert "there?" in said[2]["data"]["text"] or "hear me?" in said[2]["data"]["text"]
        assert said[2]["ts"] - second >= 4_000  # the caller waited in silence first
        assert call[-1]["data"] == {"status": "completed", "reason": "hangup"}
    # billing calls whose second utterance falls in the window all went silent
    in_window = [c for c in run.calls if c[0]["workflow"] == "billing"
                 and len(u := [e for e in c if e["type"] == "caller.utterance"]) >= 2 and run.case.active(u[1]["ts"])]  # fmt: skip
    assert len(in_window) == len(affected)
    _untouched_outside(run, lambda c: False)
    assert invalid(affected) == []


def _other_tools(call: list[Event]) -> list[tuple[str, float, bool]]:
    return [(e["data"]["tool"], e["data"]["latency_ms"], e["data"]["ok"])
            for e in call if e["type"] == "tool.result" and e["data"]["tool"] != "get_balance"]  # fmt: skip


def test_slow_tool_answers_in_6_to_9_s_still_ok_and_callers_fill_the_silence(
    run_case: Any, invalid: Any
) -> None:
    run = run_case(SlowTool("billing", "get_balance"), onset="12:00")
    affected = run.affected()
    assert len(affected) > 50
    fillers = 0
    for call in affected:
        called = {e["data"]["tool_call_id"]: e for e in call if e["type"] == "tool.called"}
        for result in (e for e in call if e["type"] == "tool.result"):
            data = result["data"]
            waited = result["ts"] - called[data["tool_call_id"]]["ts"]
            assert waited == data["latency_ms"]
            if data["tool"] == "get_balance":
                assert 6_000 <= data["latency_ms"] <= 9_000 and data["ok"] is True
                start = called[data["tool_call_id"]]["ts"]
                fillers += any(
                    e["type"] == "caller.utterance" and start < e["ts"] < result["ts"] for e in call
                )
        assert _other_tools(call) == _other_tools(run.normal[call[0]["call_sid"]])  # as on a normal day
    assert 0.5 < fillers / len(affected) < 0.9  # most callers say "Hello?" into the silence
    # before the onset the same tool is fast
    before = [e["data"]["latency_ms"] for c in run.calls for e in c if e["type"] == "tool.result"
              and e["data"]["tool"] == "get_balance" and e["ts"] < run.case.onset_ms]  # fmt: skip
    assert before and max(before) < 1_000
    _untouched_outside(run, lambda c: False)
    assert invalid(affected) == []


def test_traffic_stops_no_call_of_the_workflow_starts_in_the_window(run_case: Any) -> None:
    run = run_case(TrafficStop("appointment"), onset="14:00")
    starts = [(c[0]["ts"], c[0]["workflow"]) for c in run.calls]
    assert not [t for t, wf in starts if wf == "appointment" and run.case.active(t)]
    normal = [(c[0]["ts"], c[0]["workflow"]) for c in run.normal.values()]
    missing = [t for t, wf in normal if wf == "appointment" and run.case.active(t)]
    assert len(missing) == len(run.ledger.marks[run.case.name]) > 30
    # other workflows, and appointment outside the window, arrive as usual
    assert sorted(s for s in starts) == sorted(
        s for s in normal if s[1] != "appointment" or not run.case.active(s[0])
    )
    assert run.ledger.first(run.case.name) == min(missing)


def test_agent_loop_repeats_its_question_until_the_caller_asks_for_a_person(
    run_case: Any, invalid: Any
) -> None:
    run = run_case(AgentLoop("refill"), onset="16:00")
    affected = run.affected()
    assert len(affected) > 30
    for call in affected:
        assert call[0]["workflow"] == "refill" and run.case.active(call[0]["ts"])
        texts = [e["data"]["text"].lower() for e in call if e["type"] == "agent.utterance"]
        repeated = max(texts.count(t) for t in texts)
        assert repeated >= 2
        assert any(e["type"] == "handoff.requested" for e in call)
        assert call[-1]["data"] == {"status": "ended", "reason": "handoff"}
        last_caller = [e for e in call if e["type"] == "caller.utterance"][-1]["data"]["text"]
        assert last_caller.startswith("I already answered that.")
    # at least three askings of the same question in most calls
    thrice = [c for c in affected if max(
        sum(1 for e in c if e["type"] == "agent.utterance" and e["data"]["text"].lower().endswith(t[-30:]))
        for t in (e["data"]["text"].lower() for e in c if e["type"] == "agent.utterance")) >= 3]  # fmt: skip
    assert len(thrice) / len(affected) > 0.6
    handed = [c for c in run.calls if c[0]["workflow"] == "refill" and run.case.active(c[0]["ts"])
              and c[-1]["data"]["reason"] == "handoff"]  # fmt: skip
    normal_handed = [c for c in run.normal.values() if c[0]["workflow"] == "refill" and run.case.active(c[0]["ts"])
                     and c[-1]["data"]["reason"] == "handoff"]  # fmt: skip
    assert len(handed) > 2 * len(normal_handed)
    assert invalid(affected) == []


def test_asr_empty_transcripts_and_the_agent_did_not_catch_them(run_case: Any, invalid: Any) -> None:
    run = run_case(Asr("empty"), onset="10:30")
    affected = run.affected()
    assert len(affected) > 100
    empty = didnt = 0
    for call in affected:
        assert run.case.active(call[0]["ts"])
        for i, event in enumerate(call):
            if event["type"] == "caller.utterance" and event["data"]["text"] == "":
                empty += 1
                answer = next((e for e in call[i:] if e["type"] == "agent.utterance"), None)
                didnt += answer is not None and (
                    "catch that" in answer["data"]["text"] or "repeat" in answer["data"]["text"]
                )
    assert empty > len(affected)
    assert didnt / empty > 0.85
    normal_empty = sum(
        e["data"]["text"] == "" for c in run.normal.values() for e in c if e["type"] == "caller.utterance"
    )
    assert normal_empty == 0
    assert invalid(affected) == []


def test_asr_garbled_transcripts_are_fragments_of_what_was_said(run_case: Any, invalid: Any) -> None:
    run = run_case(Asr("garbled"), onset="15:00")
    affected = run.affected()
    assert len(affected) > 100
    said = {e["data"]["text"] for c in run.normal.values() for e in c if e["type"] == "caller.utterance"}
    garbled = [
        e["data"]["text"]
        for c in affected
        for e in c
        if e["type"] == "caller.utterance" and e["data"]["text"] not in said
    ]
    assert len(garbled) > len(affected)
    assert all(0 < len(t.split()) <= 12 and t == t.lower() for t in garbled)
    assert invalid(affected) == []


def test_canary_crash_fails_only_the_new_canary_build(run_case: Any, invalid: Any) -> None:
    run = run_case(CanaryCrash("1.5.0-rc2"), onset="12:30")
    in_window = [c for c in run.calls if run.case.active(c[0]["ts"])]
    canary = [c for c in in_window if c[0]["flags"]["canary"]]
    assert 0.05 < len(canary) / len(in_window) < 0.15
    assert all(e["agent"]["version"] == "1.5.0-rc2" for c in canary for e in c)
    failed = [c for c in canary if c[-1]["data"] == {"status": "failed", "reason": "agent_error"}]
    spoke = [c for c in canary if any(e["type"] == "caller.utterance" for e in c)]
    assert failed == spoke and len(failed) > 5
    for call in failed:
        assert any(e["type"] == "agent.error" for e in call)
    stable = [c for c in run.calls if not c[0]["flags"]["canary"]]
    assert all(c == run.normal[c[0]["call_sid"]] for c in stable)
    assert not [
        e
        for c in run.calls
        if not run.case.active(c[0]["ts"])
        for e in c
        if e["agent"]["version"] == "1.5.0-rc2"
    ]
    assert invalid(canary) == []


def _first_words_ms(call: list[Event]) -> list[int]:
    """Caller utterance -> the agent's next chunk, per turn that got an answer."""
    out, waiting = [], None
    for event in call:
        if event["type"] == "caller.utterance":
            waiting = event["ts"]
        elif event["type"] == "agent.utterance" and waiting is not None:
            out.append(event["ts"] - waiting)
            waiting = None
    return out


def test_slow_rise_agent_latency_climbs_over_three_hours_then_stays(run_case: Any, invalid: Any) -> None:
    run = run_case(SlowRise("agent", final_ms=3_000), onset="10:00", minutes=210, per_hour=150)
    onset = run.case.onset_ms

    def median_between(lo: int, hi: int, calls: list[list[Event]]) -> float:
        return statistics.median(ms for c in calls if onset + lo * MINUTE <= c[0]["ts"] < onset + hi * MINUTE
                                 for ms in _first_words_ms(c))  # fmt: skip

    normal = list(run.normal.values())
    first_half_hour = median_between(0, 30, run.calls) - median_between(0, 30, normal)
    third_hour = median_between(120, 180, run.calls) - median_between(120, 180, normal)
    plateau = median_between(180, 210, run.calls) - median_between(180, 210, normal)
    assert first_half_hour < 600
    assert 1_500 < third_hour < 3_200
    assert 2_400 < plateau < 3_600
    before = [c for c in run.calls if c[0]["ts"] < onset]
    assert before and all(c == run.normal[c[0]["call_sid"]] for c in before)
    # the evidence onset: the drift reaches 1 s an hour in
    first = run.ledger.first(run.case.name)
    assert run.case.evidence_delay_ms == 60 * MINUTE
    assert first is not None and 0 <= first - run.case.evidence_ms < 5 * MINUTE
    assert invalid(run.affected()[:200]) == []


def test_slow_rise_on_a_tool_only_that_tool_gets_slower(run_case: Any) -> None:
    run = run_case(SlowRise("find_account", final_ms=4_000), onset="10:00", minutes=210, per_hour=150)
    plateau = [c for c in run.calls if run.case.onset_ms + 180 * MINUTE <= c[0]["ts"] < run.case.end_ms]
    late = [e["data"]["latency_ms"] for c in plateau for e in c
            if e["type"] == "tool.result" and e["data"]["tool"] == "find_account" and e["data"]["ok"]]  # fmt: skip
    assert len(late) > 5 and min(late) >= 4_000
    before = [e["data"]["latency_ms"] for c in run.calls if c[0]["ts"] < run.case.onset_ms for e in c
              if e["type"] == "tool.result" and e["data"]["tool"] == "find_account" and e["data"]["ok"]]  # fmt: skip
    assert before and max(before) <= 700
    others = [e["data"]["latency_ms"] for c in run.calls for e in c if e["type"] == "tool.result"
              and e["data"]["tool"] == "get_balance" and e["data"]["ok"]]  # fmt: skip
    assert max(others) < 1_000


def test_night_outage_agent_down_every_call_fails_at_once_with_nothing_said(
    run_case: Any, invalid: Any
) -> None:
    run = run_case(AgentDown(), onset="03:00", per_hour=60)
    in_window = [c for c in run.calls if run.case.active(c[0]["ts"])]
    assert 15 < len(in_window) < 50  # about a call a minute
    for call in in_window:
        assert [e["type"] for e in call] == ["call.started", "call.ended"]
        assert call[-1]["data"] == {"status": "failed", "reason": "upstream_lost"}
        assert call[-1]["ts"] - call[0]["ts"] <= 1_500
    _untouched_outside(run, lambda c: False)
    assert invalid(in_window) == []


def test_night_outage_silent_agent_every_workflow_from_the_first_utterance(
    run_case: Any, invalid: Any
) -> None:
    run = run_case(DeadAir(None, after=1), onset="04:10", per_hour=60)
    affected = run.affected()
    assert {c[0]["workflow"] for c in affected} == {"billing", "appointment", "refill"}
    for call in affected:
        first = next(e for e in call if e["type"] == "caller.utterance")["ts"]
        assert not [e for e in call if e["ts"] > first and e["type"] in AGENT_SIDE]
    assert invalid(affected) == []


def test_incident_evidence_onset_is_the_first_affected_call_within_minutes_of_onset(run_case: Any) -> None:
    for effect, onset in ((DeadAir("billing"), "10:00"), (SlowTool("billing", "get_balance"), "12:00"),
                          (AgentLoop("refill"), "16:00"), (CanaryCrash(), "12:30")):  # fmt: skip
        run = run_case(effect, onset=onset, per_hour=400)
        first = run.ledger.first(run.case.name)
        assert first is not None and 0 <= first - run.case.onset_ms < 5 * MINUTE, type(effect).__name__
