"""The turn-event contract v1 as msgspec Structs: what the stream's hot path decodes into.

Same class names, field names, order and limits as the pydantic models of ``models.py`` (which stay
at the edges: HTTP, CLI, config, the producers), but an event is one compiled decode into slotted,
untracked-by-GC structs instead of a pydantic model tree (issue 19: pydantic's ``validate_json`` and
the garbage collection of its trees were ~35 % of the plain chain). ``tests/ingest/test_contract.py``
proves that this decoder, the pydantic models and the JSON Schema accept and reject the same messages,
and that what it builds is what the models build.

Where the contract cannot be said in msgspec's constraints, it is said here once:

- JSON Schema's ``"type": "integer"`` takes ``3.0``; msgspec's strict ``int`` does not, so such a field
  is ``int | float`` and ``__post_init__`` keeps integral floats, as ints (``_integral``);
- msgspec's ``pattern`` is Python's ``re.search``, where ``$`` also matches before a final newline:
  the patterns end in ``\\Z`` (the contract's patterns are ECMA-262's, where ``$`` is the end);
- the ``type`` tag is a class attribute (``ClassVar``), as readers of ``event.type`` expect.

The structs are frozen; ``model_copy(update=...)`` returns a changed copy, as the pydantic method
does, so code written for either (the redaction's ``EventRedactor``) works on both.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Any, ClassVar, Literal, TypeAlias, get_args

import msgspec
from msgspec import Meta

from ingest.contract.models import (
    ID_PATTERN,
    MAX_CHUNKS,
    MAX_TEXT_CHARS,
    NAME_PATTERN,
    TS_MAX_MS,
    TS_MIN_MS,
    UUID_PATTERN,
    WORKFLOW_PATTERN,
)


def _body(pattern: str) -> str:
    """One of the models' ``^...$`` patterns without its anchors."""
    return pattern.removeprefix("^").removesuffix("$")


# the models' patterns, ending in \Z (msgspec searches with Python's re)
_ID = "^" + _body(ID_PATTERN) + r"\Z"
_NAME = "^" + _body(NAME_PATTERN) + r"\Z"
_UUID = "^" + _body(UUID_PATTERN) + r"\Z"
_SESSION = r"^(?:|" + _body(ID_PATTERN) + r")\Z"
_WORKFLOW = "^" + _body(WORKFLOW_PATTERN) + r"\Z"

Text = Annotated[str, Meta(max_length=MAX_TEXT_CHARS)]
Name = Annotated[str, Meta(pattern=_NAME)]
Ident = Annotated[str, Meta(pattern=_ID)]
Lang = Annotated[str, Meta(max_length=35)]
if TYPE_CHECKING:  # what readers see: every integer field is an int once decoded (``_integral``)
    Ts: TypeAlias = int
    Version: TypeAlias = int
    Seq: TypeAlias = int
    DurationMs: TypeAlias = int
else:
    Ts = Annotated[int, Meta(ge=TS_MIN_MS, le=TS_MAX_MS)] | Annotated[float, Meta(ge=TS_MIN_MS, le=TS_MAX_MS)]
    Version = Annotated[int, Meta(ge=1, le=1)] | Annotated[float, Meta(ge=1, le=1)]
    Seq = Annotated[int, Meta(ge=0, le=1_000_000)] | Annotated[float, Meta(ge=0, le=1_000_000)]
    DurationMs = Annotated[int, Meta(ge=0, le=86_400_000)] | Annotated[float, Meta(ge=0, le=86_400_000)]


def _integral(struct: msgspec.Struct, *names: str) -> None:
    """Turn the integral floats of fields ``names`` into ints; refuse a fraction, as the schema does."""
    for name in names:
        value = getattr(struct, name)
        if type(value) is float:
            if not value.is_integer():
                raise ValueError(f"`{name}` is not an integer")
            msgspec.structs.force_setattr(struct, name, int(value))


