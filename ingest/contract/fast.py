"""The decode fast path: msgspec decodes and validates in C; the v1 models are then built without validation.

pydantic's ``validate_json`` validates a model tree per event in Rust but crosses into Python for every
integer field (``JsonInt``) and every nested model; on this contract it costs about three times
``orjson.loads``. Here ``msgspec`` parses and checks the message against Structs that mirror
``ingest/contract/models.py`` (which mirror ``turn-event.v1.json``) rule for rule, and the very same
model classes are then instantiated without validation (``_construct``), so every consumer keeps
``TurnEvent``, ``isinstance`` and attribute access, and an event decoded here equals the one pydantic
builds (same values, same ``model_fields_set``).

The fast path only ever *accepts*: ``decode_fast`` returns the event, or ``None`` for anything it does
not accept, and ``ingest.codec.decode`` then hands the message to pydantic, which raises the
classified error. A rejected message costs both passes, and reasons stay pydantic's. One kind of valid
message also takes the slow path: an integer field written as an integral float (``"seq": 7.0``, an
integer to JSON Schema), which msgspec's ``int`` refuses and pydantic's ``JsonInt`` accepts.
``tests/ingest/test_contract.py`` judges every mutation of its corpus by the schema, the models and
this module.
"""

from __future__ import annotations

import re
from typing import Annotated, Any, Literal

import msgspec
from msgspec import UNSET, Meta, Struct, UnsetType
from pydantic import BaseModel

from ingest.contract import models as m

_setattr = object.__setattr__
_new = object.__new__
_asdict = msgspec.structs.asdict


def _construct(cls: type[BaseModel], values: dict[str, Any], fields_set: set[str]) -> Any:
    """What ``model_construct`` does, without its per-field loop: the values are already final."""
    obj = _new(cls)
    _setattr(obj, "__dict__", values)
    _setattr(obj, "__pydantic_fields_set__", fields_set)
    _setattr(obj, "__pydantic_extra__", None)
    _setattr(obj, "__pydantic_private__", None)
    return obj


def _body(pattern: str) -> str:
    """``^X$`` -> ``(?:X)``, to be joined with others into one regex."""
    if not (pattern.startswith("^") and pattern.endswith("$")) or "$" in pattern[1:-1]:
        raise ValueError(f"not a simple anchored pattern: {pattern!r}")
    return f"(?:{pattern[1:-1]})"


def _joined(*patterns: str) -> re.Pattern[str]:
    """One regex over the fields joined by NUL: each field must match its pattern, and none may hold a
    NUL (no pattern admits one), so a field cannot pass as two. Anchored with ``\\Z``, the ECMA-262
    (and pydantic) meaning of ``$``: Python's ``$`` would also match before a final newline."""
    return re.compile("\x00".join(patterns) + r"\Z")


Text = Annotated[str, Meta(max_length=m.MAX_TEXT_CHARS)]
# Fields with a pattern are plain ``str`` to msgspec (which would call Python's ``re`` once per field,
# most of its cost here); ``_patterns_match`` checks all of an event's patterned fields in one call.
Name = str
Ident = str
Ts = Annotated[int, Meta(ge=m.TS_MIN_MS, le=m.TS_MAX_MS)]


class _Closed(Struct, forbid_unknown_fields=True, gc=False):
    pass


class _Agent(_Closed):
    name: Annotated[str, Meta(max_length=128)]
    version: Annotated[str, Meta(max_length=64)]
    model: Annotated[str, Meta(max_length=128)]
    prompt_version: Annotated[str, Meta(max_length=64)]


class _Flags(_Closed):
    canary: bool
    shadow: bool


class _CallStartedData(_Closed):
    direction: Literal["inbound", "outbound-api", "outbound-dial"]
    caller: Annotated[str, Meta(max_length=256)] | UnsetType | None = UNSET
    called: Annotated[str, Meta(max_length=256)] | UnsetType | None = UNSET
    lang: Annotated[str, Meta(max_length=35)] | UnsetType | None = UNSET
    custom_parameters: (
        Annotated[dict[str, Annotated[str, Meta(max_length=2000)]], Meta(max_length=64)] | UnsetType
    ) = UNSET


