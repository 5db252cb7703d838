"""The ``test12`` split: each new effect of ``faults12.py`` doing what its docstring says on a small day
(the split's own case, with calls only in the hours it spans), the changed calls valid under the v1
contract and every other call the normal day's. Its shape and separation are test_later_splits.py's."""

from __future__ import annotations

from typing import Any

from bench.alerts_cases import faults12 as f12
from tests.bench_alerts_cases.small_day import split_case_alone


def test_the_endpointing_cut_hears_the_first_words_and_the_caller_says_it_again(invalid: Any) -> None:
    case, calls, normal, ledger = split_case_alone("test12", "endpoint_cut", 300)
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
    case, calls, normal, ledger = split_case_alone("test12", "canary_intent_loop", 1500)
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
