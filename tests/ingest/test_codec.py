"""decode/encode: round trips, and errors classified so the DLQ says what went wrong, without PII."""

from __future__ import annotations

import json
import re
from typing import Any

import orjson
import pytest

from ingest.codec import decode, encode
from ingest.contract.schema import INVALID_EXAMPLES_DIR, example_paths, invalid_example_paths
from ingest.deadletter import DeadLetterNote, ProducerDeadLetter
from ingest.errors import (
    IngestError,
    InvalidEvent,
    MalformedMessage,
    UnknownEventType,
    UnsupportedSchemaVersion,
)

EXAMPLES = {p.stem: p.read_bytes() for p in example_paths()}
PHONE = "+14155550123"
CARD = "4111 1111 1111 1111"


def example(name: str, **changes: Any) -> dict[str, Any]:
    message: dict[str, Any] = json.loads(EXAMPLES[name])
    message.update(changes)
    return message


def without_nulls(node: Any) -> Any:
    if isinstance(node, dict):
        return {k: without_nulls(v) for k, v in node.items() if v is not None}
    if isinstance(node, list):
        return [without_nulls(v) for v in node]
    return node


@pytest.mark.parametrize("name", sorted(EXAMPLES))
def test_round_trip(schema_validator: Any, name: str) -> None:
    event = decode(EXAMPLES[name])
    wire = encode(event)
    assert decode(wire) == event
    assert decode(wire.decode()) == event  # str input too
    assert orjson.loads(wire) == without_nulls(json.loads(EXAMPLES[name]))
    assert schema_validator.is_valid(orjson.loads(wire))


def test_integral_float_is_read_as_int() -> None:
    """JSON Schema's integer includes 7.0; the event carries the int 7."""
    event = decode(json.dumps(example("dtmf", seq=7.0)))
    assert event.seq == 7 and type(event.seq) is int


def _readme_codes() -> dict[str, str]:
    readme = (INVALID_EXAMPLES_DIR / "README.md").read_text()
    return dict(re.findall(r"^\| `([^`]+)\.json` \| `([a-z_]+)` \|", readme, flags=re.MULTILINE))


@pytest.mark.parametrize("path", invalid_example_paths(), ids=lambda p: p.stem)
def test_invalid_examples_raise_the_documented_code(path: Any) -> None:
    with pytest.raises(IngestError) as caught:
        decode(path.read_bytes())
    assert caught.value.code == _readme_codes()[path.stem]


CASES: list[tuple[str, bytes | str, type[IngestError], str]] = [
    ("not json", b"hello", MalformedMessage, "malformed_json"),
    ("empty", b"", MalformedMessage, "malformed_json"),
    ("not utf-8", b"\xff\xfe{}", MalformedMessage, "malformed_json"),
    ("truncated", EXAMPLES["dtmf"][:40], MalformedMessage, "malformed_json"),
    ("array", b"[1, 2]", MalformedMessage, "malformed_json"),
    ("string", b'"call.started"', MalformedMessage, "malformed_json"),
    ("null", b"null", MalformedMessage, "malformed_json"),
    ("no version", json.dumps({"type": "dtmf"}), UnsupportedSchemaVersion, "unknown_schema_version"),
    ("version 2", json.dumps(example("dtmf", schema_version=2)), UnsupportedSchemaVersion, "unknown_schema_version"),
    ("version '1'", json.dumps(example("dtmf", schema_version="1")), UnsupportedSchemaVersion, "unknown_schema_version"),
    ("version true", json.dumps(example("dtmf", schema_version=True)), UnsupportedSchemaVersion, "unknown_schema_version"),
    ("version null", json.dumps(example("dtmf", schema_version=None)), UnsupportedSchemaVersion, "unknown_schema_version"),
    ("v2 with new type", json.dumps(example("dtmf", schema_version=2, type="x.new")), UnsupportedSchemaVersion, "unknown_schema_version"),
    ("unknown type", json.dumps(example("dtmf", type="dtmf.pressed")), UnknownEventType, "unknown_event_type"),
    ("numeric type", json.dumps(example("dtmf", type=5)), UnknownEventType, "unknown_event_type"),
    ("type missing", json.dumps({k: v for k, v in example("dtmf").items() if k != "type"}), InvalidEvent, "invalid_event"),
    ("data of another type", json.dumps(example("dtmf", type="speaker")), InvalidEvent, "invalid_event"),
    ("seq negative", json.dumps(example("dtmf", seq=-1)), InvalidEvent, "invalid_event"),
]  # fmt: skip


