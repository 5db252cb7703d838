"""Redaction of a rejected message's payload before it is stored in the dead-letter table.

A dead letter may be anything: broken JSON, a valid-looking event with a phone number in the wrong
field. JSON is redacted value by value (identifiers and times kept, so the letter stays useful for
debugging); anything else is redacted as plain text.
"""

from __future__ import annotations

from typing import Any

import orjson

from stream.redaction.base import Redactor, Tokenizer, redact_text

_KEEP_STRINGS = frozenset(
    {"event_id", "call_sid", "session_id", "type", "workflow", "tool", "task", "intent"}
)
_KEEP_NUMBERS = frozenset(
    {"ts", "seq", "schema_version", "latency_ms", "duration_until_interrupt_ms", "confidence"}
)


def redact_payload(payload: str, redactor: Redactor, tokenizer: Tokenizer) -> str:
    try:
        obj = orjson.loads(payload)
    except orjson.JSONDecodeError:
        return redact_text(redactor, payload)
    cleaned = _redact_value(obj, None, redactor, tokenizer)
    return orjson.dumps(cleaned).decode()


def _redact_value(value: Any, key: str | None, redactor: Redactor, tokenizer: Tokenizer) -> Any:
    if isinstance(value, dict):
        return {k: _redact_value(v, str(k), redactor, tokenizer) for k, v in value.items()}
    if isinstance(value, list):
        return [_redact_value(v, key, redactor, tokenizer) for v in value]
    if isinstance(value, str):
        if key in _KEEP_STRINGS and len(value) <= 128:
            return value
        return redact_text(redactor, value)
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, int | float) and key not in _KEEP_NUMBERS and len(str(abs(int(value)))) >= 4:
        return tokenizer.placeholder("NUMBER", str(value))
    return value
