"""The ``test6`` split: its separation from every other split, and each effect of ``faults6.py`` doing
what its docstring says on a small day (calls only in the hours around the case), with the changed
calls valid under the v1 contract and every other call the normal day's."""

from __future__ import annotations

from typing import Any

from bench.alerts_cases import faults6 as f6
from bench.alerts_cases import split_file, splits
from bench.alerts_cases.case import simulate_day
from bench.alerts_cases.check_test6 import elderly_starts
from bench.alerts_cases.day import DAY0, HOUR, Ledger
from bench.alerts_cases.effect import Effect

Event = dict[str, Any]
OLDER = ("tune", "test", "test2", "test3", "test4", "test5")
SEED = 53
TEST6 = split_file.load("test6")  # the split's data file


class Small:
    """``effect`` as the only case on a day whose calls are all in the hours around it."""

    def __init__(self, onset: str, minutes: int, kind: str, effect: Effect, per_hour: int = 400) -> None:
        row = split_file.Row(onset, minutes, kind, effect)  # what a page must name is not judged here
        self.case = split_file.case_of("test6", "small", SEED, row, TEST6.production)
        first, last = (self.case.onset_ms - DAY0) // HOUR - 1, (self.case.end_ms - DAY0) // HOUR + 1
        self.volume = tuple(per_hour if first <= h <= last else 0 for h in range(24))
        self.ledger = Ledger()
        self.calls = list(self.case.alone(self.ledger, self.volume))
        self.normal = {c[0]["call_sid"]: c for c in simulate_day(SEED, calls_per_hour=self.volume)}
        marked = self.ledger.calls(self.case.name)
        self.hit = [c for c in self.calls if c[0]["call_sid"] in marked]
        self.rest = [c for c in self.calls if c[0]["call_sid"] not in marked]

    def window(self, calls: Any, workflow: str | None = None) -> list[list[Event]]:
        return [c for c in calls if self.case.active(c[0]["ts"]) and workflow in (None, c[0]["workflow"])]

    def rest_is_normal(self) -> bool:
        return all(self.normal[c[0]["call_sid"]] == c for c in self.rest)


def _of(call: list[Event], type_: str) -> list[Event]:
    return [e for e in call if e["type"] == type_]


def _intents(call: list[Event]) -> set[str]:
    return {e["data"]["intent"] for e in _of(call, "intent.recognized")}


def _ends(call: list[Event]) -> str:
    return f"{call[-1]['data']['status']}/{call[-1]['data']['reason']}"


# ---- the split --------------------------------------------------------------------------------


def test_three_days_the_last_must_not_page() -> None:
    days = splits.days("test6")
    assert [(d.name, d.seed) for d in days] == [("test6-a", 9101), ("test6-b", 9131), ("test6-benign", 9161)]
    assert [sum(not c.benign for c in d.cases) for d in days] == [4, 4, 0]
    cases = splits.cases("test6")
    assert len({c.name for c in cases}) == len(cases) == 10
    for case in cases:
        assert case.split == "test6" and case.real_world and case.benign == (case.cause is None)
        assert DAY0 <= case.onset_ms < case.end_ms <= DAY0 + 24 * HOUR, case.name


def test_no_seed_hour_shared_with_another_split() -> None:
    def hours(split: str) -> set[int]:
        return {s + w + h for s in splits.seeds(split) for w in (0, 1) for h in range(24)}

    for other in OLDER:
        assert not hours("test6") & hours(other), other
    assert sorted(TEST6.seeds) == splits.seeds("test6")


def test_onsets_settings_and_kinds_are_new() -> None:
    older = [c for split in OLDER for c in splits.cases(split)]
    onsets = {c.onset_ms for c in older if not c.benign}
    settings = {repr(c.effect) for c in older}
    kinds = {c.kind for c in older}
    for case in splits.cases("test6"):
        assert case.benign or case.onset_ms not in onsets, case.name
        # a traffic stop has only its workflow and hour to vary
        assert case.kind == "traffic_stops" or repr(case.effect) not in settings, case.name
    assert {"verify_rejects", "transfer_fails"} <= {c.kind for c in splits.cases("test6")} - kinds
    assert {c.kind for c in splits.cases("test6") if c.benign}.isdisjoint(kinds)


def test_causes_are_in_the_vocabulary() -> None:
    vocabulary = {"dead_air", "traffic_stopped", "agent_loop", "agent_failed", "ttfhw_drift",
                  "containment_drop", "canary_regression", "asr_empty", "asr_garbled",
                  "tool_latency", "tool_failure"}  # fmt: skip
    for case in splits.cases("test6"):
        assert case.benign or (case.cause or "").split(":")[0] in vocabulary, case.name
        tool = getattr(case.effect, "tool", None)
        if tool and not case.benign:
            assert case.cause is not None and case.cause.endswith(f":{tool}")
            assert case.scope == {"workflow": getattr(case.effect, "workflow", "")}


# ---- each effect on a small day ---------------------------------------------------------------


