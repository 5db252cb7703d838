"""The ``test12`` split: its shape, its separation from every earlier split, and each new effect of
``faults12.py`` doing what its docstring says on a small day (the split's own case, with calls only
in the hours it spans), the changed calls valid under the v1 contract and every other call the
normal day's."""

from __future__ import annotations

from typing import Any

from bench.alerts_cases import faults12 as f12
from bench.alerts_cases import splits
from bench.alerts_cases import test12 as split12
from bench.alerts_cases.case import Case, simulate_day
from bench.alerts_cases.day import DAY0, HOUR, Ledger

Event = dict[str, Any]
EARLIER = [s for s in splits.SPLITS if s != "test12"]
CAUSES = {"dead_air", "traffic_stopped", "agent_loop", "agent_failed", "ttfhw_drift", "containment_drop",
          "canary_regression", "asr_empty", "asr_garbled", "tool_latency", "tool_failure"}  # fmt: skip


def _small_day(kind: str, per_hour: int) -> tuple[Case, list[list[Event]], dict[str, list[Event]], Ledger]:
    """The split's ``kind`` case alone on its seed, ``per_hour`` calls in each hour it spans and
    none elsewhere; the same day without it, by call; the ledger."""
    (case,) = [c for c in splits.cases("test12") if c.kind == kind]
    first, last = (case.onset_ms - DAY0) // HOUR, (case.end_ms - 1 - DAY0) // HOUR
    volume = tuple(per_hour if first <= h <= last else 0 for h in range(24))
    ledger = Ledger()
    calls = list(case.alone(ledger, volume))
    normal = {c[0]["call_sid"]: c for c in simulate_day(case.seed, calls_per_hour=volume)}
    return case, calls, normal, ledger


def test_three_days_two_with_incidents_one_that_must_not_page() -> None:
    days = {d.name: (d.seed, [c.benign for c in d.cases]) for d in splits.days("test12")}
    assert days == {"test12-a": (3801, [False] * 3), "test12-b": (3831, [False] * 3),
                    "test12-benign": (3861, [True] * 3)}  # fmt: skip
    for case in splits.cases("test12"):
        assert case.real_world and DAY0 <= case.onset_ms < case.end_ms <= DAY0 + 24 * HOUR
        assert case.benign or (case.cause or "").split(":")[0] in CAUSES


def test_no_seed_hour_onset_kind_effect_or_tool_cause_of_an_earlier_split() -> None:
    """A day draws hour h from seed + h and its last week from seed + 1 + h: no draw is shared."""
    mine = splits.cases("test12")
    drawn = {s + h for s in split12.SEEDS for h in range(25)}
    assert splits.seeds("test12") == list(split12.SEEDS)
    for split in EARLIER:
        assert not drawn & {s + h for s in splits.seeds(split) for h in range(25)}, split
    before = [c for split in EARLIER for c in splits.cases(split)]
    for field in ("onset_ms", "kind", "effect"):
        assert not {repr(getattr(c, field)) for c in mine} & {repr(getattr(c, field)) for c in before}, field
    tools = {c.cause for c in mine if ":" in (c.cause or "")}
    assert tools == {"tool_latency:find_member", "tool_latency:verify_member"}
    assert not tools & {c.cause for c in before}


def test_the_endpointing_cut_hears_the_first_words_and_the_caller_says_it_again(invalid: Any) -> None:
    case, calls, normal, ledger = _small_day("endpoint_cut", 300)
    effect = case.effect
    assert isinstance(effect, f12.EndpointCut)
    hit = [c for c in calls if c[0]["call_sid"] in ledger.calls(case.name)]
    assert len(hit) > 20 and {c[0]["workflow"] for c in hit} == {"billing", "appointment", "refill"}
    for call in hit:
        texts = [(e["type"], e["data"]["text"]) for e in call if e["type"].endswith(".utterance")]
        asks = [
            k for k, (who, text) in enumerate(texts) if who == "agent.utterance" and text in f12.CUT_REPLIES
        ]
        assert asks
        for k in asks:
            heard = [t for who, t in texts[:k] if who == "caller.utterance"][-1]
            again = next(t for who, t in texts[k:] if who == "caller.utterance")
            assert 2 <= len(heard.split()) <= 4 and again.startswith(heard)
            assert len(again.split()) >= effect.min_words
    first = ledger.first(case.name)
    assert first is not None and case.active(first)
    rest = [c for c in calls if c[0]["call_sid"] not in ledger.calls(case.name)]
    assert invalid(hit) == [] and all(normal[c[0]["call_sid"]] == c for c in rest)


def test_the_canary_build_loops_only_on_its_one_intent(invalid: Any) -> None:
    case, calls, normal, ledger = _small_day("canary_intent_loop", 1500)
    effect = case.effect
    assert isinstance(effect, f12.CanaryIntentLoop)
    looped = [c for c in calls if c[0]["call_sid"] in ledger.calls(case.name)]
    assert len(looped) >= 5
    assert all(c[0]["flags"]["canary"] and c[0]["workflow"] == effect.workflow for c in looped)
    usual_intents = [{e["data"]["intent"] for e in normal[c[0]["call_sid"]] if e["type"] == "intent.recognized"} for c in looped]  # fmt: skip
    assert all(effect.intent in seen for seen in usual_intents)  # only the one intent's calls loop
    assert all(c[-1]["data"]["reason"] == "handoff" for c in looped) and invalid(looped) == []
    for call in (c for c in calls if c[0]["call_sid"] not in ledger.calls(case.name)):
        usual = normal[call[0]["call_sid"]]
        if call[0]["flags"]["canary"] and case.active(call[0]["ts"]):  # the new build, healthy
            assert {e["agent"]["version"] for e in call} == {effect.version}
            assert [e["data"] for e in call] == [e["data"] for e in usual]
        else:
            assert call == usual