class _Closed(msgspec.Struct, forbid_unknown_fields=True, frozen=True, gc=False):
    """Closed (unknown keys are errors) and frozen. ``gc=False``: a struct holds strings, numbers
    and other structs, never a cycle, so the collector need not track it."""

    def model_copy(self, *, update: dict[str, Any] | None = None) -> Any:
        """A copy with ``update`` applied (pydantic's ``model_copy``, for code written for both)."""
        return msgspec.structs.replace(self, **(update or {}))


class _OmitNone(_Closed, frozen=True, omit_defaults=True):
    """Data whose only defaults are ``None``: encoding it omits exactly the ``None`` fields, which is
    the stored ``data`` form (pydantic's ``model_dump_json(exclude_none=True)``)."""


class AgentInfo(_Closed, frozen=True):
    name: Annotated[str, Meta(max_length=128)]
    version: Annotated[str, Meta(max_length=64)]
    model: Annotated[str, Meta(max_length=128)]
    prompt_version: Annotated[str, Meta(max_length=64)]


class Flags(_Closed, frozen=True):
    canary: bool
    shadow: bool


# ---- data payloads, one per event type -------------------------------------------------------


class CallStartedData(_Closed, frozen=True):
    direction: Literal["inbound", "outbound-api", "outbound-dial"]
    caller: Annotated[str, Meta(max_length=256)] | None = None
    called: Annotated[str, Meta(max_length=256)] | None = None
    lang: Lang | None = None
    custom_parameters: Annotated[dict[str, Annotated[str, Meta(max_length=2000)]], Meta(max_length=64)] = {}


class CallerUtteranceData(_OmitNone, frozen=True):
    text: Text
    final: bool
    lang: Lang | None = None
    truncated: bool | None = None


class TokenChunk(_Closed, frozen=True):
    text: Text
    ts: Ts

    def __post_init__(self) -> None:
        _integral(self, "ts")


AgentTag = Literal["greeting", "consent_notice", "account_data", "confirmation", "filler"]


class AgentUtteranceData(_Closed, frozen=True):
    text: Text
    chunks: Annotated[tuple[TokenChunk, ...], Meta(max_length=MAX_CHUNKS)]
    interrupted: bool | None = None
    tags: Annotated[tuple[AgentTag, ...], Meta(max_length=16)] = ()
    truncated: bool | None = None


class InterruptData(_OmitNone, frozen=True):
    utterance_until_interrupt: Text
    duration_until_interrupt_ms: DurationMs
    truncated: bool | None = None

    def __post_init__(self) -> None:
        _integral(self, "duration_until_interrupt_ms")


class DtmfData(_OmitNone, frozen=True):
    digit: Annotated[str, Meta(pattern=r"^[0-9*#]\Z")]


class SpeakerData(_OmitNone, frozen=True):
    who: Literal["agent", "client"]
    speaking: bool


class IntentRecognizedData(_OmitNone, frozen=True):
    intent: Name
    confidence: Annotated[float, Meta(ge=0, le=1)] | None = None


class ToolCalledData(_OmitNone, frozen=True):
    tool: Name
    tool_call_id: Ident
    args_summary: Annotated[str, Meta(max_length=2000)] | None = None


class ToolResultData(_OmitNone, frozen=True):
    tool: Name
    tool_call_id: Ident
    ok: bool
    latency_ms: Annotated[float, Meta(ge=0, le=3_600_000)]
    error_code: Annotated[str, Meta(max_length=128)] | None = None


class IdentityVerifiedData(_OmitNone, frozen=True):
    method: Literal["knowledge", "otp", "caller_id", "other"]
    verified: bool


class TaskStartedData(_OmitNone, frozen=True):
    task_id: Ident
    task: Name


class TaskCompletedData(_OmitNone, frozen=True):
    task_id: Ident
    task: Name
    success: bool
    reason: Annotated[str, Meta(max_length=256)] | None = None


HandoffTrigger = Literal["keyword", "frustration", "tool_failure", "policy", "caller_request"]


class HandoffRequestedData(_OmitNone, frozen=True):
    reason: Annotated[str, Meta(max_length=256)]
    trigger: HandoffTrigger
    handoff_data: Text | None = None
    truncated: bool | None = None


