"""The ``test9`` split: its separation from every other split, and each effect of ``faults9.py`` doing
what its docstring says on a small day (calls only in the hours around the case), with the changed
and added calls valid under the v1 contract and every other call the normal day's."""

from __future__ import annotations

from collections import Counter
from typing import Any

from bench.alerts_cases import faults9 as f9
from bench.alerts_cases import split_file, splits
from bench.alerts_cases.case import simulate_day
from bench.alerts_cases.day import DAY0, HOUR, Ledger
from bench.alerts_cases.degradations import SlowRise
from bench.alerts_cases.effect import Effect

Event = dict[str, Any]
EARLIER = ("tune", "test", "test2", "test3", "test4", "test5", "test6", "test7", "test8")
VOCABULARY = {"dead_air", "traffic_stopped", "agent_loop", "agent_failed", "ttfhw_drift", "containment_drop",
              "canary_regression", "asr_empty", "asr_garbled", "tool_latency", "tool_failure"}  # fmt: skip
SEED = 97  # no split's day, last week or hour draws use it
TEST9 = split_file.load("test9")  # the split's data file


def _kind(call: list[Event], type_: str) -> list[Event]:
    return [e for e in call if e["type"] == type_]


def _ended(call: list[Event]) -> str:
    data = call[-1]["data"]
    return f"{data['status']}/{data['reason']}"


class Tiny:
    """A ``test9`` effect alone on a small day of seed ``SEED`` (``per_hour`` calls in each hour
    around the case, none elsewhere) beside the same day without it."""

    def __init__(self, kind: str, effect: Effect, at: str, minutes: int = 30, per_hour: int = 600) -> None:
        row = split_file.Row(at, minutes, kind, effect)  # what a page must name is not judged here
        self.case = split_file.case_of("test9", "tiny", SEED, row, TEST9.production)
        first, last = (self.case.onset_ms - DAY0) // HOUR - 1, (self.case.end_ms - DAY0) // HOUR + 1
        volume = tuple(per_hour if first <= h <= last else 0 for h in range(24))
        self.ledger = Ledger()
        self.calls = list(self.case.alone(self.ledger, volume))
        self.normal = {c[0]["call_sid"]: c for c in simulate_day(SEED, calls_per_hour=volume)}
        sids = self.ledger.calls(self.case.name)
        self.hit = [c for c in self.calls if c[0]["call_sid"] in sids]
        self.rest = [c for c in self.calls if c[0]["call_sid"] not in sids]

    def during(self, calls: Any) -> list[list[Event]]:
        return [c for c in calls if self.case.active(c[0]["ts"])]

    def rest_unchanged(self) -> bool:
        return all(self.normal.get(c[0]["call_sid"]) == c for c in self.rest)


# ---- the split --------------------------------------------------------------------------------


def test_three_days_two_with_incidents_one_that_must_not_page() -> None:
    per_day = {(d.name, d.seed): Counter(c.benign for c in d.cases) for d in splits.days("test9")}
    assert per_day == {("test9-a", 3501): Counter({False: 3}), ("test9-b", 3531): Counter({False: 3}),
                       ("test9-benign", 3561): Counter({True: 2})}  # fmt: skip
    for case in splits.cases("test9"):
        assert case.split == "test9" and case.real_world
        assert DAY0 <= case.onset_ms < case.end_ms <= DAY0 + 24 * HOUR
        assert case.benign or (case.cause or "").split(":")[0] in VOCABULARY


def test_seeds_share_no_hour_with_any_split() -> None:
    def hours(split: str) -> set[int]:  # hour h draws seed + h; the last week seed + 1 + h
        return {seed + h for seed in splits.seeds(split) for h in range(25)}

    assert splits.seeds("test9") == list(TEST9.seeds)
    assert {s for s in EARLIER if hours("test9") & hours(s)} == set()


def test_onsets_kinds_settings_and_tool_causes_are_new() -> None:
    earlier = [c for split in EARLIER for c in splits.cases(split)]
    new = splits.cases("test9")
    assert not {c.onset_ms for c in new if not c.benign} & {c.onset_ms for c in earlier if not c.benign}
    assert not {c.kind for c in new} & {c.kind for c in earlier}
    assert not {c.cause for c in new if ":" in (c.cause or "")} & {c.cause for c in earlier}
    reused = {repr(c.effect) for c in new} & {repr(c.effect) for c in earlier}
    # TrafficStop has only its workflow to vary; its variant here is the night hour
    assert reused == {"TrafficStop(workflow='appointment')"}
    assert [c.kind for c in new if repr(c.effect) in reused] == ["night_stop"]
    assert sum(c.duration_ms for c in new if c.kind == "night_stop") == 55 * 60_000


# ---- each effect on a small day ---------------------------------------------------------------


def test_barge_in_dead_air_silences_only_calls_that_barged_in(invalid: Any) -> None:
    run = Tiny("barge_in_dead_air", f9.BargeInDeadAir(), "10:47")
    assert len(run.hit) >= 5
    for call in run.hit:
        barged = _kind(call, "interrupt")[0]["ts"]
        answered = next(e["ts"] for e in _kind(call, "caller.utterance") if e["ts"] > barged)
        assert not [e for e in _kind(call, "agent.utterance") if e["ts"] > answered]
        assert _ended(call) == "completed/hangup"
    unbarged = [c for c in run.during(run.rest) if not _kind(c, "interrupt")]
    assert unbarged and invalid(run.hit) == [] and run.rest_unchanged()


