"""Typed models of the turn-event contract, version 1.

They mirror ``ingest/schema/turn-event.v1.json`` field for field; ``tests/ingest/test_contract.py``
proves that the two accept and reject the same messages. Models are strict (no coercion of
``"12"`` into ``12``) and closed (unknown keys are errors), like the schema.
"""

from __future__ import annotations

import re
from typing import Annotated, Any, Literal, TypeAlias

from pydantic import BaseModel, ConfigDict, Field, GetCoreSchemaHandler
from pydantic_core import core_schema

SCHEMA_VERSION = 1
TS_MIN_MS = 1_577_836_800_000  # 2020-01-01T00:00:00Z
TS_MAX_MS = 4_102_444_800_000  # 2100-01-01T00:00:00Z

ID_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9:_.\-]{0,127}$"
"""The contract's identifier (``call_sid``, a set ``session_id``, tool-call and task ids), as the JSON Schema
says it; the one pattern for whatever checks one before it becomes an event (the agent's setup, the tap,
HTTP ingest) or takes one from a URL (the API)."""
WORKFLOW_PATTERN = r"^[a-z][a-z0-9_]{0,63}$"
"""The contract's ``workflow`` name; also what an imported human call's workflow must be (so the two join)."""
NAME_PATTERN = r"^[a-z][a-z0-9_.]{0,63}$"
"""A dotted lower-case name (a tool's, an intent's, a task's)."""
UUID_PATTERN = r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"
"""An ``event_id``: a lower-case UUID."""

_IDENTIFIER = re.compile(ID_PATTERN)
_WORKFLOW = re.compile(WORKFLOW_PATTERN)


def is_identifier(text: str) -> bool:
    """``text`` is a whole identifier (``ID_PATTERN``). ``fullmatch``, not ``match``: Python's ``$`` also
    matches before a final newline, so ``match`` let ``"CA1\n"`` through where the contract (ECMA-262's
    ``$``) and both decoders refuse it."""
    return _IDENTIFIER.fullmatch(text) is not None


def is_workflow(text: str) -> bool:
    """``text`` is a whole workflow name (``WORKFLOW_PATTERN``; ``fullmatch``, as ``is_identifier``)."""
    return _WORKFLOW.fullmatch(text) is not None


class JsonInt:
    """A bounded integer as JSON Schema's ``"type": "integer"`` means it.

    JSON Schema counts ``3.0`` as an integer (a number with a zero fraction); pydantic's strict
    ``int`` does not, and ``Literal[1]`` takes ``true`` because ``True == 1`` in Python. This
    validator accepts exactly what the schema accepts: ints, and integral floats (stored as ints);
    never strings or booleans. Plain ints stay on pydantic's Rust path (the float branch and its
    Python call only run when the int branch failed), so the decode fast path keeps its speed.
    """

    def __init__(self, ge: int, le: int) -> None:
        self.ge = ge
        self.le = le

    def __get_pydantic_core_schema__(
        self, source: Any, handler: GetCoreSchemaHandler
    ) -> core_schema.CoreSchema:
        integral = core_schema.union_schema(
            [
                core_schema.int_schema(strict=True),
                core_schema.no_info_after_validator_function(
                    _integral, core_schema.float_schema(strict=True)
                ),
            ],
            custom_error_type="int_type",
            mode="left_to_right",
        )
        return core_schema.chain_schema(
            [integral, core_schema.int_schema(strict=True, ge=self.ge, le=self.le)]
        )


def _integral(value: float) -> int:
    if not value.is_integer():
        raise ValueError("not an integer")
    return int(value)


TimestampMs = Annotated[int, JsonInt(TS_MIN_MS, TS_MAX_MS)]
MAX_TEXT_CHARS = 20_000
MAX_CHUNKS = 2_000
Text = Annotated[str, Field(max_length=MAX_TEXT_CHARS)]
Name = Annotated[str, Field(pattern=NAME_PATTERN)]
Ident = Annotated[str, Field(pattern=ID_PATTERN)]


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
    truncated: bool | None = None  # the producer cut it to the limits (ingest/truncate.py)


class TokenChunk(_Closed):
    text: Text
    ts: TimestampMs


AgentTag = Literal["greeting", "consent_notice", "account_data", "confirmation", "filler"]


class AgentUtteranceData(_Closed):
    text: Text
    chunks: Annotated[tuple[TokenChunk, ...], Field(max_length=MAX_CHUNKS, strict=False)]  # lists are fine
    interrupted: bool | None = None
    tags: Annotated[tuple[AgentTag, ...], Field(max_length=16, strict=False)] = ()
    truncated: bool | None = None  # the producer cut it to the limits (ingest/truncate.py)


class InterruptData(_Closed):
    utterance_until_interrupt: Text
    duration_until_interrupt_ms: Annotated[int, JsonInt(0, 86_400_000)]
    truncated: bool | None = None  # the producer cut it to the limits (ingest/truncate.py)


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
    truncated: bool | None = None  # the producer cut it to the limits (ingest/truncate.py)


CallEndReason = Literal[
    "hangup",  # the caller hung up
    "agent_end",  # the agent sent `end`
    "handoff",  # the agent handed the call to a person
    "error",  # legacy: the session failed, side unknown
    "timeout",  # no-input/session timeout (completed/ended), or the media path timed out (failed)
    "agent_error",  # the agent crashed, raised, or closed with an error (always status failed)
    "upstream_lost",  # the tap's connection to the agent dropped or could not be opened (failed)
    "protocol_error",  # a frame broke the protocol; the tap closed 1007/1011 (failed)
    "shutdown",  # the process relaying the call was stopped: SIGTERM/SIGINT drain (failed)
]


class CallEndedData(_Closed):
    status: Literal["completed", "ended", "failed"]
    reason: CallEndReason


class AgentErrorData(_Closed):
    code: Annotated[str, Field(max_length=128)]
    message: Annotated[str, Field(max_length=4000)]


# ---- envelopes -------------------------------------------------------------------------------


class _Envelope(_Closed):
    schema_version: Annotated[Literal[1], JsonInt(1, 1)]
    event_id: Annotated[str, Field(pattern=UUID_PATTERN)]
    call_sid: Ident
    session_id: Annotated[str, Field(pattern=r"^$|" + ID_PATTERN)]
    seq: Annotated[int, JsonInt(0, 1_000_000)]
    ts: TimestampMs
    workflow: Annotated[str, Field(pattern=WORKFLOW_PATTERN)]
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
