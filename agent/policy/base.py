"""The dialog policy interface: what a policy gets each turn and what it streams back.

A policy is an object with ``respond(said, ctx)``: an async generator of ``Token`` (a small piece
of speech, sent to TTS at once) and ``EndCycle`` (the end of one talk cycle, i.e. one
``agent.utterance``). Everything the policy *does* besides speaking goes through ``ctx`` (tools,
intents, tasks, handoff, ending the call), and everything it *knows* is in ``ctx.state``, a compact
structured call state. A policy instance holds no per-call data, so one serves every call.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal, Protocol

if TYPE_CHECKING:
    from agent.policy.context import TurnContext

AgentTag = Literal["greeting", "consent_notice", "account_data", "confirmation", "filler"]


@dataclass(frozen=True, slots=True)
class Token:
    """A piece of speech, kept with its spacing (`` balance``); tags apply to its talk cycle."""

    text: str
    tags: tuple[AgentTag, ...] = ()


@dataclass(frozen=True, slots=True)
class EndCycle:
    """Ends the current talk cycle (``{"type":"text","token":"","last":true}``)."""


Speech = Token | EndCycle


@dataclass(frozen=True, slots=True)
class CallerInput:
    """One caller turn: final speech, a keyed-in entry, or silence (``idle``)."""

    kind: Literal["speech", "dtmf", "idle"]
    text: str = ""
    digits: str = ""


class Policy(Protocol):
    """Decides what to say and do for one caller turn."""

    name: str

    def respond(self, said: CallerInput, ctx: TurnContext) -> AsyncIterator[Speech]: ...


class Voice(Protocol):
    """Speaks a whole talk cycle right away (fillers and apologies while a tool runs)."""

    async def cycle(self, text: str, tags: tuple[AgentTag, ...] = ()) -> None: ...
