"""Live caller plans: the caller's side of a scenario, as steps the session plays over the socket.

A scenario from the library (``scenarios.build_scenario``) holds what the caller says and does plus
the reply the agent is expected to give. The live simulator plays only the caller; from the
expected reply it keeps just what pacing needs (does the agent end the call here?). Personas
(``personas.py``) rewrite the plan afterwards: an accent, a noisy line, curveballs, ...
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from agent.simulator.model import VOICE, Scenario
from agent.simulator.scenarios import build_scenario, pick_template


@dataclass(frozen=True)
class Step:
    """One caller turn.

    ``barge_at``: start talking over the agent's speech at this fraction of its playback.
    ``hangup``: ``"now"`` hangs up right after speaking, ``"after_reply"`` once the reply played.
    ``expects_end``: the agent is expected to end the session (``end``) in its reply.
    """

    say: str = ""
    dtmf: str = ""
    think_ms: int = 800
    barge_at: float | None = None
    hangup: str = ""
    expects_end: bool = False


@dataclass(frozen=True)
class CallPlan:
    name: str  # template, e.g. "billing.success"
    persona: str  # the live persona that shaped it
    workflow: str
    caller_phone: str
    caller_first: str
    caller_last: str
    greeting: str | None  # spoken by Twilio (welcomeGreeting) before the first prompt
    steps: tuple[Step, ...]
    words_per_s: float = 2.6
    hangup_during_greeting: bool = False
    silent_ms: int = 0  # a silent caller waits this long (simulated ms) then hangs up
    parameters: dict[str, str] = field(default_factory=dict)

    def with_steps(self, steps: Sequence[Step]) -> CallPlan:
        return replace(self, steps=tuple(steps))


def plan_from_scenario(scenario: Scenario, rng: random.Random, persona: str = "standard") -> CallPlan:
    """The caller's side of ``scenario``."""
    wps, think = VOICE[scenario.persona]
    steps: list[Step] = []
    for turn in scenario.turns:
        hangup = "now" if turn.reply is None else ("after_reply" if turn.hangup_after else "")
        steps.append(
            Step(
                say=turn.say,
                dtmf=turn.dtmf,
                think_ms=rng.randint(*think),
                barge_at=turn.barge_at if turn.barge_in is not None else None,
                hangup=hangup,
                expects_end=turn.reply is not None and turn.reply.ends_call,
            )
        )
    return CallPlan(
        name=scenario.template,
        persona=persona,
        workflow=scenario.workflow.value,
        caller_phone=scenario.caller.phone,
        caller_first=scenario.caller.first,
        caller_last=scenario.caller.last,
        greeting=scenario.greeting.text,
        steps=tuple(steps),
        words_per_s=wps,
        hangup_during_greeting=scenario.hangup_during_greeting,
        parameters={"workflow": scenario.workflow.value, "scenario": scenario.template},
    )


def random_plan(rng: random.Random, template: str | None = None, persona: str = "standard") -> CallPlan:
    """A plan from a random template of the library (or the named one)."""
    scenario = build_scenario(template or pick_template(rng), rng)
    return plan_from_scenario(scenario, rng, persona)


def scripted_plan(
    name: str, workflow: str, steps: Sequence[Step], greeting: str | None = None, persona: str = "scripted"
) -> CallPlan:
    """A hand-written plan (tests, demos) with a fixed, fictional caller."""
    return CallPlan(
        name=name,
        persona=persona,
        workflow=workflow,
        caller_phone="+14155550123",
        caller_first="Dana",
        caller_last="Whitfield",
        greeting=greeting,
        steps=tuple(steps),
        parameters={"workflow": workflow, "scenario": name},
    )
