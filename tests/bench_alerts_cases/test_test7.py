"""The ``test7`` split: its separation from every other split, and each effect of ``faults7.py`` doing
what its docstring says on a small day (calls only in the hours around the case), with the changed
calls valid under the v1 contract and every other call the normal day's."""

from __future__ import annotations

import statistics
from typing import Any

from bench.alerts_cases import faults7 as f7
from bench.alerts_cases import split_file, splits
from bench.alerts_cases.case import Case, simulate_day
from bench.alerts_cases.day import DAY0, HOUR, Ledger
from bench.alerts_cases.effect import Effect

Event = dict[str, Any]
OLDER = ("tune", "test", "test2", "test3", "test4", "test5", "test6")
VOCABULARY = {"dead_air", "traffic_stopped", "agent_loop", "agent_failed", "ttfhw_drift", "containment_drop",
              "canary_regression", "asr_empty", "asr_garbled", "tool_latency", "tool_failure"}  # fmt: skip


def _of(call: list[Event], type_: str) -> list[Event]:
    return [e for e in call if e["type"] == type_]


def _intents(call: list[Event]) -> set[str]:
    return {e["data"]["intent"] for e in _of(call, "intent.recognized")}


def _sent_after_interrupt(call: list[Event]) -> int:
    """How long the agent kept sending text after the caller's first interrupt (ms)."""
    at = _of(call, "interrupt")[0]["ts"]
    sent = [
        c["ts"]
        for e in _of(call, "agent.utterance")
        for c in e["data"]["chunks"]
        if at < c["ts"] <= at + 1_300
    ]
    return int(max(sent, default=at) - at)


def _count(calls: Any, workflow: str) -> int:
    return sum(c[0]["workflow"] == workflow for c in calls)


def _median_s(calls: list[list[Event]]) -> float:
    return float(statistics.median((c[-1]["ts"] - c[0]["ts"]) / 1000 for c in calls))


def _ends(call: list[Event]) -> str:
    return f"{call[-1]['data']['status']}/{call[-1]['data']['reason']}"


class _Run:
    """One case alone on a small day of seed 71 (a seed no split uses; calls only in the hours around
    the case), beside the same day without it."""

    def __init__(self, effect: Effect, onset: str, minutes: int, per_hour: int) -> None:
        kind = next(c.kind for c in splits.cases("test7") if type(c.effect) is type(effect))
        row = split_file.Row(onset, minutes, kind, effect)  # what a page must name is not judged here
        self.case = split_file.case_of("test7", "small", 71, row, split_file.load("test7").production)
        first, last = (self.case.onset_ms - DAY0) // HOUR - 1, (self.case.end_ms - DAY0) // HOUR + 1
        volume = tuple(per_hour if first <= h <= last else 0 for h in range(24))
        self.ledger = Ledger()
        self.calls = list(self.case.alone(self.ledger, volume))
        self.normal = {c[0]["call_sid"]: c for c in simulate_day(71, calls_per_hour=volume)}

    def affected(self) -> list[list[Event]]:
        return [c for c in self.calls if c[0]["call_sid"] in self.ledger.calls(self.case.name)]


def _small(effect: Effect, onset: str, minutes: int = 30, per_hour: int = 500) -> _Run:
    return _Run(effect, onset, minutes, per_hour)


def _rest_is_normal(run: Any) -> bool:
    marked = run.ledger.calls(run.case.name)
    return all(run.normal[c[0]["call_sid"]] == c for c in run.calls if c[0]["call_sid"] not in marked
               and c[0]["call_sid"] in run.normal)  # fmt: skip


def _window(case: Case, calls: Any, workflow: str | None = None) -> list[list[Event]]:
    return [c for c in calls if case.active(c[0]["ts"]) and workflow in (None, c[0]["workflow"])]


# ---- the split --------------------------------------------------------------------------------


def test_three_days_the_last_must_not_page() -> None:
    incidents = {(d.name, d.seed): sum(c.cause is not None for c in d.cases) for d in splits.days("test7")}
    assert incidents == {("test7-a", 9201): 4, ("test7-b", 9231): 3, ("test7-benign", 9261): 0}
    names = [c.name for c in splits.cases("test7")]
    assert len(names) == len(set(names)) == 9
    bad = [c.name for c in splits.cases("test7") if not (
        c.split == "test7" and c.real_world and c.benign is (c.cause is None)
        and DAY0 <= c.onset_ms < c.end_ms <= DAY0 + 24 * HOUR
        and (c.benign or (c.cause or "").split(":")[0] in VOCABULARY)
    )]  # fmt: skip
    assert bad == []


