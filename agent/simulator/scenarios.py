"""The scenario library: named templates (workflow x outcome) turned into concrete, varied scenarios.

Each workflow script (``workflows/``) writes the caller's path for the outcomes that depend on the
workflow (success, short call, task failure, tool failure, policy). The outcomes that can happen in
any workflow (asking for an agent, frustration, hanging up, abandoning) are applied here by cutting
the success path at a random turn, and persona overlays (barge-ins, "say that again?") are added
last, so every template yields many different calls.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from datetime import date

from agent.simulator.model import (
    Intent,
    Outcome,
    Persona,
    Say,
    Scenario,
    Turn,
    Verify,
    Workflow,
    reply,
)
from agent.simulator.overlays import ask_again, barge_ins, last_say, mood, side_question
from agent.simulator.workflows.appointment import appointment
from agent.simulator.workflows.billing import billing
from agent.simulator.workflows.common import Ctx, handoff_reply, lexicon, make_caller
from agent.simulator.workflows.refill import refill

__all__ = [
    "DEFAULT_MIX",
    "TEMPLATES",
    "Outcome",
    "Persona",
    "Scenario",
    "Template",
    "Workflow",
    "build_scenario",
]

_SCRIPTS: dict[Workflow, Callable[[Ctx], list[Turn]]] = {
    Workflow.BILLING: billing,
    Workflow.APPOINTMENT: appointment,
    Workflow.REFILL: refill,
}
_SPECIFIC = {
    Outcome.SUCCESS,
    Outcome.SHORT_SUCCESS,
    Outcome.TASK_FAILURE,
    Outcome.TOOL_FAILURE_HANDOFF,
    Outcome.POLICY_HANDOFF,
}
DEFAULT_MIX: dict[str, float] = {"billing": 0.45, "appointment": 0.35, "refill": 0.20}

_P = Persona
_ANY = {_P.HAPPY: 20, _P.NEUTRAL: 35, _P.FRUSTRATED: 10, _P.CONFUSED: 10, _P.IMPATIENT: 15, _P.ELDERLY: 10}
_ANGRY = {_P.FRUSTRATED: 60, _P.IMPATIENT: 30, _P.NEUTRAL: 10}
_WANTS_PERSON = {_P.FRUSTRATED: 30, _P.IMPATIENT: 25, _P.NEUTRAL: 25, _P.ELDERLY: 20}
_LEAVES = {_P.NEUTRAL: 40, _P.IMPATIENT: 30, _P.CONFUSED: 20, _P.ELDERLY: 10}
# (outcome, weight within a workflow, persona weights)
_OUTCOMES: tuple[tuple[Outcome, float, dict[Persona, int]], ...] = (
    (Outcome.SUCCESS, 34, _ANY),
    (Outcome.SHORT_SUCCESS, 12, {_P.HAPPY: 30, _P.NEUTRAL: 40, _P.IMPATIENT: 30}),
    (Outcome.TASK_FAILURE, 9, _ANY),
    (Outcome.TOOL_FAILURE_HANDOFF, 6, _ANY),
    (Outcome.POLICY_HANDOFF, 5, _ANY),
    (Outcome.FRUSTRATION_HANDOFF, 6, _ANGRY),
    (Outcome.KEYWORD_HANDOFF, 5, _WANTS_PERSON),
    (Outcome.CALLER_REQUEST_HANDOFF, 3, _WANTS_PERSON),
    (Outcome.HANGUP_MID, 8, _ANY),
    (Outcome.ABANDON_EARLY, 6, _LEAVES),
)


@dataclass(frozen=True)
class Template:
    name: str
    workflow: Workflow
    outcome: Outcome
    weight: float
    personas: Mapping[Persona, int]


TEMPLATES: tuple[Template, ...] = tuple(
    Template(f"{wf.value}.{oc.value}", wf, oc, w, p) for wf in Workflow for oc, w, p in _OUTCOMES
)
_BY_NAME = {t.name: t for t in TEMPLATES}


def pick_template(rng: random.Random, mix: Mapping[str, float] | None = None) -> Template:
    """Workflow by ``mix`` (weights by workflow name), then outcome by the template weights."""
    weights = mix or DEFAULT_MIX
    names = [wf for wf in Workflow if weights.get(wf.value, 0) > 0]
    wf = rng.choices(names, [weights[w.value] for w in names])[0]
    own = [t for t in TEMPLATES if t.workflow is wf]
    return rng.choices(own, [t.weight for t in own])[0]


def build_scenario(template: Template | str, rng: random.Random, today: date | None = None) -> Scenario:
    """A concrete scenario: caller, company, greeting, turns (with overlays) for one call."""
    tpl = _BY_NAME[template] if isinstance(template, str) else template
    personas = list(tpl.personas)
    persona = rng.choices(personas, [tpl.personas[p] for p in personas])[0]
    branch = tpl.outcome if tpl.outcome in _SPECIFIC else Outcome.SUCCESS
    company: str = rng.choice(lexicon()["companies"][tpl.workflow.value])
    ctx = Ctx(rng, tpl.workflow, persona, branch, make_caller(rng), company, today or date(2025, 6, 2))
    ctx.leak = branch is not Outcome.SHORT_SUCCESS and rng.random() < 0.025
    turns = _SCRIPTS[tpl.workflow](ctx)
    greeting = _greeting(ctx)
    during_greeting = False
    if tpl.outcome is Outcome.ABANDON_EARLY:
        during_greeting = rng.random() < 0.5
        turns = [] if during_greeting else [Turn(ctx.pick("abandon"), None)]
    elif tpl.outcome not in _SPECIFIC:
        turns = _cut(ctx, turns, tpl.outcome)
    if tpl.outcome in (Outcome.SUCCESS, Outcome.TASK_FAILURE):
        turns = side_question(ctx, turns)
    turns = mood(ctx, turns)
    if persona in (Persona.CONFUSED, Persona.ELDERLY) and rng.random() < 0.6:
        turns = ask_again(ctx, turns)
    turns = barge_ins(ctx, greeting, turns)
    return Scenario(
        template=tpl.name,
        workflow=tpl.workflow,
        persona=persona,
        outcome=tpl.outcome,
        company=company,
        caller=ctx.caller,
        greeting=greeting,
        turns=tuple(turns),
        hangup_during_greeting=during_greeting,
        leaks_before_verify=_leaks(turns),
    )


def _greeting(ctx: Ctx) -> Say:
    hello = f"Thanks for calling {ctx.company}."
    if ctx.rng.random() < 0.03:  # an old prompt without the consent notice: a compliance finding
        return Say(f"{hello} How can I help you today?", ("greeting",))
    consent = ctx.pick_from(
        (
            "I'm an automated assistant. This call is recorded and analyzed to improve our service, "
            "and you can ask for a person at any time.",
            "You're speaking with an automated assistant. Calls are analyzed for quality, "
            "and a person is available at any time, just ask.",
        )
    )
    return Say(f"{hello} {consent} How can I help you today?", ("greeting", "consent_notice"))


def _cut(ctx: Ctx, turns: list[Turn], outcome: Outcome) -> list[Turn]:
    """Leave the success path after turn k with the outcome's own ending."""
    rng = ctx.rng
    k = (
        rng.randint(0, len(turns) - 2)
        if outcome is Outcome.KEYWORD_HANDOFF
        else rng.randint(1, len(turns) - 2)
    )
    head = turns[:k]
    if outcome is Outcome.KEYWORD_HANDOFF:
        return [*head, Turn(ctx.pick("keywords"), handoff_reply(ctx, "caller asked for an agent", "keyword"))]
    if outcome is Outcome.CALLER_REQUEST_HANDOFF:
        if rng.random() < 0.3:
            return [
                *head,
                Turn("", handoff_reply(ctx, "caller pressed 0 for a person", "caller_request"), dtmf="0"),
            ]
        handoff = handoff_reply(ctx, "caller asked for a person", "caller_request", "Of course.")
        return [
            *head,
            Turn(ctx.pick("caller_request"), reply(Intent("request_human", 0.95), *handoff.actions)),
        ]
    if outcome is Outcome.HANGUP_MID:
        if rng.random() < 0.5:
            return [*head, Turn(ctx.pick("hangup_mid"), None)]
        return [*head, replace(turns[k], hangup_after=True)]
    # frustration: the agent keeps missing; the caller gets angrier until the agent hands off
    annoyed: list[list[str]] = lexicon()["annoyed"]
    asked = last_say(head[-1]) if head else None
    out = list(head)
    for level in range(rng.randint(2, 3)):
        line = rng.choice(annoyed[min(level, 2)])
        if level == 0:
            line = f"{line} {turns[k].say}".strip()
        again = Say("Sorry, I didn't get that. " + (asked.text if asked else "Could you say that again?"))
        out.append(Turn(line, reply(again)))
    lead = "I'm sorry this has been frustrating."
    out[-1] = replace(out[-1], reply=handoff_reply(ctx, "caller frustration detected", "frustration", lead))
    return out


def _leaks(turns: list[Turn]) -> bool:
    """True when account data would be read before a successful identity verification."""
    for turn in turns:
        for action in turn.reply.actions if turn.reply else ():
            if isinstance(action, Verify) and action.verified:
                return False
            if isinstance(action, Say) and "account_data" in action.tags:
                return True
    return False
