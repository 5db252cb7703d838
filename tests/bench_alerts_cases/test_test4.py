"""The ``test4`` split: its separation from every other split, and each new effect of
``faults4.py`` doing what its docstring says on a small day (only the hours around it have calls),
with changed calls valid under the v1 contract and the other calls the normal day's."""

from __future__ import annotations

import itertools
from functools import partial
from typing import Any

from bench.alerts_cases import split_file, splits
from bench.alerts_cases.day import CALLS_PER_HOUR, DAY0, HOUR, MINUTE, Ledger
from bench.alerts_cases.effect import Effect
from bench.alerts_cases.faults4 import (
    BlueGreen,
    EagerHandoff,
    HourlyToolTimeout,
    ModelLoop,
    PrefixDrop,
    RateLimited,
    TtsCutOff,
)
from tests.bench_alerts_cases.small_day import Run, run_case

Event = dict[str, Any]
OTHERS = ("tune", "test", "test2", "test3")
TEST4 = split_file.load("test4")  # the split's data file


def _as_in_test4(effect: Effect) -> tuple[str | None, dict[str, str]]:
    """The cause and scope test4 names for a case of this effect's class (not judged by these tests)."""
    case = next(c for c in splits.cases("test4") if type(c.effect) is type(effect))
    return case.cause, dict(case.scope)


# test4's own effects on a small day (240 calls an hour, seed 23), with test4's own cause and scope
_run = partial(run_case, per_hour=240, seed=23, split="test4", day="t4", cause_and_scope=_as_in_test4)


def _untouched_are_normal(run: Run) -> None:
    marked = run.ledger.calls(run.case.name)
    for call in run.calls:
        if call[0]["call_sid"] not in marked:
            assert run.normal[call[0]["call_sid"]] == call


def _types(call: list[Event], type_: str) -> list[Event]:
    return [e for e in call if e["type"] == type_]


# ---- the split --------------------------------------------------------------------------------


def test_three_days_two_with_incidents_one_that_must_not_page() -> None:
    days = splits.days("test4")
    assert [d.name for d in days] == ["test4-a", "test4-b", "test4-benign"]
    assert [any(not c.benign for c in d.cases) for d in days] == [True, True, False]
    for case in splits.cases("test4"):
        assert {c.benign for c in splits.cases("test4") if c.kind == case.kind} == {case.benign}, case.name
        assert case.real_world == TEST4.production[case.kind], case.name
        assert case.real_world and case.split == "test4"
        assert DAY0 <= case.onset_ms < case.end_ms <= DAY0 + 24 * HOUR, case.name
    assert sum(1 for c in splits.cases("test4") if not c.benign) >= 10


def test_seeds_share_no_hour_with_any_other_split() -> None:
    """A day draws hour h from seed + h, its last week from seed + 1 + h."""

    def drawn(split: str) -> set[int]:
        return {s + d + h for s in splits.seeds(split) for d in (0, 1) for h in range(24)}

    mine = drawn("test4")
    assert splits.seeds("test4") == sorted(TEST4.seeds)
    for other in OTHERS:
        assert not mine & drawn(other), other
    for a, b in itertools.combinations(TEST4.seeds, 2):
        assert abs(a - b) >= 26


def test_onsets_and_settings_differ_from_every_other_split() -> None:
    """A traffic stop has only its workflow to vary and every workflow has had one: test4's differs
    by its hour (evening, ~2 calls a minute), as a holiday differs only by its seed."""
    theirs = [c for split in OTHERS for c in splits.cases(split)]
    onsets = {c.onset_ms for c in theirs if not c.benign}
    settings = {repr(c.effect) for c in theirs}
    for case in splits.cases("test4"):
        if not case.benign:
            assert case.onset_ms not in onsets, case.name
        if case.kind != "traffic_stops":
            assert repr(case.effect) not in settings, case.name


def test_new_failure_modes_and_causes_in_the_vocabulary() -> None:
    kinds = {c.kind for c in splits.cases("test4")}
    earlier = {c.kind for split in OTHERS for c in splits.cases(split)}
    new = {"llm_rate_limit", "tts_truncated", "hourly_tool_timeout", "eager_handoff", "carrier_prefix"}
    assert new <= kinds and not new & earlier
    vocabulary = {"dead_air", "traffic_stopped", "agent_loop", "agent_failed", "ttfhw_drift",
                  "containment_drop", "canary_regression", "asr_empty", "asr_garbled"}  # fmt: skip
    for case in splits.cases("test4"):
        if case.cause is not None:
            assert case.cause in vocabulary or case.cause.split(":")[0] in ("tool_latency", "tool_failure")