CallEndReason = Literal[
    "hangup",
    "agent_end",
    "handoff",
    "error",
    "timeout",
    "agent_error",
    "upstream_lost",
    "protocol_error",
    "shutdown",
]  # fmt: skip  (what each means: models.CallEndReason)


class CallEndedData(_OmitNone, frozen=True):
    status: Literal["completed", "ended", "failed"]
    reason: CallEndReason


class AgentErrorData(_OmitNone, frozen=True):
    code: Annotated[str, Meta(max_length=128)]
    message: Annotated[str, Meta(max_length=4000)]


# ---- envelopes -------------------------------------------------------------------------------


class _Envelope(_Closed, tag_field="type", frozen=True):
    schema_version: Version
    event_id: Annotated[str, Meta(pattern=_UUID)]
    call_sid: Ident
    session_id: Annotated[str, Meta(pattern=_SESSION)]
    seq: Seq
    ts: Ts
    workflow: Annotated[str, Meta(pattern=_WORKFLOW)]
    agent: AgentInfo
    flags: Flags

    def __post_init__(self) -> None:
        _integral(self, "schema_version", "seq", "ts")


class CallStarted(_Envelope, tag="call.started", frozen=True):
    type: ClassVar[Literal["call.started"]] = "call.started"
    data: CallStartedData


class CallerUtterance(_Envelope, tag="caller.utterance", frozen=True):
    type: ClassVar[Literal["caller.utterance"]] = "caller.utterance"
    data: CallerUtteranceData


class AgentUtterance(_Envelope, tag="agent.utterance", frozen=True):
    """One agent talk cycle; ``ts`` is the send time of its first chunk."""

    type: ClassVar[Literal["agent.utterance"]] = "agent.utterance"
    data: AgentUtteranceData


class Interrupt(_Envelope, tag="interrupt", frozen=True):
    type: ClassVar[Literal["interrupt"]] = "interrupt"
    data: InterruptData


class Dtmf(_Envelope, tag="dtmf", frozen=True):
    type: ClassVar[Literal["dtmf"]] = "dtmf"
    data: DtmfData


class Speaker(_Envelope, tag="speaker", frozen=True):
    type: ClassVar[Literal["speaker"]] = "speaker"
    data: SpeakerData


class IntentRecognized(_Envelope, tag="intent.recognized", frozen=True):
    type: ClassVar[Literal["intent.recognized"]] = "intent.recognized"
    data: IntentRecognizedData


class ToolCalled(_Envelope, tag="tool.called", frozen=True):
    type: ClassVar[Literal["tool.called"]] = "tool.called"
    data: ToolCalledData


class ToolResult(_Envelope, tag="tool.result", frozen=True):
    type: ClassVar[Literal["tool.result"]] = "tool.result"
    data: ToolResultData


class IdentityVerified(_Envelope, tag="identity.verified", frozen=True):
    type: ClassVar[Literal["identity.verified"]] = "identity.verified"
    data: IdentityVerifiedData


class TaskStarted(_Envelope, tag="task.started", frozen=True):
    type: ClassVar[Literal["task.started"]] = "task.started"
    data: TaskStartedData


class TaskCompleted(_Envelope, tag="task.completed", frozen=True):
    type: ClassVar[Literal["task.completed"]] = "task.completed"
    data: TaskCompletedData


class HandoffRequested(_Envelope, tag="handoff.requested", frozen=True):
    type: ClassVar[Literal["handoff.requested"]] = "handoff.requested"
    data: HandoffRequestedData


class CallEnded(_Envelope, tag="call.ended", frozen=True):
    type: ClassVar[Literal["call.ended"]] = "call.ended"
    data: CallEndedData


class AgentError(_Envelope, tag="agent.error", frozen=True):
    type: ClassVar[Literal["agent.error"]] = "agent.error"
    data: AgentErrorData


TurnEvent: TypeAlias = (
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
    | AgentError
)

EVENT_CLASSES: frozenset[type] = frozenset(get_args(TurnEvent))
"""The union's members, read from it: the list of event classes is written once, in ``TurnEvent``."""