def test_early_goodbye_ends_calls_and_brings_call_backs(invalid: Any) -> None:
    run = Tiny("early_goodbye", f9.EarlyGoodbye("appointment", "appointment-v9", callback=0.6), "13:26", 35)
    cut = [c for c in run.hit if c[0]["call_sid"] in run.normal]
    back = [c for c in run.hit if c[0]["call_sid"] not in run.normal]
    assert len(cut) >= 10 and 0.35 < len(back) / len(cut) < 0.85
    for call in cut:
        assert f9.signed_off(_kind(call, "agent.utterance")[-1]["data"]["text"])
        assert _ended(call) == "ended/agent_end" and not _kind(call, "tool.called")
        assert len(_kind(call, "caller.utterance")) < len(
            _kind(run.normal[call[0]["call_sid"]], "caller.utterance")
        )
    callers = {c[0]["data"]["caller"] for c in cut}
    for call in back:
        assert call[0]["data"]["caller"] in callers and _ended(call) == "ended/handoff"
        assert _kind(call, "caller.utterance")[0]["data"]["text"] == f9.CUT_OFF
    assert {c[0]["agent"]["prompt_version"] for c in run.hit} == {"appointment-v9"}
    assert {c[0]["workflow"] for c in run.hit} == {"appointment"}
    assert invalid(run.hit) == [] and run.rest_unchanged()


def test_creeping_tool_slows_gradually() -> None:
    run = Tiny("creeping_tool", SlowRise("get_refill_status", 3_500, 150 * 60_000), "15:40", 180, 400)

    def slowest(calls: list[list[Event]], lo: int, hi: int) -> float:
        ms = [e["data"]["latency_ms"] for c in calls if lo <= (c[0]["ts"] - run.case.onset_ms) // 60_000 < hi
              for e in _kind(c, "tool.result") if e["data"]["tool"] == "get_refill_status"]  # fmt: skip
        return float(max(ms))

    early, late = slowest(run.calls, 0, 30), slowest(run.calls, 120, 180)
    assert early < slowest(list(run.normal.values()), 0, 30) + 1_000 < late - 1_500
    first = run.ledger.first(run.case.name)
    assert first is not None and first >= run.case.evidence_ms


def test_canary_asr_garbles_only_the_canary_build(invalid: Any) -> None:
    run = Tiny("canary_asr_garbled", f9.BuildAsr("garbled", p=0.55, version="1.10.0-rc2"), "09:18", 35, 800)
    assert len(run.hit) >= 5 and {c[0]["agent"]["version"] for c in run.hit} == {"1.10.0-rc2"}
    assert all(c[0]["flags"]["canary"] for c in run.hit)
    stable = [c for c in run.during(run.rest) if not c[0]["flags"]["canary"]]
    assert stable and all(run.normal[c[0]["call_sid"]] == c for c in stable)
    assert invalid(run.hit) == []


def test_context_overflow_fails_llm_calls_at_their_fifth_utterance(invalid: Any) -> None:
    run = Tiny("context_overflow", f9.ContextOverflow(nth=5), "12:52", 30, 300)
    assert len(run.hit) >= 5
    for call in run.hit:
        assert not call[0]["agent"]["model"].startswith("rules")
        assert len(_kind(call, "caller.utterance")) == 5 and _ended(call) == "failed/agent_error"
        assert _kind(call, "agent.error")[0]["data"]["code"] == f9.OVERFLOW[0]
    short = [c for c in run.during(run.normal.values()) if len(_kind(c, "caller.utterance")) < 5]
    assert short and not {c[0]["call_sid"] for c in short} & run.ledger.calls(run.case.name)
    assert invalid(run.hit) == [] and run.rest_unchanged()


def test_snow_morning_moves_calls_later_and_keeps_the_total(invalid: Any) -> None:
    run = Tiny("snow_morning", f9.SnowMorning(late=0.3, delay_min=(30, 75)), "07:00", 120, 200)
    assert len(run.calls) == len(run.normal)
    assert 0.2 < len(run.hit) / len(run.during(run.normal.values())) < 0.4
    for call in run.hit:
        was = run.normal[call[0]["call_sid"]]
        assert 30 * 60_000 <= call[0]["ts"] - was[0]["ts"] <= 75 * 60_000
        assert [e["type"] for e in call] == [e["type"] for e in was]
    starts = [c[0]["ts"] for c in run.calls]
    assert starts == sorted(starts) and invalid(run.hit) == [] and run.rest_unchanged()


def test_model_swap_relabels_half_the_gpt_calls(invalid: Any) -> None:
    run = Tiny("model_swap", f9.ModelSwap(share=0.5, slower=1.1), "11:10", 60, 250)
    gpt = [c for c in run.during(run.normal.values()) if c[0]["agent"]["model"].startswith("gpt-4o-mini")]
    assert 0.35 < len(run.hit) / len(gpt) < 0.65
    assert {c[0]["agent"]["model"] for c in run.hit} == {"gpt-4.1-mini-2025-04-14"}
    assert all(_ended(c) == _ended(run.normal[c[0]["call_sid"]]) for c in run.hit)
    assert invalid(run.hit) == [] and run.rest_unchanged()