def test_the_days_do_not_change_the_other_splits() -> None:
    assert splits.SPLITS[:4] == ("tune", "test", "test2", "test4") and "test3" in splits.SPLITS
    assert len(splits.days("test3")) == 6 and len(splits.days("test2")) == 5


def test_each_scheduled_case_shows_from_its_onset_at_a_tenth_of_the_volume(invalid: Any) -> None:
    tenth = tuple(max(1, n // 10) for n in CALLS_PER_HOUR)
    for day in splits.days("test4"):
        ledger = Ledger()
        calls = list(day.calls(ledger, calls_per_hour=tenth))
        for case in day.cases:
            first = ledger.first(case.name)
            assert first is not None and case.onset_ms <= first < case.end_ms, case.name
        marked = set().union(*(sorted(ledger.calls(c.name))[:15] for c in day.cases))
        assert invalid([c for c in calls if c[0]["call_sid"] in marked]) == [], day.name


# ---- each new effect on a small day -----------------------------------------------------------


def test_rate_limited_fails_a_share_of_one_models_calls(invalid: Any) -> None:
    run = _run(RateLimited("gpt-4o-mini", share=0.4))
    hit = run.affected()
    window = [c for c in run.calls if c[0]["agent"]["model"].startswith("gpt-4o-mini")
              and any(e["type"] == "caller.utterance" and run.case.active(e["ts"]) for e in c)]  # fmt: skip
    assert 0.25 < len(hit) / len(window) < 0.55
    for call in hit:
        assert call[0]["agent"]["model"].startswith("gpt-4o-mini")
        errors = _types(call, "agent.error")
        assert [e["data"]["code"] for e in errors] == ["llm_rate_limited"] * 2
        assert "429" in errors[0]["data"]["message"]
        assert call[-1]["data"] == {"status": "failed", "reason": "agent_error"}
        said = _types(call, "caller.utterance")
        assert not [e for e in _types(call, "agent.utterance") if e["ts"] > said[-1]["ts"]]
    assert run.ledger.first(run.case.name) >= run.case.onset_ms
    assert invalid(hit) == []
    _untouched_are_normal(run)


def test_tts_cut_off_plays_only_the_start_of_replies(invalid: Any) -> None:
    run = _run(TtsCutOff(share=0.45, workflow="refill"), onset="14:50")
    hit = run.affected()
    assert len(hit) > 5 and all(c[0]["workflow"] == "refill" for c in hit)
    for call in hit:
        sid = call[0]["call_sid"]
        cut = next(t for t, s in run.ledger.marks[run.case.name] if s == sid)
        sent = [e for e in _types(call, "agent.utterance") if e["ts"] < cut][-1]
        offs = [e for e in _types(call, "speaker") if e["data"] == {"who": "agent", "speaking": False}]
        assert cut in [e["ts"] for e in offs]
        assert cut - sent["ts"] < 0.5 * len(sent["data"]["text"]) / 13.0 * 1000  # less than half played
        texts = [e["data"]["text"] for e in _types(call, "agent.utterance")]
        assert texts.count(sent["data"]["text"]) >= 2  # sent again after the caller missed it
        assert call[-1]["data"] == {"status": "completed", "reason": "hangup"}
    assert invalid(hit) == []
    _untouched_are_normal(run)


def test_hourly_tool_timeout_fails_only_at_the_top_of_the_hour(invalid: Any) -> None:
    effect = HourlyToolTimeout("appointment", "lookup_appointment", timeout_ms=8_000, minutes=7)
    run = _run(effect, onset="10:00", minutes=128, per_hour=300)
    hit = run.affected()
    assert hit
    starts = set()
    for call in hit:
        called = next(
            e for e in call if e["type"] == "tool.called" and e["data"]["tool"] == "lookup_appointment"
        )
        assert (called["ts"] - DAY0) % HOUR < 7 * MINUTE
        starts.add((called["ts"] - DAY0) // HOUR)
        result = next(
            e
            for e in _types(call, "tool.result")
            if e["data"]["tool_call_id"] == called["data"]["tool_call_id"]
        )
        assert result["data"]["ok"] is False and result["data"]["error_code"] == "timeout"
        assert result["data"]["latency_ms"] >= 8_000
        assert _types(call, "handoff.requested")[0]["data"]["trigger"] == "tool_failure"
    assert starts == {10, 11, 12}
    late = [c for c in run.calls if any(e["type"] == "tool.called" and e["data"]["tool"] == "lookup_appointment"
                                        and (e["ts"] - DAY0) % HOUR >= 8 * MINUTE and run.case.active(e["ts"]) for e in c)]  # fmt: skip
    assert late and all(run.normal[c[0]["call_sid"]] == c for c in late)
    assert effect.bursts(run.case) == [(DAY0 + h * HOUR, DAY0 + h * HOUR + 7 * MINUTE) for h in (10, 11, 12)]
    assert invalid(hit) == []
    _untouched_are_normal(run)


def test_eager_handoff_transfers_at_the_first_request_under_the_new_prompt(invalid: Any) -> None:
    run = _run(EagerHandoff("billing", prompt=7, share=0.5), onset="13:40", minutes=40)
    hit = run.affected()
    billing = [c for c in run.calls if c[0]["workflow"] == "billing" and run.case.active(c[0]["ts"])]
    assert 0.35 < len(hit) / len(billing) < 0.65
    assert all(c[0]["agent"]["prompt_version"] == "billing-v7" for c in billing)
    for call in hit:
        assert len(_types(call, "caller.utterance")) == 1
        assert _types(call, "handoff.requested")[0]["data"]["trigger"] == "policy"
        assert call[-1]["data"] == {"status": "ended", "reason": "handoff"}
    assert invalid(hit) == []
    for call in run.calls:
        if call[0]["call_sid"] not in run.ledger.calls(run.case.name) and call not in billing:
            assert run.normal[call[0]["call_sid"]] == call


def test_model_loop_loops_one_models_calls_on_every_workflow(invalid: Any) -> None:
    run = _run(ModelLoop("claude-3-5-haiku"), onset="16:30")
    hit = run.affected()
    assert {c[0]["workflow"] for c in hit} == {"billing", "appointment", "refill"}
    assert all(c[0]["agent"]["model"].startswith("claude-3-5-haiku") for c in hit)
    for call in hit:
        texts = [e["data"]["text"].lower() for e in _types(call, "agent.utterance")]
        questions = [t for t in texts if t.endswith("?")]
        assert any(q[1:] in later for i, q in enumerate(questions) for later in questions[i + 1 :])
        assert call[-1]["data"] == {"status": "ended", "reason": "handoff"}
    assert invalid(hit) == []
    _untouched_are_normal(run)


def test_prefix_drop_loses_only_the_carriers_callers() -> None:
    (codes,) = {c.effect.area_codes for c in splits.cases("test4") if isinstance(c.effect, PrefixDrop)}
    run = _run(PrefixDrop(codes), onset="17:15")
    inside = [c for c in run.normal.values() if run.case.active(c[0]["ts"])]
    region = [c for c in inside if c[0]["data"]["caller"][2:5] in codes]
    assert 0.2 < len(region) / len(inside) < 0.5
    arrived = {c[0]["call_sid"] for c in run.calls}
    assert not arrived & {c[0]["call_sid"] for c in region}
    assert len(run.ledger.marks[run.case.name]) == len(region)
    assert len(run.calls) == len(run.normal) - len(region)
    _untouched_are_normal(run)


def test_blue_green_relabels_half_of_the_stable_calls_and_nothing_else() -> None:
    run = _run(BlueGreen("1.6.0", share=0.5), onset="11:30", minutes=60)
    stable = [c for c in run.calls if run.case.active(c[0]["ts"]) and not c[0]["flags"]["canary"]]
    new = [c for c in stable if c[0]["agent"]["version"] == "1.6.0"]
    assert 0.4 < len(new) / len(stable) < 0.6
    assert all(c[0]["agent"]["version"] != "1.6.0" for c in run.calls if c[0]["flags"]["canary"])
    for call in new:
        assert all(e["agent"]["version"] == "1.6.0" and not e["flags"]["canary"] for e in call)
        normal = run.normal[call[0]["call_sid"]]
        assert [{**e, "agent": {**e["agent"], "version": ""}} for e in call] == [
            {**e, "agent": {**e["agent"], "version": ""}} for e in normal
        ]
    _untouched_are_normal(run)
