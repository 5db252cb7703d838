"""The redaction step's cheaper paths (issue 19, brief G19r) give what the plain paths gave.

The redact step asks about a batch's texts first (``EventRedactor.read_event`` with a ``TextRecorder``)
and copies only the events in which something was found; placeholders are remembered per value. A user
sees none of this but the speed: every stored text must be the one the plain paths stored.
"""

from __future__ import annotations

import hashlib
import hmac
from typing import Any, cast

import orjson
from hypothesis import given, settings
from hypothesis import strategies as st

from agent.simulator.library import generate_calls
from ingest.codec import decode_lean, event_json
from ingest.contract import lean
from stream.messages import Position, ValidEvent
from stream.redaction.base import Tokenizer
from stream.redaction.canonical import canonical
from stream.redaction.event import EventRedactor, TextRecorder
from stream.redaction.speech_redactor import SpeechRedactor
from stream.redaction.spoken import Token, tokenize
from stream.steps.redact import RedactStep

START_MS = 1_764_000_000_000
KINDS = ("PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS", "STREET_ADDRESS", "CREDIT_CARD", "ACCOUNT_ID")


class _Collect:
    def __init__(self) -> None:
        self.items: list[Any] = []

    def submit(self, item: Any) -> None:
        self.items.append(item)

    def poll(self) -> None: ...

    def join(self, timeout: float | None = None) -> None: ...

    def close(self) -> None: ...


def _events(calls: int = 8, seed: int = 3) -> list[lean.TurnEvent]:
    events = [e for call in generate_calls(calls, seed=seed, start_ms=START_MS) for e in call]
    return [decode_lean(orjson.dumps(e)) for e in events]


def _redacted(redactor: SpeechRedactor, tokenizer: Tokenizer, batch_size: int) -> list[bytes]:
    sink = _Collect()
    step = RedactStep(sink, redactor, tokenizer, batch_size=batch_size)
    for i, event in enumerate(_events()):
        step.submit(ValidEvent(event, Position("t", 0, i), 0))
    step.join()
    return [event_json(item.event).encode() for item in sink.items]


def test_a_batch_stores_the_same_events_as_one_event_at_a_time(speech_redactor: SpeechRedactor) -> None:
    tokenizer = Tokenizer(b"test-key")
    speech_redactor._cache.clear()
    batched = _redacted(speech_redactor, tokenizer, 64)
    speech_redactor._cache.clear()
    one_by_one = _redacted(speech_redactor, tokenizer, 1)
    assert batched == one_by_one
    assert any(b"<PERSON:" in row or b"<PHONE_NUMBER:" in row for row in batched)  # something was redacted


def test_an_event_with_nothing_found_is_handed_on_as_it_came() -> None:
    """No copy of an event the redactor found nothing in (two copies per event were ~2 % of the step)."""
    redactor = EventRedactor(TextRecorder(), Tokenizer(b"k"))
    quiet: list[Any] = [
        e for e in _events() if e.type in ("caller.utterance", "agent.utterance", "tool.called")
    ]
    assert quiet and all(redactor.redact_event(e) is e for e in quiet)


def test_the_first_pass_asks_about_the_very_texts_the_second_redacts() -> None:
    for event in _events():
        asked, redacted = TextRecorder(), TextRecorder()
        EventRedactor(asked, Tokenizer(b"k")).read_event(cast(Any, event))
        EventRedactor(redacted, Tokenizer(b"k")).redact_event(cast(Any, event))
        assert asked.texts == redacted.texts


@settings(max_examples=25, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(KINDS), st.text(min_size=1, max_size=12)), min_size=1, max_size=40))
def test_a_remembered_placeholder_is_the_one_made_cold(pairs: list[tuple[str, str]]) -> None:
    remembering = Tokenizer(b"key", length=6)
    remembering._MEMO_SIZE = 7  # cleared and refilled many times over
    for kind, value in [*pairs, *pairs]:
        cold = hmac.new(b"key", canonical(kind, value).encode(), hashlib.sha256).hexdigest()[:6]
        assert remembering.placeholder(kind, value) == f"<{kind}:{cold}>"


def test_tokens_compare_and_hash_by_their_fields() -> None:
    first, again = tokenize("Call Ada at 5 5 5"), tokenize("Call Ada at 5 5 5")
    assert first == again and [hash(t) for t in first] == [hash(t) for t in again]
    assert first[1] == Token("Ada", "ada", 5, 8)
    assert len({*first}) == 6  # the three "5"s differ by their offsets
