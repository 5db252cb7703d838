"""The ``test5`` split: its separation from every other split, and each effect of ``faults5.py`` doing
what its docstring says on a small day (only the hours around it have calls), with the changed calls
valid under the v1 contract and the other calls the normal day's."""

from __future__ import annotations

import itertools
from types import SimpleNamespace
from typing import Any

import pytest

from bench.alerts_cases import faults5 as f5
from bench.alerts_cases import split_file, splits
from bench.alerts_cases.case import Day, simulate_day
from bench.alerts_cases.check_test5 import first_reply_ms
from bench.alerts_cases.day import CALLS_PER_HOUR, DAY0, HOUR, Ledger
from bench.alerts_cases.degradations import Asr
from bench.alerts_cases.effect import Effect
from bench.alerts_cases.incidents import TrafficStop

Event = dict[str, Any]
EARLIER = ("tune", "test", "test2", "test3", "test4")
TEST5 = split_file.load("test5")  # the split's data file
Row = tuple[str, int, str, Effect]  # onset, minutes, kind, effect: what a page must name is not judged here


def _small_day(row: Row, per_hour: int = 240, seed: int = 37) -> SimpleNamespace:
    """The row's case alone on a day with calls only in the hours around it, beside that day
    without it. ``hit``: the calls the case marked; ``normal``: call_sid -> the untouched call."""
    case = split_file.case_of("test5", "t5", seed, split_file.Row(*row), TEST5.production)
    lo, hi = (case.onset_ms - DAY0) // HOUR - 1, (case.end_ms - DAY0) // HOUR + 1
    cph = tuple(per_hour if lo <= h <= hi else 0 for h in range(24))
    ledger = Ledger()
    calls = list(case.alone(ledger, cph))
    normal = {c[0]["call_sid"]: c for c in simulate_day(seed, calls_per_hour=cph)}
    sids = ledger.calls(case.name)
    hit = [c for c in calls if c[0]["call_sid"] in sids]
    rest = [c for c in calls if c[0]["call_sid"] not in sids]
    return SimpleNamespace(case=case, calls=calls, normal=normal, ledger=ledger, hit=hit, rest=rest)


def _window(run: SimpleNamespace, calls: Any) -> list[list[Event]]:
    return [c for c in calls if run.case.active(c[0]["ts"])]


def _end(call: list[Event]) -> tuple[str, str]:
    return call[-1]["data"]["status"], call[-1]["data"]["reason"]


# ---- the split --------------------------------------------------------------------------------


def test_three_days_two_with_incidents_and_one_that_must_not_page() -> None:
    days = splits.days("test5")
    assert [d.name for d in days] == ["test5-a", "test5-b", "test5-benign"]
    assert [any(not c.benign for c in d.cases) for d in days] == [True, True, False]
    assert all(c.benign for c in days[2].cases)
    names = [c.name for c in splits.cases("test5")]
    assert len(names) == len(set(names)) == 10
    for case in splits.cases("test5"):
        assert case.split == "test5" and case.real_world, case.name
        assert DAY0 <= case.onset_ms < case.end_ms <= DAY0 + 24 * HOUR, case.name


def test_seeds_share_no_hour_with_any_other_split() -> None:
    """A day draws hour h from seed + h and its last week from seed + 1 + h."""

    def drawn(split: str) -> set[int]:
        return {seed + week + h for seed in splits.seeds(split) for week in (0, 1) for h in range(24)}

    assert splits.seeds("test5") == list(TEST5.seeds)
    for other in EARLIER:
        assert not drawn("test5") & drawn(other), other
    assert all(abs(a - b) > 25 for a, b in itertools.combinations(TEST5.seeds, 2))


def test_onsets_and_settings_are_new() -> None:
    """A traffic stop has only its workflow to vary and every workflow has had one: test5's differs
    by stopping two workflows at once."""
    earlier = [c for split in EARLIER for c in splits.cases(split)]
    onsets = {c.onset_ms for c in earlier if not c.benign}
    settings = {repr(c.effect) for c in earlier}
    for case in splits.cases("test5"):
        assert case.benign or case.onset_ms not in onsets, case.name
        assert case.kind == "traffic_stops" or repr(case.effect) not in settings, case.name
    stops = [c for c in splits.cases("test5") if c.kind == "traffic_stops"]
    assert len({c.onset_ms for c in stops}) == 1 and {c.scope["workflow"] for c in stops} == {
        "appointment",
        "refill",
    }