class _CallerUtteranceData(_Closed):
    text: Text
    final: bool
    lang: Annotated[str, Meta(max_length=35)] | UnsetType | None = UNSET
    truncated: bool | UnsetType | None = UNSET


class _TokenChunk(_Closed):
    text: Text
    ts: Ts


class _AgentUtteranceData(_Closed):
    text: Text
    chunks: Annotated[tuple[_TokenChunk, ...], Meta(max_length=m.MAX_CHUNKS)]
    interrupted: bool | UnsetType | None = UNSET
    tags: Annotated[tuple[m.AgentTag, ...], Meta(max_length=16)] | UnsetType = UNSET
    truncated: bool | UnsetType | None = UNSET


class _InterruptData(_Closed):
    utterance_until_interrupt: Text
    duration_until_interrupt_ms: Annotated[int, Meta(ge=0, le=86_400_000)]
    truncated: bool | UnsetType | None = UNSET


class _DtmfData(_Closed):
    digit: str  # pattern: _DATA_PATTERNS


class _SpeakerData(_Closed):
    who: Literal["agent", "client"]
    speaking: bool


class _IntentRecognizedData(_Closed):
    intent: Name
    confidence: Annotated[float, Meta(ge=0, le=1)] | UnsetType | None = UNSET


class _ToolCalledData(_Closed):
    tool: Name
    tool_call_id: Ident
    args_summary: Annotated[str, Meta(max_length=2000)] | UnsetType | None = UNSET


class _ToolResultData(_Closed):
    tool: Name
    tool_call_id: Ident
    ok: bool
    latency_ms: Annotated[float, Meta(ge=0, le=3_600_000)]
    error_code: Annotated[str, Meta(max_length=128)] | UnsetType | None = UNSET


class _IdentityVerifiedData(_Closed):
    method: Literal["knowledge", "otp", "caller_id", "other"]
    verified: bool


class _TaskStartedData(_Closed):
    task_id: Ident
    task: Name


class _TaskCompletedData(_Closed):
    task_id: Ident
    task: Name
    success: bool
    reason: Annotated[str, Meta(max_length=256)] | UnsetType | None = UNSET


class _HandoffRequestedData(_Closed):
    reason: Annotated[str, Meta(max_length=256)]
    trigger: m.HandoffTrigger
    handoff_data: Text | UnsetType | None = UNSET
    truncated: bool | UnsetType | None = UNSET


class _CallEndedData(_Closed):
    status: Literal["completed", "ended", "failed"]
    reason: m.CallEndReason


class _AgentErrorData(_Closed):
    code: Annotated[str, Meta(max_length=128)]
    message: Annotated[str, Meta(max_length=4000)]


class _Envelope(_Closed, tag_field="type"):
    schema_version: Literal[1]
    event_id: str  # patterns of the envelope: _ENVELOPE_PATTERNS
    call_sid: Ident
    session_id: str
    seq: Annotated[int, Meta(ge=0, le=1_000_000)]
    ts: Ts
    workflow: str
    agent: _Agent
    flags: _Flags


class _CallStarted(_Envelope, tag="call.started"):
    data: _CallStartedData


class _CallerUtterance(_Envelope, tag="caller.utterance"):
    data: _CallerUtteranceData


class _AgentUtterance(_Envelope, tag="agent.utterance"):
    data: _AgentUtteranceData


class _Interrupt(_Envelope, tag="interrupt"):
    data: _InterruptData


class _Dtmf(_Envelope, tag="dtmf"):
    data: _DtmfData


class _Speaker(_Envelope, tag="speaker"):
    data: _SpeakerData


class _IntentRecognized(_Envelope, tag="intent.recognized"):
    data: _IntentRecognizedData


class _ToolCalled(_Envelope, tag="tool.called"):
    data: _ToolCalledData


class _ToolResult(_Envelope, tag="tool.result"):
    data: _ToolResultData


class _IdentityVerified(_Envelope, tag="identity.verified"):
    data: _IdentityVerifiedData


class _TaskStarted(_Envelope, tag="task.started"):
    data: _TaskStartedData


class _TaskCompleted(_Envelope, tag="task.completed"):
    data: _TaskCompletedData


class _HandoffRequested(_Envelope, tag="handoff.requested"):
    data: _HandoffRequestedData


