"""The ``test11`` split: its shape, its separation from every earlier split, and each new effect of
``faults11.py`` doing what its docstring says on a small day (the split's own case, with calls only
in the hours around it), the changed calls valid under the v1 contract and every other call the
normal day's."""

from __future__ import annotations

from collections import Counter
from typing import Any

from bench.alerts_cases import faults11 as f11
from bench.alerts_cases import split_file, splits
from bench.alerts_cases.case import Case, simulate_day
from bench.alerts_cases.day import DAY0, HOUR, Ledger

Event = dict[str, Any]
BEFORE = [s for s in splits.SPLITS if s != "test11"]
VOCABULARY = ("dead_air", "traffic_stopped", "agent_loop", "agent_failed", "ttfhw_drift", "containment_drop",
              "canary_regression", "asr_empty", "asr_garbled", "tool_latency", "tool_failure")  # fmt: skip


def _case(kind: str) -> Case:
    (case,) = [c for c in splits.cases("test11") if c.kind == kind]
    return case


def _around(case: Case) -> tuple[list[list[Event]], dict[str, list[Event]], Ledger]:
    """The split's case on its seed with 500 calls an hour in the hours it spans (and one either
    side), none elsewhere: the day with it, the same day without it (by call), and the ledger."""
    hours = range((case.onset_ms - DAY0) // HOUR - 1, (case.end_ms - DAY0) // HOUR + 2)
    volume, ledger = tuple(500 * (h in hours) for h in range(24)), Ledger()
    without = simulate_day(case.seed, calls_per_hour=volume)
    return (
        list(simulate_day(case.seed, (case,), calls_per_hour=volume, ledger=ledger)),
        {c[0]["call_sid"]: c for c in without},
        ledger,
    )


def test_three_days_two_with_incidents_one_that_must_not_page() -> None:
    shape = {d.name: (d.seed, [c.benign for c in d.cases]) for d in splits.days("test11")}
    assert shape == {"test11-a": (3701, [False] * 3), "test11-b": (3731, [False] * 3),
                     "test11-benign": (3761, [True] * 2)}  # fmt: skip
    for case in splits.cases("test11"):
        assert case.benign or (case.cause or "").split(":")[0] in VOCABULARY
        assert case.real_world and DAY0 <= case.onset_ms < case.end_ms <= DAY0 + 24 * HOUR


def test_nothing_shared_with_an_earlier_split() -> None:
    """Hour draws (a day's seed + h, its last week's seed + 1 + h), onsets, kinds, effect settings
    and tool causes are all new."""

    def draws(split: str) -> set[int]:
        return {seed + h for seed in splits.seeds(split) for h in range(25)}

    assert splits.seeds("test11") == list(split_file.load("test11").seeds)
    assert all(not draws("test11") & draws(split) for split in BEFORE)
    earlier = [c for split in BEFORE for c in splits.cases(split)]
    for attribute in ("onset_ms", "kind", "effect"):
        assert not {repr(getattr(c, attribute)) for c in splits.cases("test11")} & {
            repr(getattr(c, attribute)) for c in earlier
        }, attribute
    tool_causes = {c.cause for c in splits.cases("test11") if ":" in (c.cause or "")}
    assert tool_causes and not tool_causes & {c.cause for c in earlier}


def test_the_reroute_stops_both_lines_and_leaves_the_third() -> None:
    case = _case("two_line_reroute")
    calls, normal, ledger = _around(case)
    came = Counter(c[0]["workflow"] for c in calls if case.active(c[0]["ts"]))
    usual = Counter(c[0]["workflow"] for c in normal.values() if case.active(c[0]["ts"]))
    assert came == {"refill": usual["refill"]} and usual["billing"] > 50 and usual["appointment"] > 40
    missing = [sid for _, sid in ledger.marks[case.name]]
    assert missing == [None] * (usual["billing"] + usual["appointment"])
    assert (
        ledger.first(case.name) is not None
        and case.onset_ms <= ledger.first(case.name) < case.onset_ms + 60_000
    )
    assert all(normal[c[0]["call_sid"]] == c for c in calls)  # every call that came is the normal one


def test_the_content_filter_refuses_once_the_medication_is_named(invalid: Any) -> None:
    case = _case("content_filter")
    effect = case.effect
    assert isinstance(effect, f11.ContentFilter)
    calls, normal, ledger = _around(case)
    hit = [c for c in calls if c[0]["call_sid"] in ledger.calls(case.name)]
    refill = [c for c in normal.values() if case.active(c[0]["ts"]) and c[0]["workflow"] == "refill"]
    assert 10 <= len(hit) < len(refill)
    for call in hit:
        refusal = next(e for e in call if e["type"] == "agent.utterance" and f11.REFUSAL in e["data"]["text"])
        named = [e for e in call if e["type"] == "caller.utterance" and e["ts"] < refusal["ts"]][-1]
        assert call[0]["workflow"] == "refill" and named["data"]["text"] in str(normal[call[0]["call_sid"]])
        assert effect.tool not in {e["data"].get("tool") for e in call}
        assert [e["data"]["trigger"] for e in call if e["type"] == "handoff.requested"] == ["policy"]
        assert (call[-1]["data"]["status"], call[-1]["data"]["reason"]) == ("ended", "handoff")
    rest = [c for c in calls if c[0]["call_sid"] not in ledger.calls(case.name)]
    assert invalid(hit) == [] and all(normal[c[0]["call_sid"]] == c for c in rest)