def _draws(split: str) -> set[int]:
    """The simulator seeds a split's days draw from: hour ``h`` of a day uses ``seed + h``, its
    last week ``seed + 1 + h``."""
    return {seed + h for seed in splits.seeds(split) for h in range(25)}


def test_no_seed_hour_shared_with_another_split() -> None:
    assert sorted(split_file.load("test7").seeds) == splits.seeds("test7")
    shared = {other: _draws("test7") & _draws(other) for other in OLDER}
    assert shared == {other: set() for other in OLDER}


def test_onsets_settings_tools_and_kinds_are_new() -> None:
    older = [c for split in OLDER for c in splits.cases(split)]
    new = splits.cases("test7")
    assert not {c.onset_ms for c in new if not c.benign} & {c.onset_ms for c in older if not c.benign}
    assert not {repr(c.effect) for c in new} & {repr(c.effect) for c in older}
    assert not {c.kind for c in new} & {c.kind for c in older}
    assert not {c.cause for c in new if c.cause and ":" in c.cause} & {c.cause for c in older}


# ---- each effect on a small day ---------------------------------------------------------------


def test_knowledge_outage_answers_only_the_one_intent(invalid: Any) -> None:
    run = _small(f7.KnowledgeOutage("refill", "refill_prescription"), "09:45")
    hit = run.affected()
    assert len(hit) >= 5
    for call in hit:
        assert call[0]["workflow"] == "refill" and _ends(call) == "ended/handoff"
        assert "refill_prescription" in _intents(call)
        assert any(f7.DONT_KNOW in e["data"]["text"] for e in _of(call, "agent.utterance"))
        told = next(e["ts"] for e in _of(call, "agent.utterance") if f7.DONT_KNOW in e["data"]["text"])
        assert not [e for e in _of(call, "tool.called") if e["ts"] > told]  # no lookup after "I don't know"
    others = [c for c in _window(run.case, run.calls, "refill") if "refill_prescription" not in _intents(c)]
    assert others and not set(c[0]["call_sid"] for c in others) & run.ledger.calls(run.case.name)
    assert invalid(hit) == [] and _rest_is_normal(run)


def test_version_slow_tool_slows_only_that_build(invalid: Any) -> None:
    run = _small(f7.VersionSlowTool("billing", "verify_identity", (3_500, 5_500)), "12:20", per_hour=900)
    hit = run.affected()
    assert len(hit) >= 5 and {c[0]["agent"]["version"] for c in hit} == {"1.4.0"}
    slow = [
        e["data"]["latency_ms"]
        for c in hit
        for e in _of(c, "tool.result")
        if e["data"]["tool"] == "verify_identity"
    ]
    assert min(slow) >= 3_500
    canary = [c for c in _window(run.case, run.calls, "billing") if c[0]["agent"]["version"] != "1.4.0"]
    assert canary and all(run.normal[c[0]["call_sid"]] == c for c in canary)
    assert invalid(hit) == [] and _rest_is_normal(run)


def test_reroute_stops_one_line_and_raises_another(invalid: Any) -> None:
    run = _small(f7.Rerouted("refill", "appointment", rate=0.6), "17:05", minutes=25)
    now = _window(run.case, run.calls)
    before = _window(run.case, run.normal.values())
    assert not [c for c in now if c[0]["workflow"] == "refill"]
    assert _count(now, "appointment") > 1.3 * _count(before, "appointment")
    added = [c for c in run.calls if c[0]["call_sid"] not in run.normal]
    assert added and {c[0]["workflow"] for c in added} == {"appointment"} and invalid(added) == []
    assert run.ledger.calls(run.case.name) == set() and run.ledger.first(run.case.name) is not None
    assert _rest_is_normal(run)


def test_handoff_dead_air_leaves_every_hand_off_in_silence(invalid: Any) -> None:
    run = _small(f7.HandoffDeadAir(), "19:40")
    hit = run.affected()
    asked = [
        c for c in run.normal.values() if any(run.case.active(e["ts"]) for e in _of(c, "handoff.requested"))
    ]
    assert len(hit) == len(asked) >= 5
    for call in hit:
        handed = _of(call, "handoff.requested")[0]["ts"]
        assert _ends(call) == "completed/hangup"
        assert not [e for e in _of(call, "agent.utterance") if e["ts"] > handed]
        assert _of(call, "caller.utterance")[-1]["data"]["text"].startswith("Hello?")
        audio = [e["ts"] for e in _of(call, "speaker") if e["data"]["who"] == "agent"]
        asks = [e["ts"] for e in _of(call, "speaker") if e["data"]["who"] == "client" and e["ts"] > handed]
        assert asks[0] - max(audio) >= 4_000  # 4-7 s of silence after the hand-off line
    assert invalid(hit) == [] and _rest_is_normal(run)


