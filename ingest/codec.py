"""Bytes <-> ``TurnEvent``: the one codec used by every transport (Kafka and the in-process bus).

``decode`` takes pydantic's ``validate_json`` fast path (JSON parsing and validation in Rust) and
only on failure re-parses the message to say *why* it failed, so a valid message costs one pass.

A msgspec decoder of the same contract was measured and removed (issue 19): the stream's consumers
read pydantic models (``isinstance``, ``model_copy``), and building those from Python cost more than
pydantic building them in Rust (``bench/decode.py``, docs/sizing.md).
"""

from __future__ import annotations

import re
from typing import Any

import orjson
from pydantic import TypeAdapter, ValidationError

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
