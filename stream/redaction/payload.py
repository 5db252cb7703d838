"""Redaction of a rejected message's payload before it is stored in the dead-letter table.

A dead letter may be anything: broken JSON, a valid-looking event with a phone number in the wrong
field. JSON is redacted value by value: structural fields (ids, types, tool names, the agent's
model and prompt version, error codes) are kept when they have the shape of one (``fields.py``),
every other string is scanned as free text; anything that is not JSON is redacted as plain text.
"""

from __future__ import annotations

from typing import Any

import orjson

from stream.redaction.base import Redactor, Tokenizer, redact_text
from stream.redaction.fields import is_structural

_KEEP_NUMBERS = frozenset(
    {"ts", "seq", "schema_version", "latency_ms", "duration_until_interrupt_ms", "confidence"}
)


def redact_payload(payload: str, redactor: Redactor, tokenizer: Tokenizer) -> str:
    try:
        obj = orjson.loads(payload)
    except orjson.JSONDecodeError:
        return redact_text(redactor, payload)
    cleaned = redact_json(obj, redactor, tokenizer)
    return orjson.dumps(cleaned).decode()


def redact_json(obj: Any, redactor: Redactor, tokenizer: Tokenizer) -> Any:
    """A parsed JSON value with every free-text string redacted (see module docstring)."""
    return _redact_value(obj, None, None, redactor, tokenizer)


def _redact_value(
    value: Any, key: str | None, parent: str | None, redactor: Redactor, tokenizer: Tokenizer
) -> Any:
    if isinstance(value, dict):
        return {k: _redact_value(v, str(k), key, redactor, tokenizer) for k, v in value.items()}
    if isinstance(value, list):
        return [_redact_value(v, key, parent, redactor, tokenizer) for v in value]
    if isinstance(value, str):
        if is_structural(key, parent, value):
            return value
        return redact_text(redactor, value)
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, int | float) and key not in _KEEP_NUMBERS and len(str(abs(int(value)))) >= 4:
        return tokenizer.placeholder("NUMBER", str(value))
    return value
