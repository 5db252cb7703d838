"""The ``test8`` split: its separation from every other split, and each effect of ``faults8.py`` (and
the expired key, a ``ToolErrors`` setting) doing what its docstring says on a small day (calls only
in the hours around the case), with the changed calls valid under the v1 contract and every other
call the normal day's."""

from __future__ import annotations

from collections import Counter
from typing import Any

from bench.alerts_cases import faults8 as f8
from bench.alerts_cases import split_file, splits
from bench.alerts_cases.case import simulate_day
from bench.alerts_cases.day import DAY0, HOUR, Ledger
from bench.alerts_cases.effect import Effect
from bench.alerts_cases.faults import ToolErrors
from bench.alerts_cases.shifts import Surge

Event = dict[str, Any]
EARLIER = ("tune", "test", "test2", "test3", "test4", "test5", "test6", "test7")
CAUSES = {"dead_air", "traffic_stopped", "agent_loop", "agent_failed", "ttfhw_drift", "containment_drop",
          "canary_regression", "asr_empty", "asr_garbled", "tool_latency", "tool_failure"}  # fmt: skip
TEST8 = split_file.load("test8")  # the split's data file
(REGION,) = {c.effect.area_codes for c in splits.cases("test8") if isinstance(c.effect, f8.OneWayAudio)}


def _typed(call: list[Event], type_: str) -> list[Event]:
    return [e for e in call if e["type"] == type_]


def _end(call: list[Event]) -> str:
    return "{status}/{reason}".format(**call[-1]["data"])


def _tool_ms(call: list[Event], tool: str) -> list[int]:
    return [e["data"]["latency_ms"] for e in _typed(call, "tool.result") if e["data"]["tool"] == tool]


