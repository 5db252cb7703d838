"""Redact every text-bearing field before anything reaches call state, the warehouse or the DLQ.

Call state (which in production lives in memory rebuilt from the warehouse) and every table
downstream only ever see redacted text; the original text of utterances goes only to the restricted
``turns_raw`` table, encrypted (``raw_sink``). The metrics are computed on redacted text on purpose:
fillers, overlaps and sentiment do not depend on the digits of a card number, and equal values keep
equal tokens.

A redactor that can analyse many texts at once (``find_all``: the Presidio-backed one batches NER
through ``nlp.pipe``) gets the texts of up to ``batch_size`` events in one call; the items are held
until then, and always handed on in the order they came. ``poll`` and ``join`` flush what is held,
so holding adds at most one poll interval of latency.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Protocol, cast

from ingest.contract.lean import TurnEvent
from stream.messages import DeadLetter, ValidEvent
from stream.redaction.base import Redactor, Replacement, Tokenizer
from stream.redaction.event import DTMF_PLACEHOLDER, Answers, EventRedactor, TextRecorder
from stream.redaction.payload import redact_payload
from stream.restricted.raw_turns import RawTurnSink
from stream.steps.base import Holding, Step

__all__ = ["DTMF_PLACEHOLDER", "RedactStep"]


class BatchRedactor(Redactor, Protocol):
    def find_all(self, texts: Sequence[str]) -> list[Sequence[Replacement]]: ...


class RedactStep(Holding):
    """ValidEvent | DeadLetter -> the same, with personal data replaced by typed placeholders."""

    def __init__(
        self,
        next_step: Step[ValidEvent | DeadLetter],
        redactor: Redactor,
        tokenizer: Tokenizer,
        *,
        raw_sink: RawTurnSink | None = None,
        batch_size: int = 64,
    ) -> None:
        self._next = next_step
        self._redactor = redactor
        self._tokens = tokenizer
        self._raw = raw_sink
        self._events = EventRedactor(redactor, tokenizer)
        self._batch_size = batch_size if hasattr(redactor, "find_all") else 1
        self._held: list[ValidEvent | DeadLetter] = []

    def submit(self, item: ValidEvent | DeadLetter) -> None:
        self._held.append(item)
        if len(self._held) >= self._batch_size:
            self._flush()

    def poll(self) -> None:
        self._flush()
        self._next.poll()

    def _flush(self) -> None:
        held, self._held = self._held, []
        if not held:
            return
        events = self._events if len(held) == 1 else self._batched(held)
        for item in held:
            if isinstance(item, DeadLetter):
                payload = redact_payload(item.payload, self._redactor, self._tokens)
                self._next.submit(_with_payload(item, payload))
                continue
            if self._raw is not None:
                self._raw.submit_event(item.event)  # the original text, sealed, to the restricted table
            self._next.submit(ValidEvent(_redacted(events, item.event), item.position, item.received_ms))

    def _batched(self, held: list[ValidEvent | DeadLetter]) -> EventRedactor:
        """An event redactor answering from one ``find_all`` over every text of ``held``."""
        recorder = TextRecorder()
        learn = EventRedactor(recorder, self._tokens)
        for item in held:
            if isinstance(item, ValidEvent):
                learn.read_event(cast(Any, item.event))
        texts = list(dict.fromkeys(t for t in recorder.texts if t))
        batch_redactor: BatchRedactor = self._redactor  # type: ignore[assignment]
        answers = dict(zip(texts, batch_redactor.find_all(texts), strict=True)) if texts else {}
        return EventRedactor(Answers(answers, self._redactor), self._tokens)


def _redacted(redactor: EventRedactor, event: TurnEvent) -> TurnEvent:
    """``redact_event`` of a lean event. ``EventRedactor`` is typed for the pydantic models, but it
    reads fields by name and changes them with ``model_copy(update=...)``, which the lean structs
    provide (``ingest.contract.lean``), so it returns a lean event for a lean one."""
    return cast(TurnEvent, redactor.redact_event(cast(Any, event)))


def _with_payload(item: DeadLetter, payload: str) -> DeadLetter:
    return DeadLetter(
        position=item.position,
        received_ms=item.received_ms,
        reason_code=item.reason_code,
        reason=item.reason,
        payload=payload,
        call_sid=item.call_sid,
        event_id=item.event_id,
    )
