"""Which fields of which event carry text, and how each is redacted.

Kept apart from the redact step so that the step can run it twice over a batch: once with a
recording redactor to learn every text the batch needs, once with the answers the real redactor
computed for all of them at once (NER batched through ``nlp.pipe`` is several times faster than
one text at a time).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

import orjson

from ingest.contract.models import TurnEvent
from stream.redaction.base import Redactor, Replacement, Tokenizer, redact_pieces, redact_text
from stream.redaction.fields import is_structural
from stream.redaction.payload import redact_json

DTMF_PLACEHOLDER = "<DTMF>"


class EventRedactor:
    """Returns a copy of an event with every text-bearing field redacted by ``redactor``."""

    def __init__(self, redactor: Redactor, tokenizer: Tokenizer) -> None:
        self._redactor = redactor
        self._tokens = tokenizer
        self._by_type: dict[str, Callable[[Any], dict[str, Any]]] = {
            "call.started": self._call_started,
            "caller.utterance": lambda d: {"text": self._text(d.text)},
            "agent.utterance": self._agent_utterance,
            "interrupt": lambda d: {"utterance_until_interrupt": self._text(d.utterance_until_interrupt)},
            "dtmf": lambda d: {"digit": DTMF_PLACEHOLDER},
            "tool.called": lambda d: {"args_summary": self._opt(d.args_summary)},
            "tool.result": lambda d: {"error_code": self._code("error_code", d.error_code)},
            "task.completed": lambda d: {"reason": self._opt(d.reason)},
            "handoff.requested": lambda d: {
                "reason": self._text(d.reason),
                "handoff_data": self._json_or_text(d.handoff_data),
            },
            "agent.error": lambda d: {"code": self._code("code", d.code), "message": self._text(d.message)},
        }

    def redact_event(self, event: TurnEvent) -> TurnEvent:
        redact = self._by_type.get(event.type)
        if redact is None:
            return event
        update = redact(event.data)
        if all(getattr(event.data, name) == value for name, value in update.items()):
            return event  # nothing found: the event as it came, not two equal copies of it
        data = event.data.model_copy(update=update)
        return event.model_copy(update={"data": data})

    def read_event(self, event: TurnEvent) -> None:
        """Ask the redactor about every text of ``event`` without building the redacted copy: the
        redact step's first pass, with a ``TextRecorder``, wants only the questions."""
        redact = self._by_type.get(event.type)
        if redact is not None:
            redact(event.data)

    def _text(self, text: str) -> str:
        return redact_text(self._redactor, text)

    def _opt(self, text: str | None) -> str | None:
        return None if text is None else self._text(text)

    def _code(self, field: str, code: str | None) -> str | None:
        """An error code is known by its field; it is scanned only when it does not look like one."""
        if code is None or is_structural(field, None, code):
            return code
        return self._text(code)

    def _json_or_text(self, text: str | None) -> str | None:
        """Hand-off data is often JSON: its keys and structural fields stay, its values are scanned."""
        if text is None or not text.lstrip().startswith(("{", "[")):
            return self._opt(text)
        try:
            obj = orjson.loads(text)
        except orjson.JSONDecodeError:
            return self._text(text)
        return orjson.dumps(redact_json(obj, self._redactor, self._tokens)).decode()

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


class TextRecorder:
    """A redactor that finds nothing and remembers every text it was asked about."""

    name = "recorder"

    def __init__(self) -> None:
        self.texts: list[str] = []

    def find(self, text: str) -> Sequence[Replacement]:
        self.texts.append(text)
        return ()


class Answers:
    """A redactor that answers from results computed beforehand, asking ``fallback`` otherwise."""

    def __init__(self, answers: Mapping[str, Sequence[Replacement]], fallback: Redactor) -> None:
        self.name = fallback.name
        self._answers = answers
        self._fallback = fallback

    def find(self, text: str) -> Sequence[Replacement]:
        found = self._answers.get(text)
        return self._fallback.find(text) if found is None else found
