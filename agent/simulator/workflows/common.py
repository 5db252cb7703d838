"""Shared building blocks of the workflow scripts: the wording pools, the per-call context, and the
turns every workflow ends with (closing, handoff, failing tools).

The pools live in ``scenarios/lexicon.json`` so that wording can grow without touching code.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from pathlib import Path
from typing import Any

from agent.simulator.model import (
    Action,
    AgentFault,
    Caller,
    End,
    Handoff,
    HandoffTrigger,
    Intent,
    Outcome,
    Persona,
    Reply,
    Say,
    TaskEnd,
    TaskStart,
    Tool,
    Turn,
    Verify,
    Workflow,
    reply,
)
from agent.simulator.speech import spoken_dob

_LOWERABLE = frozenset({"It's", "My", "The", "Yes", "Yeah", "That", "Something", "This", "Can", "Just"})
LEXICON_PATH = Path(__file__).resolve().parent.parent / "scenarios" / "lexicon.json"


@cache
def lexicon() -> dict[str, Any]:
    with LEXICON_PATH.open(encoding="utf-8") as fh:
        data: dict[str, Any] = json.load(fh)
    return data


@dataclass
class Ctx:
    """Everything a workflow script needs to produce one varied, reproducible call."""

    rng: random.Random
    workflow: Workflow
    persona: Persona
    branch: Outcome
    caller: Caller
    company: str
    today: date
    leak: bool = False

    def pick(self, key: str) -> str:
        pool: list[str] = lexicon()[key]
        return self.rng.choice(pool)

    def pick_from(self, pool: list[str] | tuple[str, ...]) -> str:
        return self.rng.choice(pool)

    def pre(self) -> str:
        """A persona-flavoured lead-in for answers ("Ugh, fine. ", "Oh, let me think. ")."""
        pool: list[str] = lexicon()["prefix"][self.persona.value]
        return self.rng.choice(pool)

    def answer(self, text: str) -> str:
        """``text`` after a persona lead-in, lower-casing a plain first word after a comma."""
        lead = self.pre()
        first = text.split(" ", 1)[0]
        if lead and lead.split()[0].strip(",.!") == first.strip(",.!"):
            return text
        if lead.endswith(", ") and first in _LOWERABLE:
            text = text[0].lower() + text[1:]
        return lead + text

    def thanks(self) -> str:
        pool: list[str] = lexicon()["thanks"][self.persona.value]
        return self.rng.choice(pool)

    def future(self, lo: int, hi: int) -> date:
        return self.today + timedelta(days=self.rng.randint(lo, hi))

    def time_of_day(self, morning: bool | None = None) -> str:
        am = self.rng.random() < 0.5 if morning is None else morning
        hour = self.rng.choice((8, 9, 10, 11) if am else (1, 2, 3, 4))
        return f"{hour}:{self.rng.choice(('00', '15', '30', '45'))} {'AM' if am else 'PM'}"


def make_caller(rng: random.Random) -> Caller:
    lex = lexicon()
    first: str = rng.choice(lex["first_names"])
    last: str = rng.choice(lex["last_names"])
    area: str = rng.choice(lex["area_codes"])
    phone = f"+1{area}555{rng.randrange(100, 200):04d}"
    dob = date(rng.randint(1938, 2004), rng.randint(1, 12), rng.randint(1, 28))
    return Caller(first=first, last=last, phone=phone, dob=dob.isoformat())


def quick_check(
    ctx: Ctx, opener: str, intent: str, task: str, lookup: Tool, answer: Say, ani: str
) -> list[Turn]:
    """The short call: a caller known by caller ID asks one thing, hears it, and says goodbye."""
    return [
        Turn(
            opener,
            reply(
                Intent(intent, round(ctx.rng.uniform(0.8, 0.99), 2)),
                Tool("lookup_caller", f"ani={ani}", latency_ms=(60, 250)),
                Verify("caller_id"),
                TaskStart(task),
                lookup,
                answer,
                TaskEnd(task, True),
            ),
        ),
        *closing(ctx),
    ]


def identified(ctx: Ctx, find: Tool, ask: str, leaked: str, leak_ask: str) -> Reply:
    """The record is found; the agent asks for the date of birth, or (a leaking call) first reads out
    account data before the caller is verified."""
    if ctx.leak:
        return reply(find, Say(leaked, ("account_data",)), Say(leak_ask))
    return reply(find, Say(ask))


def dob_turn(ctx: Ctx, verify_tool: str, latency_ms: tuple[int, int], *then: Action) -> Turn:
    """The caller says their date of birth; the agent verifies it (knowledge check), then ``then``."""
    said = spoken_dob(ctx.rng, date.fromisoformat(ctx.caller.dob))
    verify = Tool(verify_tool, "dob=***", latency_ms=latency_ms)
    return Turn(ctx.answer(f"It's {said}."), reply(verify, Verify("knowledge"), *then))


def handoff_reply(ctx: Ctx, reason: str, trigger: HandoffTrigger, lead: str = "") -> Reply:
    line = ctx.pick("handoff_lines")
    return reply(Say((lead + " " + line).strip()), Handoff(reason, trigger), End())


def closing(ctx: Ctx) -> list[Turn]:
    """Caller thanks (sometimes after "anything else?"); the agent says goodbye and either ends the
    session or the caller hangs up on the goodbye."""
    goodbye = Say(ctx.pick("goodbye"))
    turns: list[Turn] = []
    thanks = ctx.thanks()
    if ctx.rng.random() < 0.5:
        turns.append(
            Turn(thanks, reply(Say("You're welcome. Is there anything else I can help you with today?")))
        )
        thanks = ctx.pick_from(("No, that's all.", "No, that's it, thanks.", "Nope, that's everything."))
    if ctx.rng.random() < 0.55:
        turns.append(Turn(thanks, reply(goodbye, End())))
    else:
        turns.append(Turn(thanks, reply(goodbye), hangup_after=True))
    return turns


def failing_tool(ctx: Ctx, name: str, args: str) -> tuple[Action, ...]:
    """A tool failure as the agent experiences it: an upstream 500 (often retried), a timeout or a
    response of the wrong shape (which the agent also logs as an agent.error)."""
    code = ctx.pick_from(("upstream_500", "upstream_500", "timeout", "schema_mismatch"))
    if code == "timeout":
        return (Tool(name, args, ok=False, error_code=code, latency_ms=(8000, 10000)),)
    if code == "schema_mismatch":
        fault = AgentFault(
            "tool_schema_mismatch", f"{name} returned a response that does not match its schema"
        )
        return (Tool(name, args, ok=False, error_code=code, latency_ms=(200, 900)), fault)
    first = Tool(name, args, ok=False, error_code=code, latency_ms=(80, 600))
    return (first, first) if ctx.rng.random() < 0.5 else (first,)
