"""Building blocks shared by the workflow scripts of the rules policy: asking, identifying and
verifying the caller (date of birth, or a one-time code after two misses), and the caller-ID path.
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass

from agent.policy.base import AgentTag, CallerInput, Speech
from agent.policy.context import TurnContext
from agent.policy.rules import parse
from agent.policy.speech import utter

Step = Callable[["Turn", TurnContext], AsyncIterator[Speech]]
Continue = Step
StepTable = dict[str, Step]

_CORRECTION = re.compile(r"^\s*no,? i said,?\s*", re.IGNORECASE)


@dataclass
class Turn:
    """One caller input as the workflow steps see it; a step sets ``understood`` when it used it."""

    said: CallerInput
    understood: bool = False

    @property
    def text(self) -> str:
        return _CORRECTION.sub("", self.said.text)

    @property
    def entry(self) -> str:
        """What the caller gave: the spoken text, or the keys pressed."""
        return self.said.digits if self.said.kind == "dtmf" else self.text


def confirmed(turn: Turn) -> bool | None:
    """The caller's answer to a yes-or-no question, said (``parse.yes_no``; None when it is neither) or
    keyed (1 is yes, any other key no): one reading for every confirmation a workflow asks for."""
    return parse.yes_no(turn.text) if turn.said.kind == "speech" else turn.entry == "1"


def ask(
    ctx: TurnContext, text: str, pending: str | None, tags: tuple[AgentTag, ...] = (), digits: int = 1
) -> Iterator[Speech]:
    """Say ``text`` and remember its (last) question, to repeat it on request."""
    state = ctx.state
    state.pending = pending
    state.expect_digits = digits
    sentences = re.split(r"(?<=[.!?])\s+", text.strip())
    questions = [s for s in sentences if s.endswith("?")] or sentences[-1:]
    state.last_question = questions[-1] if pending else ""
    yield from utter(text, tags)


@dataclass(frozen=True)
class Identification:
    """How a workflow identifies the caller: which slot, and which tools find and verify."""

    ask: str
    pending: str
    find_tool: str
    verify_tool: str


async def caller_id(ctx: TurnContext) -> bool:
    """Identify and verify by caller ID (read-only requests only)."""
    if not ctx.state.caller_number:
        return False
    outcome = await ctx.tool("lookup_caller", {"ani": ctx.state.caller_number})
    return outcome.ok and ctx.state.identity.verified


async def verify_dob(turn: Turn, ctx: TurnContext, verify_tool: str, then: Continue) -> AsyncIterator[Speech]:
    """The ``dob`` step: verify, or re-ask once, then offer a one-time code."""
    state = ctx.state
    born = parse.dob(turn.text, state.today)
    if born is None:
        return
    turn.understood = True
    outcome = await ctx.tool(verify_tool, {"dob": born.isoformat()})
    if outcome.ok and state.identity.verified:
        async for item in then(turn, ctx):
            yield item
        return
    state.scratch["dob_failures"] = failures = int(state.scratch.get("dob_failures", 0)) + 1
    if failures < 2:
        for item in ask(
            ctx, "That date of birth doesn't match our records. Could you say it once more?", "dob"
        ):
            yield item
        return
    sent = await ctx.tool("send_code")
    if not sent.ok:
        ctx.handoff("identity could not be verified", "policy")
        return
    text = "I've texted a six-digit code to the phone on file. Please say or key in the code when it arrives."
    for item in ask(ctx, text, "otp", digits=6):
        yield item


async def verify_otp(turn: Turn, ctx: TurnContext, then: Continue) -> AsyncIterator[Speech]:
    code = parse.exact_digits(turn.entry, 6)
    if code is None:
        return
    turn.understood = True
    outcome = await ctx.tool("verify_code", {"code": code})
    if outcome.ok and ctx.state.identity.verified:
        async for item in then(turn, ctx):
            yield item
        return
    ctx.handoff("identity could not be verified", "policy", "Verify the caller's identity by hand.")


async def identify(
    turn: Turn, ctx: TurnContext, ident: Identification, slot: str | None, found: Callable[[str], str]
) -> AsyncIterator[Speech]:
    """Find the record by ``slot`` (phone, name or member ID), then ask for the date of birth;
    ``found(first_name)`` is what to say once the record is found."""
    if slot is None:
        return
    turn.understood = True
    args = _find_args(ident.find_tool, slot)
    outcome = await ctx.tool(ident.find_tool, args)
    if not outcome.ok:
        for item in ask(ctx, f"I couldn't find that record. {ident.ask}", ident.pending):
            yield item
        return
    for item in ask(ctx, found(str(outcome.data.get("first_name") or "")), "dob"):
        yield item


def slot_step(
    ident: Identification,
    read: Callable[[str], str | None],
    keep: Callable[[str], str],
    found: Callable[[str], str],
) -> Step:
    """The step that takes the identifying slot: ``read`` it from what was said, remember ``keep(slot)``
    (masked) under ``ident.pending``, and find the record (``identify``)."""

    async def step(turn: Turn, ctx: TurnContext) -> AsyncIterator[Speech]:
        slot = read(turn.text)
        if slot is not None:
            ctx.state.collected[ident.pending] = keep(slot)
        async for item in identify(turn, ctx, ident, slot, found):
            yield item

    return step


def verification_steps(ident: Identification, then: Continue) -> StepTable:
    """The ``dob`` and ``otp`` steps of a workflow: verify with ``ident.verify_tool``, then ``then``."""

    async def dob(turn: Turn, ctx: TurnContext) -> AsyncIterator[Speech]:
        async for item in verify_dob(turn, ctx, ident.verify_tool, then):
            yield item

    async def otp(turn: Turn, ctx: TurnContext) -> AsyncIterator[Speech]:
        async for item in verify_otp(turn, ctx, then):
            yield item

    return {"dob": dob, "otp": otp}


def _find_args(tool: str, slot: str) -> dict[str, str]:
    if tool == "find_account":
        return {"phone": slot}
    if tool == "find_member":
        return {"member_id": slot}
    first, _, last = slot.partition(" ")
    return {"first_name": first, "last_name": last}