def test_carrier_asr_empties_only_that_carriers_callers(invalid: Any) -> None:
    run = _small(f7.CarrierAsr("empty", p=0.7, area_codes=("929", "646")), "08:35")
    hit = run.affected()
    assert len(hit) >= 5 and all(c[0]["data"]["caller"][2:5] in ("929", "646") for c in hit)
    assert all(any(e["data"]["text"] == "" for e in _of(c, "caller.utterance")) for c in hit)
    others = [c for c in _window(run.case, run.calls) if c[0]["data"]["caller"][2:5] not in ("929", "646")]
    assert others and all(run.normal[c[0]["call_sid"]] == c for c in others)
    assert invalid(hit) == [] and _rest_is_normal(run)


def test_barge_in_ignored_talks_over_then_hands_off(invalid: Any) -> None:
    run = _small(f7.BargeInIgnored(), "10:25")
    hit = run.affected()
    assert len(hit) >= 5
    for call in hit:
        interrupted = _of(call, "interrupt")[0]["ts"]
        assert (
            _ends(call) == "ended/handoff"
            and _of(call, "handoff.requested")[0]["data"]["trigger"] == "frustration"
        )
        assert interrupted < _of(call, "handoff.requested")[0]["ts"]
    # the agent kept sending after the caller spoke over it (a yielding agent stops within 250 ms; a
    # few profiles never yielded, so the normal day has some late sends too)
    late = [_sent_after_interrupt(c) for c in hit]
    usual = [_sent_after_interrupt(run.normal[c[0]["call_sid"]]) for c in hit]
    kept_on, as_usual = sum(ms > 300 for ms in late), sum(ms > 300 for ms in usual)
    assert kept_on >= len(hit) / 3 and kept_on >= 2 * as_usual, (late, usual)
    never = [c for c in _window(run.case, run.normal.values()) if not _of(c, "interrupt")]
    assert never and not {c[0]["call_sid"] for c in never} & run.ledger.calls(run.case.name)
    assert invalid(hit) == [] and _rest_is_normal(run)


def test_share_loop_loops_about_half_the_intents_calls(invalid: Any) -> None:
    effect = f7.ShareIntentLoop("appointment", intent="reschedule_appointment", share=0.5)
    run = _small(effect, "13:35", minutes=40, per_hour=900)
    hit = run.affected()
    asked = [
        c
        for c in _window(run.case, run.normal.values(), "appointment")
        if "reschedule_appointment" in _intents(c)
    ]
    assert 0.3 < len(hit) / len(asked) < 0.7
    assert all("reschedule_appointment" in _intents(run.normal[c[0]["call_sid"]]) for c in hit)
    assert all(_ends(c) == "ended/handoff" for c in hit)
    assert invalid(hit) == [] and _rest_is_normal(run)


def test_elderly_evening_slows_calls_and_keeps_them_healthy(invalid: Any) -> None:
    run = _small(f7.ElderlyEvening(share=0.4), "18:00", minutes=60)
    hit = run.affected()
    window = _window(run.case, run.normal.values())
    assert 0.25 < len(hit) / len(window) < 0.5 and len(run.calls) == len(run.normal)
    longer = [(c[-1]["ts"] - c[0]["ts"]) > (run.normal[c[0]["call_sid"]][-1]["ts"] - c[0]["ts"]) for c in hit]
    assert sum(longer) > 0.8 * len(hit)
    assert all(_ends(c) == _ends(run.normal[c[0]["call_sid"]]) for c in hit)
    assert invalid(hit) == [] and _rest_is_normal(run)


def test_reminder_callbacks_add_short_confirmations(invalid: Any) -> None:
    run = _small(f7.ReminderCallbacks(rate=4.0), "09:10")
    added = run.affected()
    base = sum(c[0]["workflow"] == "appointment" for c in _window(run.case, run.normal.values()))
    assert 0.2 * base < len(added) and {c[0]["workflow"] for c in added} == {"appointment"}
    assert all(c[0]["call_sid"] not in run.normal for c in added)
    assert all(run.case.active(c[0]["ts"]) for c in added) and invalid(added) == [] and _rest_is_normal(run)
    usual = [c for c in _window(run.case, run.normal.values(), "appointment")]
    assert _median_s(added) < 0.8 * _median_s(usual)  # confirmations and quick questions only
