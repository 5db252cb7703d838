"""Bytes <-> turn events: the one codec used by every transport (Kafka and the in-process bus).

Two decoders of the one contract, which ``tests/ingest/test_contract.py`` proves accept and reject
the same messages and build the same events:

- ``decode_lean``, the stream's hot path: one compiled msgspec decode into the slotted structs of
  ``ingest.contract.lean`` (no pydantic model tree per event, nothing for the garbage collector to
  track: issue 19, docs/sizing.md);
- ``decode``, the edges (HTTP, CLI, tools): pydantic's ``validate_json`` into the models of
  ``ingest.contract.models``.

Both only re-parse a message that failed, to say *why* (``_classify``, the same typed errors and
reasons for both), so a valid message costs one pass. ``data_json`` is the stored form of an event's
``data`` and ``event_json`` a whole event's, the same text for a lean event as for its model.
"""

from __future__ import annotations

import re
from typing import Any

import msgspec
import orjson
from pydantic import BaseModel, TypeAdapter, ValidationError

from ingest.contract import lean
from ingest.contract.models import EVENT_TYPES, SCHEMA_VERSION, TurnEvent
from ingest.deadletter import is_note, note_error
from ingest.errors import (
    IngestError,
    InvalidEvent,
    MalformedMessage,
    UnknownEventType,
    UnsupportedSchemaVersion,
)
from ingest.reasons import describe

ADAPTER: TypeAdapter[TurnEvent] = TypeAdapter(TurnEvent)
_EVENT_TYPES = frozenset(EVENT_TYPES)
_VERSION_LIKE = re.compile(r"^[0-9A-Za-z.\-]{1,16}$")
_LEAN = msgspec.json.Decoder(lean.TurnEvent)
_ENCODER = msgspec.json.Encoder()


def encode(event: TurnEvent) -> bytes:
    """The wire form: compact JSON without null-valued optional fields."""
    return orjson.dumps(event.model_dump(mode="json", exclude_none=True))


def decode(value: bytes | str) -> TurnEvent:
    """Parse and validate one message.

    Raises ``MalformedMessage`` (not JSON, not an object), ``ProducerDeadLetter`` (a producer's
    dead-letter note, under the note's reason code: ``ingest/deadletter.py``),
    ``UnsupportedSchemaVersion`` (missing or not 1), ``UnknownEventType`` or ``InvalidEvent`` (any
    other contract violation).
    """
    try:
        return ADAPTER.validate_json(value)
    except ValidationError as err:
        raise _classify(value, err) from None


def decode_lean(value: bytes | str) -> lean.TurnEvent:
    """Parse and validate one message into a lean event; raises what ``decode`` raises, with the
    same reasons (a refused message is classified by the pydantic path, which says why)."""
    try:
        event: lean.TurnEvent = _LEAN.decode(value)
    except msgspec.DecodeError as lean_err:
        try:
            ADAPTER.validate_json(value)
        except ValidationError as err:
            raise _classify(value, err) from None
        # never seen (the contract test proves the two agree); refused all the same, never let through
        raise InvalidEvent(f"refused by the lean decoder only: {lean_err}") from None
    return event


def data_json(event: lean.TurnEvent | TurnEvent) -> str:
    """The stored ``events.data``: compact JSON of the event's (already redacted) data in field order,
    without null-valued fields; for a pydantic event its ``model_dump_json(exclude_none=True)``.

    The producer's own bytes are not stored instead: redaction rewrites the data, and a producer's JSON
    is not this form in general (key order, spacing, ``3.0`` for ``3``, explicit nulls), while a
    redelivery is told from a conflict by comparing stored text (``stream.steps.call_state``).
    """
    data = event.data
    if isinstance(data, lean._OmitNone):
        return _ENCODER.encode(data).decode()
    if isinstance(data, msgspec.Struct):  # defaults that are not None ({} and ()) are stored too
        fields = {name: getattr(data, name) for name in data.__struct_fields__}
        return _ENCODER.encode({k: v for k, v in fields.items() if v is not None}).decode()
    return data.model_dump_json(exclude_none=True)


def event_json(event: lean.TurnEvent | TurnEvent) -> str:
    """A whole event as JSON, null fields included: pydantic's ``model_dump_json()`` of the model."""
    if isinstance(event, BaseModel):
        return event.model_dump_json()
    return orjson.dumps(_plain(event)).decode()


def _plain(value: Any) -> Any:
    if isinstance(value, msgspec.Struct):
        out = {name: _plain(getattr(value, name)) for name in value.__struct_fields__ if name != "data"}
        if isinstance(value, lean._Envelope):  # pydantic's order: the tag and data come last
            envelope: Any = value
            out["type"] = envelope.type
            out["data"] = _plain(envelope.data)
        return out
    if isinstance(value, tuple):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


def as_lean(event: lean.TurnEvent | TurnEvent) -> lean.TurnEvent:
    """A lean event, given either kind: pydantic events built at the edges (tests, tools) enter the
    stream's code through here. No validation: a model is already valid, or deliberately changed."""
    if type(event) in lean.EVENT_CLASSES:
        return event  # type: ignore[return-value]
    converted: lean.TurnEvent = _from_model(event)
    return converted


def _from_model(value: Any) -> Any:
    if isinstance(value, BaseModel):
        cls = getattr(lean, type(value).__name__)
        return cls(**{name: _from_model(getattr(value, name)) for name in cls.__struct_fields__})
    if isinstance(value, tuple):
        return tuple(_from_model(v) for v in value)
    return value


def _classify(value: bytes | str, err: ValidationError) -> IngestError:
    try:
        obj: Any = orjson.loads(value)
    except orjson.JSONDecodeError:
        return MalformedMessage("message is not valid UTF-8 JSON")
    if not isinstance(obj, dict):
        return MalformedMessage(f"message is a JSON {_json_type(obj)}, not an object")
    if is_note(obj):
        return note_error(obj)
    if "schema_version" not in obj:
        return UnsupportedSchemaVersion("schema_version is missing")
    version = obj["schema_version"]
    if isinstance(version, bool) or version != SCHEMA_VERSION:
        return UnsupportedSchemaVersion(
            f"schema_version {_name_version(version)} is not supported (this code reads {SCHEMA_VERSION})"
        )
    if "type" in obj and (not isinstance(obj["type"], str) or obj["type"] not in _EVENT_TYPES):
        return UnknownEventType("type: is not a known v1 event type")
    return InvalidEvent(describe(err))


def _name_version(version: object) -> str:
    """The version as written when it is a plain number or short token, else only its JSON type."""
    if isinstance(version, int | float) and not isinstance(version, bool):
        return repr(version)
    if isinstance(version, str) and _VERSION_LIKE.match(version):
        return repr(version)
    return f"of type {_json_type(version)}"


def _json_type(obj: object) -> str:
    match obj:
        case None:
            return "null"
        case bool():
            return "boolean"
        case int() | float():
            return "number"
        case str():
            return "string"
        case list():
            return "array"
        case dict():
            return "object"
    return type(obj).__name__
