from __future__ import annotations

import orjson
import pytest

from ingest.deadletter import DeadLetterNote
from stream.errors import InvalidRatioExceeded
from stream.messages import DeadLetter, Position, RawMessage, ValidEvent
from stream.steps.validate import ValidateStep

from events import T0, CallBuilder, as_bytes
from recording import Recorder


def raw(value: bytes, offset: int = 0) -> RawMessage:
    return RawMessage(value, Position("t", 0, offset), T0)


def good() -> dict:
    return CallBuilder().started().events[0]


def step(**kwargs) -> tuple[ValidateStep, Recorder]:
    out = Recorder()
    return ValidateStep(out, **kwargs), out


def with_(event: dict, **changes) -> bytes:
    return as_bytes({**event, **changes})


@pytest.mark.parametrize(
    ("value", "code"),
    [
        pytest.param(b"{not json", "malformed_json", id="malformed-json"),
        pytest.param(b"[1, 2]", "malformed_json", id="not-an-object"),
        pytest.param(with_(good(), schema_version=2), "unknown_schema_version", id="schema-v2"),
        pytest.param(with_(good(), type="call.exploded"), "unknown_event_type", id="unknown-type"),
        pytest.param(with_(good(), seq="3"), "invalid_event", id="seq-as-string"),
        pytest.param(with_(good(), ts=42), "invalid_event", id="absurd-ts-1970"),
        pytest.param(with_(good(), ts=T0 + 2 * 3_600_000), "future_timestamp", id="two-hours-ahead"),
    ],
)
def test_bad_messages_become_dead_letters_with_a_reason(value: bytes, code: str) -> None:
    validate, out = step()
    validate.submit(raw(value, offset=9))
    [item] = out.items
    assert isinstance(item, DeadLetter)
    assert item.reason_code == code
    assert item.reason and "\n" not in item.reason
    assert item.position == Position("t", 0, 9)
    assert validate.reasons[code] == 1


def test_a_dead_letter_keeps_the_call_sid_for_joining_but_its_reason_never_echoes_values() -> None:
    event = good()
    event["data"] = {
        "direction": "inbound",
        "caller": 4155550198,
    }  # a phone number in a string field, as a number
    validate, out = step()
    validate.submit(raw(as_bytes(event)))
    [item] = out.items
    assert item.call_sid == event["call_sid"]
    assert "4155550198" not in item.reason


def test_valid_events_pass_through_decoded() -> None:
    validate, out = step()
    validate.submit(raw(as_bytes(good())))
    [item] = out.items
    assert isinstance(item, ValidEvent) and item.event.type == "call.started"
    assert validate.valid == 1 and validate.invalid == 0


def test_every_message_leaves_as_exactly_one_item() -> None:
    validate, out = step(max_invalid_ratio=1.0)
    values = [as_bytes(good()), b"", b"{", with_(good(), schema_version=0), as_bytes(good())]
    for i, v in enumerate(values):
        validate.submit(raw(v, i))
    assert len(out.items) == len(values)
    assert validate.valid + validate.invalid == len(values)


def test_stops_instead_of_dead_lettering_a_broken_producer_s_whole_stream() -> None:
    validate, out = step(max_invalid_ratio=0.5, window=20, min_messages=10)
    for i in range(5):
        validate.submit(raw(as_bytes(good()), i))
    with pytest.raises(InvalidRatioExceeded) as err:
        for i in range(5, 40):
            validate.submit(raw(b"garbage", i))
    # the message that tipped the ratio was not handed on, so its offset is never committed
    assert len(out.items) == err.value.invalid + 5 - 1
    assert "fix the producer" in str(err.value)


def test_json_numbers_are_not_coerced() -> None:
    event = good()
    event["data"] = {"direction": "inbound", "custom_parameters": {"k": 1}}
    validate, out = step()
    validate.submit(raw(orjson.dumps(event)))
    assert isinstance(out.items[0], DeadLetter)


def test_a_producers_overload_notes_are_stored_but_never_stop_the_worker() -> None:
    """An agent under load notes each event it could not build; those notes land in the DLQ under the
    producer's code, but they are losses already counted, not a broken stream, so the worker keeps going."""
    validate, out = step(max_invalid_ratio=0.5, window=20, min_messages=10)
    note = DeadLetterNote("producer_overload", "queue full", origin="agent", call_sid="CA" + "0" * 32)
    for i in range(40):
        validate.submit(raw(note.encode(), i))
    assert [d.reason_code for d in out.items] == ["producer_overload"] * 40
    assert (validate.noted, validate.invalid) == (40, 0)