class Small:
    """One ``test8`` row's effect alone on a small day of seed 83 (no split uses it; calls only in
    the hours around the case) beside the same day without it."""

    def __init__(self, effect: Effect, onset: str, minutes: int = 30, per_hour: int = 500) -> None:
        mine = next(c for c in splits.cases("test8") if type(c.effect) is type(effect))
        row = split_file.Row(onset, minutes, mine.kind, effect, mine.cause)
        self.case = split_file.case_of("test8", "small", 83, row, TEST8.production)
        hours = range((self.case.onset_ms - DAY0) // HOUR - 1, (self.case.end_ms - DAY0) // HOUR + 2)
        volume = tuple(per_hour * (h in hours) for h in range(24))
        self.ledger = Ledger()
        self.calls = list(self.case.alone(self.ledger, volume))
        self.normal = {c[0]["call_sid"]: c for c in simulate_day(83, calls_per_hour=volume)}
        self.hit = [c for c in self.calls if c[0]["call_sid"] in self.ledger.calls(self.case.name)]

    def window(self, calls: Any, workflow: str | None = None) -> list[list[Event]]:
        return [c for c in calls if self.case.active(c[0]["ts"]) and workflow in (None, c[0]["workflow"])]

    def others_normal(self) -> bool:
        hit = {c[0]["call_sid"] for c in self.hit}
        return all(self.normal[c[0]["call_sid"]] == c for c in self.calls
                   if c[0]["call_sid"] not in hit and c[0]["call_sid"] in self.normal)  # fmt: skip


# ---- the split --------------------------------------------------------------------------------


def test_three_days_two_with_incidents_one_that_must_not_page() -> None:
    per_day = {(d.name, d.seed): Counter(c.benign for c in d.cases) for d in splits.days("test8")}
    assert per_day == {("test8-a", 3301): Counter({False: 4}), ("test8-b", 3331): Counter({False: 3}),
                       ("test8-benign", 3361): Counter({True: 2})}  # fmt: skip
    for case in splits.cases("test8"):
        assert (
            case.split == "test8"
            and case.real_world
            and DAY0 <= case.onset_ms < case.end_ms <= DAY0 + 24 * HOUR
        )
        assert case.benign or (case.cause or "").split(":")[0] in CAUSES


def test_seeds_share_no_hour_with_any_split() -> None:
    def draws(split: str) -> set[int]:  # hour h of a day draws seed + h, its last week seed + 1 + h
        return {seed + h for seed in splits.seeds(split) for h in range(25)}

    assert splits.seeds("test8") == sorted(TEST8.seeds)
    assert {s: draws("test8") & draws(s) for s in EARLIER} == {s: set() for s in EARLIER}


def test_onsets_settings_kinds_and_tool_causes_are_new() -> None:
    earlier = [c for split in EARLIER for c in splits.cases(split)]
    new = splits.cases("test8")
    incidents = [c for c in new if not c.benign]
    assert not {c.onset_ms for c in incidents} & {c.onset_ms for c in earlier if not c.benign}
    assert not {c.kind for c in new} & {c.kind for c in earlier}
    assert not {c.cause for c in incidents if ":" in (c.cause or "")} & {c.cause for c in earlier}
    # every setting is new except the traffic stop (TrafficStop has only its workflow to vary: its
    # variant is the hour, across the morning ramp)
    reused = {repr(c.effect) for c in new} & {repr(c.effect) for c in earlier}
    assert reused == {"TrafficStop(workflow='billing')"}
    assert [c.kind for c in new if repr(c.effect) in reused] == ["ramp_stop"]


# ---- each effect on a small day ---------------------------------------------------------------


def test_one_way_audio_loses_only_the_regions_callers(invalid: Any) -> None:
    run = Small(f8.OneWayAudio(REGION), "08:52")
    assert len(run.hit) >= 5
    for call in run.hit:
        assert call[0]["data"]["caller"][2:5] in REGION
        assert not _typed(call, "caller.utterance")
        assert not [e for e in _typed(call, "speaker") if e["data"]["who"] == "client"]
        assert any(t in e["data"]["text"] for e in _typed(call, "agent.utterance") for t in f8.CANT_HEAR)
        assert _end(call) in ("completed/hangup", "ended/timeout")
    assert {_end(c) for c in run.hit} == {"completed/hangup", "ended/timeout"}
    outside = [c for c in run.window(run.calls) if c[0]["data"]["caller"][2:5] not in REGION]
    assert outside and all(run.normal[c[0]["call_sid"]] == c for c in outside)
    assert invalid(run.hit) == [] and run.others_normal()


def test_model_dead_air_silences_only_that_model(invalid: Any) -> None:
    run = Small(f8.ModelDeadAir(None, 2, model="claude-3-5-haiku"), "11:13", per_hour=900)
    assert len(run.hit) >= 5 and all(c[0]["agent"]["model"].startswith("claude-3-5-haiku") for c in run.hit)
    for call in run.hit:
        second = _typed(call, "caller.utterance")[1]["ts"]
        assert (
            not [e for e in _typed(call, "agent.utterance") if e["ts"] > second]
            and _end(call) == "completed/hangup"
        )
    gpt = [c for c in run.window(run.calls) if not c[0]["agent"]["model"].startswith("claude")]
    assert gpt and all(run.normal[c[0]["call_sid"]] == c for c in gpt)
    assert invalid(run.hit) == [] and run.others_normal()


def test_replica_slow_tool_slows_about_a_quarter(invalid: Any) -> None:
    effect = f8.ReplicaSlowTool("appointment", "verify_patient", (5_000, 8_000), share=0.25)
    run = Small(effect, "13:47", minutes=35, per_hour=900)
    used = [c for c in run.window(run.normal.values(), "appointment") if _tool_ms(c, "verify_patient")]
    assert 0.12 < len(run.hit) / len(used) < 0.4
    assert min(ms for c in run.hit for ms in _tool_ms(c, "verify_patient")) >= 5_000
    fast = [
        c for c in run.window(run.calls, "appointment") if c not in run.hit and _tool_ms(c, "verify_patient")
    ]
    assert fast and max(ms for c in fast for ms in _tool_ms(c, "verify_patient")) < 5_000
    assert invalid(run.hit) == [] and run.others_normal()


def test_double_verify_asks_for_the_date_of_birth_twice(invalid: Any) -> None:
    run = Small(f8.DoubleVerify("billing", give_up=0.35), "16:38", minutes=35)
    assert len(run.hit) >= 10 and {c[0]["workflow"] for c in run.hit} == {"billing"}
    gave_up = [
        c
        for c in run.hit
        if _end(c) == "ended/handoff" and _typed(c, "caller.utterance")[-1]["data"]["text"] == f8.GIVE_UP
    ]
    went_on = [c for c in run.hit if c not in gave_up]
    assert 0.15 < len(gave_up) / len(run.hit) < 0.55
    for call in went_on:  # the same answer said twice, the identity checked twice
        said = [e["data"]["text"] for e in _typed(call, "caller.utterance")]
        assert max(Counter(said).values()) >= 2 and len(_tool_ms(call, "verify_identity")) == 2
    assert invalid(run.hit) == [] and run.others_normal()


def test_expired_key_refuses_every_booking(invalid: Any) -> None:
    run = Small(ToolErrors("appointment", "book_appointment", 1.0, "auth_expired_401"), "10:17", per_hour=900)
    booking = [c for c in run.window(run.normal.values(), "appointment") if _tool_ms(c, "book_appointment")]
    assert len(run.hit) >= 0.8 * len(booking) >= 5
    for call in run.hit:
        results = [e["data"] for e in _typed(call, "tool.result") if e["data"]["tool"] == "book_appointment"]
        assert results and all(not r["ok"] and r["error_code"] == "auth_expired_401" for r in results)
        assert _end(call) == "ended/handoff"
    assert invalid(run.hit) == [] and run.others_normal()


def test_late_asr_empties_only_after_the_third_utterance(invalid: Any) -> None:
    run = Small(f8.LateAsr("empty", p=0.8, after=3), "14:22")
    assert len(run.hit) >= 10
    for call in run.hit:
        said = [e["data"]["text"] for e in _typed(call, "caller.utterance")]
        assert "" not in said[:3] and "" in said[3:]
    short = [c for c in run.window(run.normal.values()) if len(_typed(c, "caller.utterance")) <= 3]
    assert short and not {c[0]["call_sid"] for c in short} & run.ledger.calls(run.case.name)
    assert invalid(run.hit) == [] and run.others_normal()


def test_scam_check_calls_add_short_contained_billing_calls(invalid: Any) -> None:
    run = Small(f8.ScamCheckCalls("billing", rate=2.0), "10:40", minutes=60)
    added = run.hit
    assert added and all(c[0]["call_sid"] not in run.normal and c[0]["workflow"] == "billing" for c in added)
    assert all(run.case.active(c[0]["ts"]) for c in added)
    assert not [c for c in added if _typed(c, "handoff.requested") or c[-1]["data"]["status"] == "failed"]
    lengths = sorted(c[-1]["ts"] - c[0]["ts"] for c in added)
    assert lengths[len(lengths) // 2] < 60_000  # short: "is this e-mail real?", answered
    assert invalid(added) == [] and run.others_normal()


def test_evening_ad_doubles_appointment(invalid: Any) -> None:
    run = Small(Surge(1.0, "appointment"), "19:35", minutes=60)
    before = len(run.window(run.normal.values(), "appointment"))
    assert 1.6 * before < len(run.window(run.calls, "appointment")) < 2.4 * before
    assert invalid(run.hit) == [] and run.others_normal()