class _CallEnded(_Envelope, tag="call.ended"):
    data: _CallEndedData


class _AgentError(_Envelope, tag="agent.error"):
    data: _AgentErrorData


_FastEvent = (
    _CallStarted
    | _CallerUtterance
    | _AgentUtterance
    | _Interrupt
    | _Dtmf
    | _Speaker
    | _IntentRecognized
    | _ToolCalled
    | _ToolResult
    | _IdentityVerified
    | _TaskStarted
    | _TaskCompleted
    | _HandoffRequested
    | _CallEnded
    | _AgentError
)
_DECODER = msgspec.json.Decoder(_FastEvent)

# ---- Struct -> model ---------------------------------------------------------------------------

_PAIRS: dict[type[Struct], type[BaseModel]] = {
    _Agent: m.AgentInfo,
    _Flags: m.Flags,
    _TokenChunk: m.TokenChunk,
    _CallStartedData: m.CallStartedData,
    _CallerUtteranceData: m.CallerUtteranceData,
    _AgentUtteranceData: m.AgentUtteranceData,
    _InterruptData: m.InterruptData,
    _DtmfData: m.DtmfData,
    _SpeakerData: m.SpeakerData,
    _IntentRecognizedData: m.IntentRecognizedData,
    _ToolCalledData: m.ToolCalledData,
    _ToolResultData: m.ToolResultData,
    _IdentityVerifiedData: m.IdentityVerifiedData,
    _TaskStartedData: m.TaskStartedData,
    _TaskCompletedData: m.TaskCompletedData,
    _HandoffRequestedData: m.HandoffRequestedData,
    _CallEndedData: m.CallEndedData,
    _AgentErrorData: m.AgentErrorData,
}
_EVENTS: dict[type[Struct], type[BaseModel]] = {
    _CallStarted: m.CallStarted,
    _CallerUtterance: m.CallerUtterance,
    _AgentUtterance: m.AgentUtterance,
    _Interrupt: m.Interrupt,
    _Dtmf: m.Dtmf,
    _Speaker: m.Speaker,
    _IntentRecognized: m.IntentRecognized,
    _ToolCalled: m.ToolCalled,
    _ToolResult: m.ToolResult,
    _IdentityVerified: m.IdentityVerified,
    _TaskStarted: m.TaskStarted,
    _TaskCompleted: m.TaskCompleted,
    _HandoffRequested: m.HandoffRequested,
    _CallEnded: m.CallEnded,
    _AgentError: m.AgentError,
}


def _check_mirror() -> dict[type[Struct], tuple[type[BaseModel], tuple[tuple[str, Any], ...]]]:
    """Each Struct names exactly its model's fields, in the model's order, optional ones defaulting to
    UNSET; returns, per Struct, its model and the model's default for each optional field."""
    plans = {}
    for struct, model in _PAIRS.items():
        fields = model.model_fields
        if struct.__struct_fields__ != tuple(fields):
            raise TypeError(f"{struct.__name__} does not mirror {model.__name__}'s fields")
        optional = []
        first_default = len(struct.__struct_fields__) - len(struct.__struct_defaults__)
        for name, info in fields.items():
            if info.is_required():
                continue
            index = struct.__struct_fields__.index(name) - first_default
            if index < 0 or struct.__struct_defaults__[index] is not UNSET:
                raise TypeError(f"{struct.__name__}.{name} must default to UNSET")
            optional.append((name, info.get_default(call_default_factory=True)))
        plans[struct] = (model, tuple(optional))
    if {cls.__struct_config__.tag for cls in _EVENTS} != set(m.EVENT_TYPES):
        raise TypeError("the fast path's event types are not the v1 event types")
    for struct, model in _EVENTS.items():
        if (*struct.__struct_fields__[:-1], "type", "data") != tuple(model.model_fields):
            raise TypeError(f"{struct.__name__} does not mirror {model.__name__}'s fields")
        if model.model_fields["type"].annotation.__args__ != (struct.__struct_config__.tag,):  # type: ignore[union-attr]
            raise TypeError(f"{struct.__name__} is not tagged as {model.__name__}")
    return plans


