"""The scenario library: enough distinct templates, varied wording with spoken PII, and an outcome
mix that exercises every metric and alert (barge-ins, each handoff trigger, tool failures,
abandonment, short calls, all workflows)."""

from __future__ import annotations

import random
import re
from collections import Counter
from statistics import mean
from typing import Any

import pytest
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from agent.simulator.library import plan_calls
from agent.simulator.model import Outcome, Persona, Workflow
from agent.simulator.scenarios import TEMPLATES, build_scenario

Call = list[dict[str, Any]]
T0 = 1_764_000_000_000


def test_library_has_many_templates_across_the_three_workflows() -> None:
    assert len(TEMPLATES) >= 12
    assert {t.workflow for t in TEMPLATES} == set(Workflow)
    assert {t.outcome for t in TEMPLATES} == set(Outcome)
    assert len({t.name for t in TEMPLATES}) == len(TEMPLATES)


@pytest.mark.parametrize("template", TEMPLATES, ids=lambda t: t.name)
def test_every_template_builds_varied_scenarios(template: Any) -> None:
    built = [build_scenario(template, random.Random(seed)) for seed in range(12)]
    for scenario in built:
        assert scenario.workflow is template.workflow and scenario.outcome is template.outcome
        assert scenario.turns or scenario.hangup_during_greeting
    texts = {(s.company, s.caller, " | ".join(t.say for t in s.turns)) for s in built}
    assert len(texts) >= 10


def test_mix_covers_every_behaviour(calls: list[Call]) -> None:
    types = Counter(e["type"] for call in calls for e in call)
    triggers = Counter(
        e["data"]["trigger"] for call in calls for e in call if e["type"] == "handoff.requested"
    )
    assert {c[0]["workflow"] for c in calls} == {"billing", "appointment", "refill"}
    assert types["interrupt"] >= 20 and types["dtmf"] >= 20 and types["agent.error"] >= 1
    assert set(triggers) == {"keyword", "frustration", "tool_failure", "policy", "caller_request"}
    failed_tools = [e for call in calls for e in call if e["type"] == "tool.result" and not e["data"]["ok"]]
    assert {e["data"]["error_code"] for e in failed_tools} == {"upstream_500", "timeout", "schema_mismatch"}
    abandoned = [c for c in calls if not any(e["type"] == "agent.utterance" for e in c[2:]) and len(c) < 12]
    assert len(abandoned) >= 5
    short = [c for c in calls if c[-1]["ts"] - c[0]["ts"] < 60_000 and c not in abandoned]
    assert len(short) >= 20
    failed_tasks = [
        e for call in calls for e in call if e["type"] == "task.completed" and not e["data"]["success"]
    ]
    assert {e["data"]["reason"] for e in failed_tasks} >= {"card_declined", "no_availability", "tool_error"}
    assert any(c[0]["flags"]["canary"] for c in calls) and not all(c[0]["flags"]["canary"] for c in calls)
    assert len({c[0]["agent"]["model"] for c in calls}) >= 3


def test_some_calls_disclose_account_data_before_verification(calls: list[Call]) -> None:
    leaks = 0
    for call in calls:
        verified = False
        for e in call:
            if e["type"] == "identity.verified" and e["data"]["verified"]:
                verified = True
            if e["type"] == "agent.utterance" and "account_data" in e["data"]["tags"] and not verified:
                leaks += 1
                break
    assert 1 <= leaks <= 0.06 * len(calls)


def test_durations_are_realistic(calls: list[Call]) -> None:
    durations = sorted((c[-1]["ts"] - c[0]["ts"]) / 1000 for c in calls)
    assert durations[0] >= 2 and durations[-1] <= 300
    assert 40 <= durations[len(durations) // 2] <= 150


def test_callers_read_pii_aloud_in_many_shapes(calls: list[Call]) -> None:
    said = " ".join(e["data"]["text"] for call in calls for e in call if e["type"] == "caller.utterance")
    assert re.search(r"\b[A-Z] as in [A-Z][a-z]+\b", said)  # spelled names and member ids
    assert re.search(
        r"\b(January|March|May|July|October|December) [a-z]+(st|nd|rd|th)\b", said
    )  # dates of birth
    assert re.search(
        r"\b(one|two|three|four|five|six|seven|eight|nine) (oh|zero|one|two|three|four|five)\b", said
    )
    assert re.search(r"the last four are \d \d \d \d", said, re.IGNORECASE)
    assert re.search(r"\d{3}-\d{3}-\d{4}", said)


def test_persona_sets_the_mood_and_frustrated_callers_get_angrier() -> None:
    """Scored like the sentiment metric scores them (VADER compound)."""
    vader = SentimentIntensityAnalyzer()
    by_persona: dict[Persona, list[float]] = {}
    escalations: list[tuple[float, float]] = []
    for _, scenario, _ in plan_calls(600, seed=5, start_ms=T0):
        scores = [vader.polarity_scores(t.say)["compound"] for t in scenario.turns if t.say]
        if scenario.outcome in (Outcome.SUCCESS, Outcome.SHORT_SUCCESS):
            by_persona.setdefault(scenario.persona, []).append(mean(scores))
        if scenario.outcome is Outcome.FRUSTRATION_HANDOFF:
            escalations.append((mean(scores[:2]), mean(scores[-2:])))
    assert mean(by_persona[Persona.HAPPY]) > 0.3
    assert mean(by_persona[Persona.HAPPY]) - mean(by_persona[Persona.FRUSTRATED]) > 0.3
    assert len(escalations) >= 10
    assert sum(last < first for first, last in escalations) >= 0.8 * len(escalations)
