"""The pattern redactor and the redact step: typed tokens for personal numbers and addresses, ordinary speech
left alone, every text-bearing field and dead letter redacted. Its table cases are rows of
``test_redaction.yaml``."""

from __future__ import annotations

from pathlib import Path

import orjson
from case_rows import CaseTable

from stream.messages import DeadLetter, Position, ValidEvent
from stream.redaction.base import Tokenizer, redact_pieces, redact_text
from stream.redaction.patterns import PatternRedactor
from stream.steps.redact import DTMF_PLACEHOLDER, RedactStep

from events import CallBuilder, parsed
from recording import Recorder

TOKENS = Tokenizer(b"test-key")
REDACTOR = PatternRedactor(TOKENS)
TABLE = CaseTable(Path(__file__).with_suffix(".yaml"))


@TABLE.parametrize("text", "secret", "kind")
def test_personal_numbers_and_addresses_are_replaced_by_typed_tokens(
    text: str, secret: str, kind: str
) -> None:
    redacted = redact_text(REDACTOR, text)
    assert secret not in redacted
    assert f"<{kind}:" in redacted


@TABLE.parametrize("text")
def test_ordinary_speech_is_left_alone(text: str) -> None:
    assert redact_text(REDACTOR, text) == text


def test_the_same_value_gets_the_same_token_and_another_key_another_token() -> None:
    a = redact_text(REDACTOR, "4155550198")
    assert a == redact_text(REDACTOR, "four one five five five five zero one nine eight")
    assert a != redact_text(PatternRedactor(Tokenizer(b"other-key")), "4155550198")


def test_a_number_split_across_token_chunks_is_still_found() -> None:
    pieces = ["Your card ", "ending 4111 11", "11 1111 1111 is ", "on file."]
    out = redact_pieces(REDACTOR, pieces)
    assert len(out) == len(pieces)
    assert "".join(out) == redact_text(REDACTOR, "".join(pieces))
    assert not any(ch.isdigit() for piece in out for ch in piece if piece.find("<") < 0)


def _through_step(events: list[dict]) -> list:
    out = Recorder()
    step = RedactStep(out, REDACTOR, TOKENS)
    for i, event in enumerate(parsed(events)):
        step.submit(ValidEvent(event, Position("t", 0, i), 0))
    return [item.event for item in out.items]


def test_every_text_bearing_field_is_redacted() -> None:
    call = CallBuilder().started()
    call.caller(1_000, "my number is 415 555 0198")
    call.agent(2_000, "I have 415 555 ", "0198 on file")
    call.add(
        "interrupt", 2_500, utterance_until_interrupt="I have 415 555 0198", duration_until_interrupt_ms=400
    )
    call.add("dtmf", 2_600, digit="7")
    call.add("tool.called", 2_700, tool="lookup", tool_call_id="t1", args_summary="phone=4155550198")
    call.add(
        "handoff.requested",
        2_800,
        reason="caller 4155550198 upset",
        trigger="frustration",
        handoff_data='{"phone":"4155550198"}',
    )
    call.add("agent.error", 2_900, code="x", message="lookup failed for 4155550198")
    call.add(
        "task.completed",
        3_000,
        task_id="k1",
        task="payment",
        success=False,
        reason="card 4111111111111111 declined",
    )
    redacted = _through_step(call.events)
    dumped = b"".join(orjson.dumps(e.data.model_dump(mode="json")) for e in redacted)  # ids are not PII
    for secret in (b"555", b"0198", b"4111", b"+1415"):
        assert secret not in dumped
    assert redacted[0].data.caller.startswith("<CALLER:")
    dtmf = next(e for e in redacted if e.type == "dtmf")
    assert dtmf.data.digit == DTMF_PLACEHOLDER


def test_a_dead_letter_payload_is_redacted_but_keeps_its_identifiers() -> None:
    out = Recorder()
    step = RedactStep(out, REDACTOR, TOKENS)
    payload = (
        '{"call_sid": "CA123", "ts": 1764000000000, "data": {"text": 4155550198, "note": "ssn 123 45 6789"}}'
    )
    step.submit(
        DeadLetter(Position("t", 0, 0), 0, "invalid_event", "data.text: wrong type", payload, "CA123")
    )
    [item] = out.items
    assert "4155550198" not in item.payload and "6789" not in item.payload
    assert '"call_sid":"CA123"' in item.payload and "1764000000000" in item.payload


def test_a_broken_json_dead_letter_is_redacted_as_text() -> None:
    out = Recorder()
    step = RedactStep(out, REDACTOR, TOKENS)
    step.submit(
        DeadLetter(Position("t", 0, 0), 0, "malformed_json", "not JSON", '{"text": "call 415 555 0198', None)
    )
    assert "0198" not in out.items[0].payload


class CountingBatchRedactor:
    """The pattern redactor, with a ``find_all`` that counts its calls (like the Presidio one)."""

    name = "counting"

    def __init__(self) -> None:
        self.batches: list[int] = []
        self.single = 0

    def find(self, text: str):
        self.single += 1
        return REDACTOR.find(text)

    def find_all(self, texts):
        self.batches.append(len(texts))
        return [REDACTOR.find(t) for t in texts]


def _call_with_pii() -> list[dict]:
    call = CallBuilder().started()
    for i in range(10):
        call.caller(1_000 * (i + 1), f"my number is 415 555 01{i:02d}")
        call.agent(1_000 * (i + 1) + 300, "I have 415 555 ", f"01{i:02d} on file")
    return call.events


def test_a_batch_redactor_gets_the_texts_of_many_events_at_once_and_order_is_kept() -> None:
    events = parsed(_call_with_pii())
    one_by_one, batched = Recorder(), Recorder()
    single = RedactStep(one_by_one, REDACTOR, TOKENS)
    counting = CountingBatchRedactor()
    many = RedactStep(batched, counting, TOKENS, batch_size=8)
    for i, event in enumerate(events):
        single.submit(ValidEvent(event, Position("t", 0, i), 0))
        many.submit(ValidEvent(event, Position("t", 0, i), 0))
    many.join()
    assert [item.position.offset for item in batched.items] == list(range(len(events)))
    assert [item.event for item in batched.items] == [item.event for item in one_by_one.items]
    assert counting.batches and max(counting.batches) > 1  # texts of several events in one call
    assert counting.single == 0  # every text was answered from a batch


def test_held_events_are_handed_on_at_the_next_poll() -> None:
    out = Recorder()
    step = RedactStep(out, CountingBatchRedactor(), TOKENS, batch_size=64)
    [event] = parsed(_call_with_pii()[:1])
    step.submit(ValidEvent(event, Position("t", 0, 0), 0))
    assert out.items == []
    step.poll()
    assert len(out.items) == 1 and out.polls == 1