def test_dead_air_after_tool_silences_the_agent_once_a_tool_answered(invalid: Any) -> None:
    run = Small("09:35", 30, "tool_dead_air", f6.DeadAirAfterTool("refill"))
    assert len(run.hit) >= 5
    for call in run.hit:
        answered = _of(call, "tool.result")[0]["ts"]
        assert call[0]["workflow"] == "refill" and _ends(call) == "completed/hangup"
        assert not [e for e in _of(call, "agent.utterance") if e["ts"] > answered]
        assert _of(call, "caller.utterance")[-1]["data"]["text"].startswith("Hello?")
    no_tool = [c for c in run.window(run.calls, "refill") if not _of(c, "tool.result")]
    assert all(c in run.rest for c in no_tool)
    assert invalid(run.hit) == [] and run.rest_is_normal()


def test_verify_rejects_refuses_twice_and_hands_off(invalid: Any) -> None:
    run = Small("11:40", 30, "verify_rejects", f6.VerifyRejects("appointment", "verify_patient", 0.6))
    verifying = [c for c in run.window(run.normal.values(), "appointment")
                 if any(e["data"]["tool"] == "verify_patient" for e in _of(c, "tool.called"))]  # fmt: skip
    assert 0.4 < len(run.hit) / len(verifying) < 0.8
    for call in run.hit:
        refused = [e for e in _of(call, "tool.result") if e["data"]["tool"] == "verify_patient"]
        assert [(e["data"]["ok"], e["data"]["error_code"]) for e in refused] == [
            (False, "verification_failed")
        ] * 2
        assert not _of(call, "identity.verified") and _ends(call) == "ended/handoff"
        assert _of(call, "handoff.requested")[0]["data"]["trigger"] == "policy"
    assert invalid(run.hit) == [] and run.rest_is_normal()


def test_transfer_fails_ends_every_hand_off_as_a_failure(invalid: Any) -> None:
    run = Small("16:55", 30, "transfer_fails", f6.TransferFails())
    asked = [
        c for c in run.normal.values() if any(run.case.active(e["ts"]) for e in _of(c, "handoff.requested"))
    ]
    assert len(run.hit) == len(asked) >= 5
    assert {_ends(c) for c in run.hit} == {"failed/error", "failed/timeout"}
    for call in run.hit:
        asked_at = _of(call, "handoff.requested")[0]["ts"]
        assert call[-1]["ts"] - asked_at >= 2_000 and call[-2]["ts"] <= asked_at + 30_000
    assert invalid(run.hit) == [] and run.rest_is_normal()


def test_intent_loop_loops_only_the_one_intent(invalid: Any) -> None:
    run = Small("10:50", 35, "intent_loop", f6.IntentLoop("billing", intent="check_balance"), per_hour=700)
    assert len(run.hit) >= 3
    for call in run.hit:  # the intent as planned: a loop may ask its question before the intent shows
        assert "check_balance" in _intents(run.normal[call[0]["call_sid"]])
        assert _ends(call) == "ended/handoff"
    other = [c for c in run.window(run.calls, "billing")
             if "check_balance" not in _intents(run.normal[c[0]["call_sid"]])]  # fmt: skip
    assert other and all(c in run.rest for c in other)
    assert invalid(run.hit) == [] and run.rest_is_normal()


def test_asr_slow_speakers_empties_only_elderly_callers(invalid: Any) -> None:
    run = Small("13:50", 30, "asr_slow_speakers", f6.AsrSlowSpeakers("empty", p=0.8))
    elderly = elderly_starts(SEED, run.volume)
    assert len(run.hit) >= 3 and all(c[0]["ts"] in elderly for c in run.hit)
    assert all(any(e["data"]["text"] == "" for e in _of(c, "caller.utterance")) for c in run.hit)
    others = [c for c in run.window(run.calls) if c[0]["ts"] not in elderly]
    assert others and all(c in run.rest for c in others)
    assert invalid(run.hit) == [] and run.rest_is_normal()


def test_lunch_lull_keeps_fewer_calls_and_fewer_short_ones() -> None:
    run = Small("12:00", 90, "lunch_lull", f6.LunchLull(away=0.35, short_away=0.85), per_hour=600)
    now, before = run.window(run.calls), run.window(run.normal.values())
    assert 0.5 < len(now) / len(before) < 0.75
    assert run.ledger.calls(run.case.name) == set() and run.rest_is_normal()  # the rest come as ever


def test_slower_tool_version_stays_within_the_usual_range(invalid: Any) -> None:
    run = Small(
        "14:30", 120, "slower_tool_version", f6.SlowerToolVersion("lookup_prescription", (900, 1_500))
    )
    new = [e["data"]["latency_ms"] for c in run.hit for e in _of(c, "tool.result")
           if e["data"]["tool"] == "lookup_prescription"]  # fmt: skip
    assert len(run.hit) >= 5 and all(900 <= ms <= 1_500 for ms in new)
    assert all(
        e["data"]["ok"] for c in run.hit for e in _of(c, "tool.result") if e["data"]["latency_ms"] >= 900
    )
    assert invalid(run.hit) == [] and run.rest_is_normal()