@pytest.mark.parametrize(("raw", "error", "code"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_decode_classifies_errors(raw: bytes | str, error: type[IngestError], code: str) -> None:
    with pytest.raises(error) as caught:
        decode(raw)
    assert type(caught.value) is error
    assert caught.value.code == code
    assert str(caught.value) == caught.value.reason and "\n" not in caught.value.reason


def test_unknown_event_type_is_an_invalid_event() -> None:
    with pytest.raises(InvalidEvent):
        decode(json.dumps(example("dtmf", type="dtmf.pressed")))


def test_unsupported_version_is_named() -> None:
    with pytest.raises(UnsupportedSchemaVersion, match=r"schema_version 2 is not supported"):
        decode(json.dumps(example("dtmf", schema_version=2)))
    with pytest.raises(UnsupportedSchemaVersion, match="missing"):
        decode(json.dumps({"type": "dtmf"}))


def test_version_that_looks_like_data_is_not_echoed() -> None:
    with pytest.raises(UnsupportedSchemaVersion) as caught:
        decode(json.dumps(example("dtmf", schema_version=PHONE)))
    assert PHONE not in caught.value.reason and "string" in caught.value.reason


def _reason(message: dict[str, Any]) -> str:
    with pytest.raises(InvalidEvent) as caught:
        decode(json.dumps(message))
    return caught.value.reason


def test_reason_names_paths_but_never_values() -> None:
    utterance = example("caller_utterance")
    utterance["call_sid"] = 14155550123  # a phone number in a string field
    utterance["data"]["final"] = f"my card is {CARD}"  # transcript text in a boolean field
    utterance["data"][PHONE] = "call me back"  # PII as an unknown key
    utterance["data"]["text"] = 7
    reason = _reason(utterance)
    for value in ("14155550123", CARD, PHONE, "call me back", "my card"):
        assert value not in reason
    assert "call_sid: must be a string" in reason
    assert "data.final: must be a boolean" in reason
    assert "data.text: must be a string" in reason
    assert "data.<key>: is not a field of this event" in reason


def test_reason_names_limits_from_the_contract() -> None:
    reason = _reason(example("call_ended", ts=1736870431))
    assert reason == "ts: must be >= 1577836800000"
    chunks = example("agent_utterance")
    chunks["data"]["chunks"][1]["ts"] = "1736870400610"
    assert _reason(chunks) == "data.chunks[1].ts: must be an integer"


def test_reason_is_capped() -> None:
    message = example("agent_utterance")
    message["data"]["tags"] = ["not-a-tag"] * 16
    reason = _reason(message)
    assert reason.endswith("(+11 more)") and reason.count("data.tags[") == 5


def test_a_producers_dead_letter_note_is_filed_under_its_code_and_origin() -> None:
    note = DeadLetterNote("invalid_event", "data.text: is too long", "http_ingest", call_sid="CA1")
    with pytest.raises(ProducerDeadLetter) as caught:
        decode(note.encode())
    assert (caught.value.code, caught.value.reason) == (
        "invalid_event",
        "http_ingest: data.text: is too long",
    )
    forged = orjson.dumps({"dead_letter": {"reason_code": "+14155550123", "reason": "r"}})
    with pytest.raises(ProducerDeadLetter) as caught:
        decode(forged)  # a code is a metric label: only the listed ones pass
    assert caught.value.code == "producer_dead_letter"
    with pytest.raises(ValueError, match="PRODUCER_REASON_CODES"):
        DeadLetterNote("made_up", "r", "tap")
