"""Typed scenario definitions shared by the call synthesizer and (later) the live caller simulator.

A scenario is written from the caller's side (what they say, key in, and when they barge in) plus the
reply the reference agent is *expected* to give to each caller turn, as a small list of actions.
The synthesizer renders both sides into contract events without any network; the live simulator
(a later issue) will play only the caller's side against the real agent over WebSockets and can use
the expected replies as assertions. Keeping the two apart is why the agent side is data, not code.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Literal, TypeAlias


class Workflow(StrEnum):
    BILLING = "billing"  # billing lookup and payment
    APPOINTMENT = "appointment"  # appointment scheduling
    REFILL = "refill"  # prescription refill routing


class Persona(StrEnum):
    HAPPY = "happy"
    NEUTRAL = "neutral"
    FRUSTRATED = "frustrated"
    CONFUSED = "confused"
    IMPATIENT = "impatient"  # barge-in prone, talks fast
    ELDERLY = "elderly"  # slow speaker, long pauses


# how each persona talks: (words per second, think time before speaking or answering (ms))
VOICE: dict[Persona, tuple[float, tuple[int, int]]] = {
    Persona.HAPPY: (2.7, (400, 1200)),
    Persona.NEUTRAL: (2.6, (500, 1500)),
    Persona.FRUSTRATED: (3.0, (200, 900)),
    Persona.CONFUSED: (2.1, (1200, 3500)),
    Persona.IMPATIENT: (3.3, (100, 600)),
    Persona.ELDERLY: (1.6, (1200, 3500)),
}


class Outcome(StrEnum):
    SUCCESS = "success"
    SHORT_SUCCESS = "short_success"  # done in well under a minute
    TASK_FAILURE = "task_failure"
    TOOL_FAILURE_HANDOFF = "tool_failure_handoff"
    FRUSTRATION_HANDOFF = "frustration_handoff"
    KEYWORD_HANDOFF = "keyword_handoff"  # caller says "agent", "representative", ...
    CALLER_REQUEST_HANDOFF = "caller_request_handoff"  # polite request or DTMF 0
    POLICY_HANDOFF = "policy_handoff"  # the workflow's rules require a person
    ABANDON_EARLY = "abandon_early"  # hang-up before the agent's first response
    HANGUP_MID = "hangup_mid"


class Recovery(StrEnum):
    """How a barge-in plays out; only RECOVERED should count as recovered in the metrics."""

    RECOVERED = "recovered"  # the next reply addresses what the caller said
    RESTART = "restart"  # the agent replays the part that was cut off, then answers
    REPEAT = "repeat"  # the agent misses it and the caller says it again
    CORRECTION = "correction"  # the agent re-asks; the caller says "no, I said ..."


HandoffTrigger: TypeAlias = Literal["keyword", "frustration", "tool_failure", "policy", "caller_request"]
AgentTag: TypeAlias = Literal["greeting", "consent_notice", "account_data", "confirmation", "filler"]


# ---- agent actions: what the reference agent is expected to do in one reply -------------------


@dataclass(frozen=True)
class Say:
    text: str
    tags: tuple[AgentTag, ...] = ()


@dataclass(frozen=True)
class Intent:
    name: str
    confidence: float = 0.9


@dataclass(frozen=True)
class Tool:
    name: str
    args_summary: str
    ok: bool = True
    error_code: str | None = None
    latency_ms: tuple[int, int] = (150, 900)


@dataclass(frozen=True)
class Verify:
    method: Literal["knowledge", "otp", "caller_id", "other"] = "knowledge"
    verified: bool = True


@dataclass(frozen=True)
class TaskStart:
    task: str


@dataclass(frozen=True)
class TaskEnd:
    task: str
    success: bool
    reason: str | None = None


@dataclass(frozen=True)
class Handoff:
    reason: str
    trigger: HandoffTrigger


@dataclass(frozen=True)
class AgentFault:
    """The agent logs an error (e.g. a tool answered with an unexpected shape)."""

    code: str
    message: str


@dataclass(frozen=True)
class End:
    """The agent ends the session (``end`` message); the call ends with reason handoff or agent_end."""


Action: TypeAlias = Say | Intent | Tool | Verify | TaskStart | TaskEnd | Handoff | AgentFault | End


@dataclass(frozen=True)
class Reply:
    actions: tuple[Action, ...]

    @property
    def says(self) -> tuple[Say, ...]:
        return tuple(a for a in self.actions if isinstance(a, Say))

    @property
    def ends_call(self) -> bool:
        return any(isinstance(a, End | Handoff) for a in self.actions)


def reply(*actions: Action) -> Reply:
    return Reply(tuple(actions))


# ---- the caller's side ------------------------------------------------------------------------


@dataclass(frozen=True)
class Turn:
    """One caller turn and the reply the agent is expected to give to it.

    ``reply=None`` means the caller hangs up right after speaking, before any answer.
    ``barge_in`` makes the caller start talking while the previous agent speech is still playing,
    ``barge_at`` (fraction of that speech's playback) says when.
    """

    say: str
    reply: Reply | None
    dtmf: str = ""
    barge_in: Recovery | None = None
    barge_at: float = 0.5
    hangup_after: bool = False


@dataclass(frozen=True)
class Caller:
    first: str
    last: str
    phone: str  # E.164, for call.started
    dob: str  # ISO date, for expectations only


@dataclass(frozen=True)
class Scenario:
    template: str
    workflow: Workflow
    persona: Persona
    outcome: Outcome
    company: str
    caller: Caller
    greeting: Say
    turns: tuple[Turn, ...]
    hangup_during_greeting: bool = False
    leaks_before_verify: bool = False  # compliance violation: account data read before verification
