"""The ``test10`` split: its separation from every other split, and each new effect of
``faults10.py`` doing what its docstring says on a small day (calls only in the hours around the
case), with the changed calls valid under the v1 contract and every other call the normal day's."""

from __future__ import annotations

from typing import Any

from bench.alerts_cases import faults10 as f10
from bench.alerts_cases import split_file, splits
from bench.alerts_cases.case import Case, simulate_day
from bench.alerts_cases.day import DAY0, HOUR, MINUTE, Ledger
from bench.alerts_cases.effect import Effect

Event = dict[str, Any]
EARLIER = ("tune", "test", "test2", "test3", "test4", "test5", "test6", "test7", "test8", "test9")
CAUSES = {"dead_air", "traffic_stopped", "agent_loop", "agent_failed", "ttfhw_drift", "containment_drop",
          "canary_regression", "asr_empty", "asr_garbled", "tool_latency", "tool_failure"}  # fmt: skip


def _small_day(
    effect: Effect, at: str, per_hour: int = 600
) -> tuple[Case, list[list[Event]], dict[str, Any], Ledger]:
    """``effect`` for 30 minutes from ``at`` on seed 89 with calls only in the hours around it; the
    day with it, the same day without it (by call), and the ledger."""
    hh, mm = map(int, at.split(":"))
    case = Case("small/" + type(effect).__name__, "small", "x", {}, "small", "small", 89,
                DAY0 + hh * HOUR + mm * MINUTE, 30 * MINUTE, effect)  # fmt: skip
    volume = tuple(per_hour if hh - 1 <= h <= hh + 1 else 0 for h in range(24))
    ledger = Ledger()
    calls = list(simulate_day(89, (case,), calls_per_hour=volume, ledger=ledger))
    return case, calls, {c[0]["call_sid"]: c for c in simulate_day(89, calls_per_hour=volume)}, ledger


def _of(call: list[Event], type_: str) -> list[Event]:
    return [e for e in call if e["type"] == type_]


def _end(call: list[Event]) -> str:
    return f"{call[-1]['data']['status']}/{call[-1]['data']['reason']}"


def test_two_incident_days_and_one_that_must_not_page() -> None:
    shape = {d.name: (d.seed, sorted(c.benign for c in d.cases)) for d in splits.days("test10")}
    assert shape == {"test10-a": (3601, [False] * 3), "test10-b": (3631, [False] * 2),
                     "test10-benign": (3661, [True] * 2)}  # fmt: skip
    named = [(c.cause or "").split(":")[0] for c in splits.cases("test10") if not c.benign]
    assert set(named) <= CAUSES and all(c.real_world for c in splits.cases("test10"))
    assert all(DAY0 <= c.onset_ms < c.end_ms <= DAY0 + 24 * HOUR for c in splits.cases("test10"))


def test_separate_from_every_earlier_split() -> None:
    """No hour draw (seed + h, last week seed + 1 + h), onset, kind, effect or tool cause shared."""
    earlier = [c for split in EARLIER for c in splits.cases(split)]
    new = splits.cases("test10")
    draws = {s + h for s in split_file.load("test10").seeds for h in range(25)}
    assert splits.seeds("test10") == list(split_file.load("test10").seeds)
    assert not draws & {s + h for split in EARLIER for s in splits.seeds(split) for h in range(25)}
    for field in ("onset_ms", "kind", "cause", "effect"):
        mine = {repr(getattr(c, field)) for c in new if field != "cause" or ":" in (c.cause or "")}
        assert not mine & {repr(getattr(c, field)) for c in earlier}, field


def test_wrong_account_callers_object_after_the_balance_and_are_handed_off(invalid: Any) -> None:
    case, calls, normal, ledger = _small_day(f10.WrongAccount("billing", "get_balance"), "10:33")
    hit = [c for c in calls if c[0]["call_sid"] in ledger.calls(case.name)]
    billing = [c for c in normal.values() if case.active(c[0]["ts"]) and c[0]["workflow"] == "billing"]
    assert len(hit) >= 10 and len(hit) <= len(billing)
    for call in hit:
        objection = next(e for e in _of(call, "caller.utterance") if e["data"]["text"] == f10.NOT_MINE)
        balance = [e for e in _of(call, "tool.result") if e["data"]["tool"] == "get_balance"]
        assert balance and balance[0]["ts"] < objection["ts"] and _end(call) == "ended/handoff"
        assert ledger.first(case.name) is not None and call[0]["workflow"] == "billing"
    rest = [c for c in calls if c[0]["call_sid"] not in ledger.calls(case.name)]
    assert invalid(hit) == [] and all(normal[c[0]["call_sid"]] == c for c in rest)


def test_oom_restarts_fail_only_calls_in_progress_at_a_restart(invalid: Any) -> None:
    effect = f10.OomRestarts(every_min=6, share=0.5)
    case, calls, normal, ledger = _small_day(effect, "12:37")
    ticks = effect.restarts(case)
    assert len(ticks) == 5
    hit = [c for c in calls if c[0]["call_sid"] in ledger.calls(case.name)]
    spanning = [c for c in normal.values() if any(c[0]["ts"] < t < c[-1]["ts"] for t in ticks)]
    assert len(hit) >= 10 and 0.3 < len(hit) / len(spanning) < 0.7
    for call in hit:
        assert _of(call, "agent.error")[0]["ts"] in ticks and _end(call) == "failed/agent_error"
        assert call[-1]["ts"] - _of(call, "agent.error")[0]["ts"] <= 200
    rest = [c for c in calls if c[0]["call_sid"] not in ledger.calls(case.name)]
    assert invalid(hit) == [] and all(normal[c[0]["call_sid"]] == c for c in rest)
