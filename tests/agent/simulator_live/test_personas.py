"""Live personas: every one builds a playable plan, and each changes what the agent will hear."""

from __future__ import annotations

import random

import pytest

from agent.simulator.live.personas import PERSONAS, accented, make_plan, noisy, persona_cycle, spoken_numbers


@pytest.mark.parametrize("persona", PERSONAS)
def test_every_persona_builds_a_plan_from_the_library(persona: str) -> None:
    for seed in range(20):
        plan = make_plan(persona, random.Random(seed))
        assert plan.persona == persona and plan.workflow in ("billing", "appointment", "refill")
        assert plan.parameters["workflow"] == plan.workflow


def test_silent_callers_say_nothing() -> None:
    plan = make_plan("silent", random.Random(1))
    assert plan.steps == () and plan.silent_ms > 0


def test_frustrated_callers_ask_for_a_person() -> None:
    for seed in range(10):
        plan = make_plan("frustrated", random.Random(seed))
        assert plan.name.endswith(("keyword_handoff", "caller_request_handoff"))
        assert any(s.expects_end for s in plan.steps)


def test_transcript_rewrites() -> None:
    rng = random.Random(3)
    assert accented("I want to pay my bill", rng, rate=1.0) == "I won't to pay my bell"
    assert len(noisy("one two three four five six seven eight nine ten", rng, drop=0.5).split()) < 10
    assert spoken_numbers("The last four are 4821.") == "The last four are four eight two one."


def test_curveballs_add_off_script_questions() -> None:
    base = make_plan("standard", random.Random(5), "billing.success")
    curved = make_plan("curveball", random.Random(5), "billing.success")
    assert len(curved.steps) > len(base.steps)


def test_a_run_covers_every_persona() -> None:
    assert set(persona_cycle(50)) == set(PERSONAS)