_PLANS = _check_mirror()
_ENVELOPE_SET = frozenset([*m.CallStarted.model_fields])
_BY_STRUCT = {struct: (model, str(struct.__struct_config__.tag)) for struct, model in _EVENTS.items()}


def _model(struct: Any) -> Any:
    model, optional = _PLANS[type(struct)]
    values = _asdict(struct)
    present = set(values)
    for name, default in optional:
        if values[name] is UNSET:
            values[name] = {} if default == {} else default  # a fresh dict, as pydantic copies defaults
            present.discard(name)
    return model, values, present


def _data(struct: Any) -> Any:
    model, values, present = _model(struct)
    chunks = values.get("chunks")
    if chunks:  # agent.utterance: the token chunks are models too
        chunk_model = m.TokenChunk
        values["chunks"] = tuple(
            [_construct(chunk_model, {"text": c.text, "ts": c.ts}, {"text", "ts"}) for c in chunks]
        )
    return _construct(model, values, present)


_AGENT_FIELDS = ("name", "version", "model", "prompt_version")
_WORKFLOW = r"^[a-z][a-z0-9_]{0,63}$"
_ENVELOPE_PATTERNS = _joined(
    _body(m._UUID),
    _body(m._ID),
    _body(m._ID) + "?",
    _body(_WORKFLOW),  # session_id: "^$|" + _ID
)
_DATA_PATTERNS: dict[str, tuple[tuple[str, ...], re.Pattern[str]]] = {
    "dtmf": (("digit",), _joined(_body(r"^[0-9*#]$"))),
    "intent.recognized": (("intent",), _joined(_body(m._NAME))),
    "tool.called": (("tool", "tool_call_id"), _joined(_body(m._NAME), _body(m._ID))),
    "tool.result": (("tool", "tool_call_id"), _joined(_body(m._NAME), _body(m._ID))),
    "task.started": (("task_id", "task"), _joined(_body(m._ID), _body(m._NAME))),
    "task.completed": (("task_id", "task"), _joined(_body(m._ID), _body(m._NAME))),
}


def _patterns_match(struct: Any, tag: str) -> bool:
    if (
        _ENVELOPE_PATTERNS.match(
            f"{struct.event_id}\x00{struct.call_sid}\x00{struct.session_id}\x00{struct.workflow}"
        )
        is None
    ):
        return False
    rule = _DATA_PATTERNS.get(tag)
    if rule is None:
        return True
    fields, pattern = rule
    data = struct.data
    return pattern.match("\x00".join([getattr(data, f) for f in fields])) is not None


def decode_fast(value: bytes | str) -> m.TurnEvent | None:
    """Parse and validate one message; ``None`` when the fast path does not accept it (see above)."""
    try:
        struct: Any = _DECODER.decode(value)
    except msgspec.DecodeError:
        return None
    model, tag = _BY_STRUCT[type(struct)]
    if not _patterns_match(struct, tag):
        return None
    a, f = struct.agent, struct.flags
    values = {
        "schema_version": struct.schema_version,
        "event_id": struct.event_id,
        "call_sid": struct.call_sid,
        "session_id": struct.session_id,
        "seq": struct.seq,
        "ts": struct.ts,
        "workflow": struct.workflow,
        "agent": _construct(
            m.AgentInfo,
            {"name": a.name, "version": a.version, "model": a.model, "prompt_version": a.prompt_version},
            set(_AGENT_FIELDS),
        ),
        "flags": _construct(m.Flags, {"canary": f.canary, "shadow": f.shadow}, {"canary", "shadow"}),
        "type": tag,
        "data": _data(struct.data),
    }
    event: m.TurnEvent = _construct(model, values, set(_ENVELOPE_SET))
    return event


def decode_struct(value: bytes | str) -> Any | None:
    """The message as the fast path's Struct (no model built), or ``None`` if it does not accept it:
    what decoding costs where a consumer reads the Structs (``bench/decode.py``)."""
    try:
        struct = _DECODER.decode(value)
    except msgspec.DecodeError:
        return None
    return struct if _patterns_match(struct, _BY_STRUCT[type(struct)][1]) else None


def validate_only(value: bytes | str) -> bool:
    """Whether the fast path accepts the message (Structs built, no model)."""
    return decode_struct(value) is not None
