"""Redact every text-bearing field before anything reaches call state, the warehouse or the DLQ.

Call state (which in production lives in a Kafka changelog) and every table downstream only ever
see redacted text; the original text of utterances goes only to the restricted ``turns_raw``
table, encrypted (``raw_sink``). The metrics are computed on redacted text on purpose: fillers, overlaps and
sentiment do not depend on the digits of a card number, and equal values keep equal tokens.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ingest.contract.models import TurnEvent
from stream.messages import DeadLetter, ValidEvent
from stream.redaction.base import Redactor, Tokenizer, redact_pieces, redact_text
from stream.redaction.payload import redact_payload
from stream.restricted.raw_turns import RawTurnSink
from stream.steps.base import Forwarding, Step

DTMF_PLACEHOLDER = "<DTMF>"


class RedactStep(Forwarding):
    """ValidEvent | DeadLetter -> the same, with personal data replaced by typed placeholders."""

    def __init__(
        self,
        next_step: Step[ValidEvent | DeadLetter],
        redactor: Redactor,
        tokenizer: Tokenizer,
        *,
        raw_sink: RawTurnSink | None = None,
    ) -> None:
        self._next = next_step
        self._redactor = redactor
        self._tokens = tokenizer
        self._raw = raw_sink
        self._by_type: dict[str, Callable[[Any], dict[str, Any]]] = {
            "call.started": self._call_started,
            "caller.utterance": lambda d: {"text": self._text(d.text)},
            "agent.utterance": self._agent_utterance,
            "interrupt": lambda d: {"utterance_until_interrupt": self._text(d.utterance_until_interrupt)},
            "dtmf": lambda d: {"digit": DTMF_PLACEHOLDER},
            "tool.called": lambda d: {"args_summary": self._opt(d.args_summary)},
            "tool.result": lambda d: {"error_code": self._opt(d.error_code)},
            "task.completed": lambda d: {"reason": self._opt(d.reason)},
            "handoff.requested": lambda d: {
                "reason": self._text(d.reason),
                "handoff_data": self._opt(d.handoff_data),
            },
            "agent.error": lambda d: {"code": self._text(d.code), "message": self._text(d.message)},
        }

    def submit(self, item: ValidEvent | DeadLetter) -> None:
        if isinstance(item, DeadLetter):
            self._next.submit(
                _replace_payload(item, redact_payload(item.payload, self._redactor, self._tokens))
            )
        else:
            if self._raw is not None:
                self._raw.submit_event(item.event)  # the original text, sealed, to the restricted table
            self._next.submit(ValidEvent(self.redact_event(item.event), item.position, item.received_ms))

    def redact_event(self, event: TurnEvent) -> TurnEvent:
        redact = self._by_type.get(event.type)
        if redact is None:
            return event
        data = event.data.model_copy(update=redact(event.data))
        return event.model_copy(update={"data": data})

    def _text(self, text: str) -> str:
        return redact_text(self._redactor, text)

    def _opt(self, text: str | None) -> str | None:
        return None if text is None else self._text(text)

    def _call_started(self, data: Any) -> dict[str, Any]:
        return {
            "caller": None if data.caller is None else self._tokens.placeholder("CALLER", data.caller),
            "called": None if data.called is None else self._tokens.placeholder("CALLED", data.called),
            "custom_parameters": {k: self._text(v) for k, v in data.custom_parameters.items()},
        }

    def _agent_utterance(self, data: Any) -> dict[str, Any]:
        pieces = redact_pieces(self._redactor, [chunk.text for chunk in data.chunks])
        chunks = tuple(
            chunk if chunk.text == text else chunk.model_copy(update={"text": text})
            for chunk, text in zip(data.chunks, pieces, strict=True)
        )
        return {"text": self._text(data.text), "chunks": chunks}


def _replace_payload(item: DeadLetter, payload: str) -> DeadLetter:
    return DeadLetter(
        position=item.position,
        received_ms=item.received_ms,
        reason_code=item.reason_code,
        reason=item.reason,
        payload=payload,
        call_sid=item.call_sid,
        event_id=item.event_id,
    )
