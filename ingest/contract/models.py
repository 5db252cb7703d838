"""Typed models of the turn-event contract, version 1.

They mirror ``ingest/schema/turn-event.v1.json`` field for field; ``tests/ingest/test_contract.py``
proves that the two accept and reject the same messages. Models are strict (no coercion of
``"12"`` into ``12``) and closed (unknown keys are errors), like the schema.
"""

from __future__ import annotations

from typing import Annotated, Literal, TypeAlias

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = 1
TS_MIN_MS = 1_577_836_800_000  # 2020-01-01T00:00:00Z
TS_MAX_MS = 4_102_444_800_000  # 2100-01-01T00:00:00Z

_ID = r"^[A-Za-z0-9][A-Za-z0-9:_.\-]{0,127}$"
_NAME = r"^[a-z][a-z0-9_.]{0,63}$"
_UUID = r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"

TimestampMs = Annotated[int, Field(ge=TS_MIN_MS, le=TS_MAX_MS)]
Text = Annotated[str, Field(max_length=20_000)]
Name = Annotated[str, Field(pattern=_NAME)]
Ident = Annotated[str, Field(pattern=_ID)]


class _Closed(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, strict=True)


class AgentInfo(_Closed):
    name: Annotated[str, Field(max_length=128)]
    version: Annotated[str, Field(max_length=64)]
    model: Annotated[str, Field(max_length=128)]
    prompt_version: Annotated[str, Field(max_length=64)]


class Flags(_Closed):
    canary: bool
    shadow: bool


# ---- data payloads, one per event type -------------------------------------------------------


class CallStartedData(_Closed):
    direction: Literal["inbound", "outbound-api", "outbound-dial"]
    caller: Annotated[str, Field(max_length=256)] | None = None
    called: Annotated[str, Field(max_length=256)] | None = None
    lang: Annotated[str, Field(max_length=35)] | None = None
    custom_parameters: Annotated[dict[str, Annotated[str, Field(max_length=2000)]], Field(max_length=64)] = {}


class CallerUtteranceData(_Closed):
    text: Text
    final: bool
    lang: Annotated[str, Field(max_length=35)] | None = None


class TokenChunk(_Closed):
    text: Text
    ts: TimestampMs


AgentTag = Literal["greeting", "consent_notice", "account_data", "confirmation", "filler"]


class AgentUtteranceData(_Closed):
    text: Text
    chunks: Annotated[tuple[TokenChunk, ...], Field(max_length=2000)]
    interrupted: bool | None = None
    tags: Annotated[tuple[AgentTag, ...], Field(max_length=16)] = ()


class InterruptData(_Closed):
    utterance_until_interrupt: Text
    duration_until_interrupt_ms: Annotated[int, Field(ge=0, le=86_400_000)]


class DtmfData(_Closed):
    digit: Annotated[str, Field(pattern=r"^[0-9*#]$")]


class SpeakerData(_Closed):
    who: Literal["agent", "client"]
    speaking: bool


class IntentRecognizedData(_Closed):
    intent: Name
    confidence: Annotated[float, Field(ge=0, le=1)] | None = None


class ToolCalledData(_Closed):
    tool: Name
    tool_call_id: Ident
    args_summary: Annotated[str, Field(max_length=2000)] | None = None


class ToolResultData(_Closed):
    tool: Name
    tool_call_id: Ident
    ok: bool
    latency_ms: Annotated[float, Field(ge=0, le=3_600_000)]
    error_code: Annotated[str, Field(max_length=128)] | None = None


class IdentityVerifiedData(_Closed):
    method: Literal["knowledge", "otp", "caller_id", "other"]
    verified: bool


class TaskStartedData(_Closed):
    task_id: Ident
    task: Name


class TaskCompletedData(_Closed):
    task_id: Ident
    task: Name
    success: bool
    reason: Annotated[str, Field(max_length=256)] | None = None


HandoffTrigger = Literal["keyword", "frustration", "tool_failure", "policy", "caller_request"]


class HandoffRequestedData(_Closed):
    reason: Annotated[str, Field(max_length=256)]
    trigger: HandoffTrigger
    handoff_data: Text | None = None


class CallEndedData(_Closed):
    status: Literal["completed", "ended", "failed"]
    reason: Literal["hangup", "agent_end", "handoff", "error", "timeout"]


class AgentErrorData(_Closed):
    code: Annotated[str, Field(max_length=128)]
    message: Annotated[str, Field(max_length=4000)]


# ---- envelopes -------------------------------------------------------------------------------


class _Envelope(_Closed):
    schema_version: Literal[1]
    event_id: Annotated[str, Field(pattern=_UUID)]
    call_sid: Ident
    session_id: Annotated[str, Field(pattern=r"^$|" + _ID)]
    seq: Annotated[int, Field(ge=0, le=1_000_000)]
    ts: TimestampMs
    workflow: Annotated[str, Field(pattern=r"^[a-z][a-z0-9_]{0,63}$")]
    agent: AgentInfo
    flags: Flags


class CallStarted(_Envelope):
    type: Literal["call.started"]
    data: CallStartedData


class CallerUtterance(_Envelope):
    type: Literal["caller.utterance"]
    data: CallerUtteranceData


class AgentUtterance(_Envelope):
    """One agent talk cycle; ``ts`` is the send time of its first chunk."""

    type: Literal["agent.utterance"]
    data: AgentUtteranceData


class Interrupt(_Envelope):
    type: Literal["interrupt"]
    data: InterruptData


class Dtmf(_Envelope):
    type: Literal["dtmf"]
    data: DtmfData


class Speaker(_Envelope):
    type: Literal["speaker"]
    data: SpeakerData


class IntentRecognized(_Envelope):
    type: Literal["intent.recognized"]
    data: IntentRecognizedData


class ToolCalled(_Envelope):
    type: Literal["tool.called"]
    data: ToolCalledData


class ToolResult(_Envelope):
    type: Literal["tool.result"]
    data: ToolResultData


class IdentityVerified(_Envelope):
    type: Literal["identity.verified"]
    data: IdentityVerifiedData


class TaskStarted(_Envelope):
    type: Literal["task.started"]
    data: TaskStartedData


class TaskCompleted(_Envelope):
    type: Literal["task.completed"]
    data: TaskCompletedData


class HandoffRequested(_Envelope):
    type: Literal["handoff.requested"]
    data: HandoffRequestedData


class CallEnded(_Envelope):
    type: Literal["call.ended"]
    data: CallEndedData


class AgentError(_Envelope):
    type: Literal["agent.error"]
    data: AgentErrorData


TurnEvent: TypeAlias = Annotated[
    CallStarted
    | CallerUtterance
    | AgentUtterance
    | Interrupt
    | Dtmf
    | Speaker
    | IntentRecognized
    | ToolCalled
    | ToolResult
    | IdentityVerified
    | TaskStarted
    | TaskCompleted
    | HandoffRequested
    | CallEnded
    | AgentError,
    Field(discriminator="type"),
]

EVENT_TYPES: tuple[str, ...] = (
    "call.started",
    "caller.utterance",
    "agent.utterance",
    "interrupt",
    "dtmf",
    "speaker",
    "intent.recognized",
    "tool.called",
    "tool.result",
    "identity.verified",
    "task.started",
    "task.completed",
    "handoff.requested",
    "call.ended",
    "agent.error",
)