def test_new_kinds_and_causes_in_the_vocabulary() -> None:
    kinds = {c.kind for c in splits.cases("test5")}
    earlier = {c.kind for split in EARLIER for c in splits.cases(split)}
    assert {"socket_drop", "wrong_language"} <= kinds - earlier
    vocabulary = {"dead_air", "traffic_stopped", "agent_loop", "agent_failed", "ttfhw_drift",
                  "containment_drop", "canary_regression", "asr_empty", "asr_garbled"}  # fmt: skip
    for case in splits.cases("test5"):
        family = (case.cause or "").split(":")[0]
        assert case.benign or family in vocabulary | {"tool_latency", "tool_failure"}, case.name
    by_kind = {c.kind: c for c in splits.cases("test5")}
    assert by_kind["build_dead_air"].scope == {"agent_version": "1.9.0-rc1"}
    assert by_kind["slow_long_input"].cause == "tool_latency:find_patient"


@pytest.fixture(scope="module")
def tenth() -> dict[str, tuple[Day, Ledger, list[list[Event]]]]:
    """Each test5 day at a tenth of the eval's volume: the day, its ledger, its calls."""
    volume = tuple(max(1, n // 10) for n in CALLS_PER_HOUR)
    built = {}
    for day in splits.days("test5"):
        ledger = Ledger()
        built[day.name] = (day, ledger, list(day.calls(ledger, calls_per_hour=volume)))
    return built


def test_each_case_shows_from_its_onset_at_a_tenth_of_the_volume(tenth: Any, invalid: Any) -> None:
    for day, ledger, calls in tenth.values():
        sample = {sid for case in day.cases for sid in sorted(ledger.calls(case.name))[:15]}
        assert invalid([c for c in calls if c[0]["call_sid"] in sample]) == [], day.name
        late = [c.name for c in day.cases if not c.onset_ms <= (ledger.first(c.name) or 0) < c.end_ms]
        assert late == []


# ---- each effect on a small day ---------------------------------------------------------------


def test_build_dead_air_silences_only_the_named_build_after_the_first_utterance(invalid: Any) -> None:
    run = _small_day(
        ("10:55", 35, "build_dead_air", f5.BuildDeadAir(version="1.9.0-rc1", after=1)), per_hour=600
    )
    assert len(run.hit) >= 5
    for call in run.hit:
        assert call[0]["flags"]["canary"] and {e["agent"]["version"] for e in call} == {"1.9.0-rc1"}
        said = [e for e in call if e["type"] == "caller.utterance"]
        assert not [e for e in call if e["type"] == "agent.utterance" and e["ts"] > said[0]["ts"]]
        assert said[1]["data"]["text"].startswith("Hello?") and _end(call) == ("completed", "hangup")
    assert invalid(run.hit) == []
    for call in run.rest:
        if call[0]["agent"]["version"] != "1.9.0-rc1":
            assert run.normal[call[0]["call_sid"]] == call


def test_slow_on_long_input_slows_only_long_inputs(invalid: Any) -> None:
    effect = f5.SlowOnLongInput("appointment", "find_patient", latency_ms=(5_000, 8_000), min_words=12)
    run = _small_day(("15:05", 35, "slow_long_input", effect), per_hour=600)
    used = [c for c in _window(run, run.calls) if f5._said_before(c, "find_patient")]
    assert run.hit and len(run.hit) < len(used)  # only a share of the tool's calls
    for call in run.hit:
        assert f5._said_before(call, "find_patient") >= 12
        result = next(e for e in call if e["type"] == "tool.result" and e["data"]["tool"] == "find_patient")
        assert result["data"]["ok"] and result["data"]["latency_ms"] >= 5_000
    short = [c for c in used if f5._said_before(c, "find_patient") < 12]
    assert short and all(run.normal[c[0]["call_sid"]] == c for c in short)
    assert invalid(run.hit) == []
    assert all(run.normal[c[0]["call_sid"]] == c for c in run.rest)


def test_state_loss_loops_a_share_that_grows(invalid: Any) -> None:
    run = _small_day(
        ("16:25", 40, "state_loss_loop", f5.StateLoss("refill", shares=(0.1, 0.8))), per_hour=900
    )
    refill = [c for c in _window(run, run.calls) if c[0]["workflow"] == "refill"]
    half = run.case.onset_ms + run.case.duration_ms // 2
    hit = {c[0]["call_sid"] for c in run.hit}
    early = [c[0]["call_sid"] in hit for c in refill if c[0]["ts"] < half]
    late = [c[0]["call_sid"] in hit for c in refill if c[0]["ts"] >= half]
    assert 0 < 1.5 * sum(early) / len(early) < sum(late) / len(late)  # not every call reaches a question
    for call in run.hit:
        assert call[0]["workflow"] == "refill" and _end(call) == ("ended", "handoff")
    assert invalid(run.hit) == []
    assert all(run.normal[c[0]["call_sid"]] == c for c in run.rest)


def test_socket_drop_fails_calls_mid_call(invalid: Any) -> None:
    run = _small_day(("12:50", 30, "socket_drop", f5.SocketDrop(share=0.25)))
    window = _window(run, run.normal.values())
    assert 0.15 < len(run.hit) / len(window) < 0.35
    for call in run.hit:
        drop = next(t for t, sid in run.ledger.marks[run.case.name] if sid == call[0]["call_sid"])
        said = next(e["ts"] for e in call if e["type"] == "caller.utterance")
        assert said < drop < call[-1]["ts"] <= drop + 300 and _end(call) == ("failed", "upstream_lost")
        assert len(call) < len(run.normal[call[0]["call_sid"]])
        assert all(e["ts"] <= drop for e in call[:-1])
    assert invalid(run.hit) == []
    assert all(run.normal[c[0]["call_sid"]] == c for c in run.rest)


def test_wrong_language_answers_in_spanish_and_callers_escalate(invalid: Any) -> None:
    run = _small_day(("09:55", 30, "wrong_language", f5.WrongLanguage("gpt-4o-mini", share=0.35)))
    model = [c for c in _window(run, run.calls) if c[0]["agent"]["model"].startswith("gpt-4o-mini")]
    assert 0.2 < len(run.hit) / len(model) < 0.5
    assert all(c[0]["agent"]["model"].startswith("gpt-4o-mini") for c in run.hit)
    ends = [_end(c) for c in run.hit]
    assert set(ends) == {("ended", "handoff"), ("completed", "hangup")}
    assert ends.count(("ended", "handoff")) > ends.count(("completed", "hangup"))
    for call in run.hit:
        replies = [e["data"]["text"] for e in call if e["type"] == "agent.utterance"]
        assert any(text in f5.SPANISH for text in replies)
        if _end(call)[1] == "handoff":
            assert [e["data"]["trigger"] for e in call if e["type"] == "handoff.requested"] == [
                "caller_request"
            ]
    assert invalid(run.hit) == []
    assert all(run.normal[c[0]["call_sid"]] == c for c in run.rest)


def test_traffic_stop_on_two_workflows_is_two_cases_of_one_day(tenth: Any) -> None:
    day, ledger, calls = tenth["test5-b"]
    stops = [c for c in day.cases if isinstance(c.effect, TrafficStop)]
    for case in stops:
        assert not [
            c for c in calls if case.active(c[0]["ts"]) and c[0]["workflow"] == case.scope["workflow"]
        ]
        assert ledger.marks[case.name]
    billing = [c for c in calls if stops[0].active(c[0]["ts"]) and c[0]["workflow"] == "billing"]
    assert billing


def test_storm_adds_short_calls_on_one_workflow() -> None:
    run = _small_day(("08:30", 210, "storm_calls", f5.StormCalls("appointment", rate=1.0)), per_hour=400)
    now = [c for c in _window(run, run.calls) if c[0]["workflow"] == "appointment"]
    before = [c for c in _window(run, run.normal.values()) if c[0]["workflow"] == "appointment"]
    assert 1.7 < len(now) / len(before) < 2.3
    assert {c[0]["workflow"] for c in run.hit} == {"appointment"}
    length = sorted(c[-1]["ts"] - c[0]["ts"] for c in run.hit)
    usual = sorted(c[-1]["ts"] - c[0]["ts"] for c in before)
    assert length[len(length) // 2] < usual[len(usual) // 2]
    assert all(c[0]["call_sid"] not in run.normal for c in run.hit)
    assert all(run.normal[c[0]["call_sid"]] == c for c in run.rest)


def test_faster_build_takes_a_share_of_stable_calls_and_answers_sooner() -> None:
    run = _small_day(
        ("13:15", 120, "faster_build", f5.FasterBuild("1.9.1", share=0.3, faster=0.85)), per_hour=600
    )
    stable = [c for c in _window(run, run.calls) if not c[0]["flags"]["canary"]]
    assert 0.22 < len(run.hit) / len(stable) < 0.38
    assert all(c[0]["agent"]["version"] == "1.9.1" and not c[0]["flags"]["canary"] for c in run.hit)
    assert not [c for c in run.calls if c[0]["flags"]["canary"] and c[0]["agent"]["version"] == "1.9.1"]

    def first_token(calls: list[list[Event]]) -> float:
        gaps = [gap for call in calls if (gap := first_reply_ms(call)) is not None]
        return sum(gaps) / len(gaps)

    assert first_token(run.hit) < first_token([run.normal[c[0]["call_sid"]] for c in run.hit])
    assert all(run.normal[c[0]["call_sid"]] == c for c in run.rest)


def test_night_asr_hits_one_workflow_only() -> None:
    run = _small_day(("02:20", 45, "night_asr", Asr("empty", p=0.75, workflow="billing")), per_hour=120)
    assert run.hit and {c[0]["workflow"] for c in run.hit} == {"billing"}
    assert all(any(e["type"] == "caller.utterance" and not e["data"]["text"] for e in c) for c in run.hit)
    assert all(run.normal[c[0]["call_sid"]] == c for c in run.rest)
