"""Live personas: how the caller's words reach the agent, on top of the scenario's script.

Speech-to-text is where real calls get hard, so most personas rewrite the transcript the agent
receives: an accent the recognizer mishears (word substitutions), a noisy line (dropped words),
curveball questions off the script, names spelled out and numbers read digit by digit. Two change
the call itself: a frustrated caller who asks for a person, and a silent caller.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from dataclasses import replace

from agent.simulator.live.script import CallPlan, Step, random_plan
from agent.simulator.model import Workflow
from agent.simulator.speech import digit_words, spelled

PERSONAS = ("standard", "accented", "noisy", "curveball", "spelled", "frustrated", "silent")

# what an ASR engine tuned on another accent hears instead
MISHEARD = {
    "bill": "bell",
    "balance": "ballots",
    "appointment": "a point meant",
    "prescription": "subscription",
    "refill": "re feel",
    "payment": "pavement",
    "card": "cart",
    "account": "a count",
    "pharmacy": "farmacy",
    "three": "tree",
    "thirty": "dirty",
    "think": "sink",
    "want": "won't",
    "Thursday": "thirsty",
}
CURVEBALLS = (
    "Wait, am I talking to a robot?",
    "Sorry, my dog is barking. What did you say?",
    "Hang on, can you hear me okay?",
    "Actually, what are your opening hours?",
    "Is this call being recorded?",
)
_WORD = re.compile(r"[A-Za-z]+")
_DIGITS = re.compile(r"\d+")


def accented(text: str, rng: random.Random, rate: float = 0.6) -> str:
    def swap(m: re.Match[str]) -> str:
        heard = MISHEARD.get(m.group(0)) or MISHEARD.get(m.group(0).lower())
        return heard if heard and rng.random() < rate else m.group(0)

    return _WORD.sub(swap, text)


def noisy(text: str, rng: random.Random, drop: float = 0.15) -> str:
    words = text.split()
    kept = [w for w in words if rng.random() >= drop]
    return " ".join(kept or words[:1])


def spoken_numbers(text: str) -> str:
    return _DIGITS.sub(lambda m: digit_words(m.group(0)), text)


def _map_says(plan: CallPlan, fn: Callable[[str], str]) -> CallPlan:
    return plan.with_steps([s if not s.say else _with_say(s, fn(s.say)) for s in plan.steps])


def _with_say(step: Step, say: str) -> Step:
    return Step(say, step.dtmf, step.think_ms, step.barge_at, step.hangup, step.expects_end)


def make_plan(persona: str, rng: random.Random, template: str | None = None) -> CallPlan:
    """A plan for one call of ``persona`` (one of ``PERSONAS``)."""
    if persona not in PERSONAS:
        raise ValueError(f"unknown persona {persona!r}; expected one of {', '.join(PERSONAS)}")
    if persona == "frustrated" and template is None:
        workflow = rng.choice(list(Workflow)).value
        template = f"{workflow}.{rng.choice(('keyword_handoff', 'caller_request_handoff'))}"
    plan = random_plan(rng, template, persona)
    if persona == "accented":
        return _map_says(plan, lambda s: accented(s, rng))
    if persona == "noisy":
        return _map_says(plan, lambda s: noisy(s, rng))
    if persona == "spelled":
        plan = _map_says(plan, spoken_numbers)
        if plan.steps and plan.steps[0].say:
            name = f" My name is {plan.caller_first} {plan.caller_last}, {spelled(rng, plan.caller_last)}."
            first = _with_say(plan.steps[0], plan.steps[0].say + name)
            plan = plan.with_steps([first, *plan.steps[1:]])
        return plan
    if persona == "curveball":
        return _curveballs(plan, rng)
    if persona == "silent":
        return replace(plan, steps=(), hangup_during_greeting=False, silent_ms=rng.randint(6_000, 12_000))
    return plan


def _curveballs(plan: CallPlan, rng: random.Random) -> CallPlan:
    """One or two off-script questions at places where the call is not ending."""
    steps = list(plan.steps)
    spots = [i for i, s in enumerate(steps) if not s.hangup and not s.expects_end]
    for at in sorted(rng.sample(spots, min(len(spots), rng.randint(1, 2))), reverse=True):
        steps.insert(at, Step(rng.choice(CURVEBALLS), think_ms=rng.randint(300, 1200)))
    return plan.with_steps(steps)


def persona_cycle(n: int, personas: tuple[str, ...] = PERSONAS) -> list[str]:
    """``n`` personas, round robin, so a run of any size covers them all evenly."""
    return [personas[i % len(personas)] for i in range(n)]
