"""Twilio's validation of what the app sends (reference §3): ``text``, ``play``, ``sendDigits``,
``language``, ``end``. Anything else (bad JSON, a binary frame, an unknown type, a null token, a
wrong type on a known field) is invalid: Twilio answers with an ``error`` message and error 64107,
drops the message and carries on; ten invalid messages in a row close the socket (§4).

Unknown *extra* keys on a known message are tolerated, as Twilio's own samples send them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlparse

import orjson

APP_TYPES = ("text", "play", "sendDigits", "language", "end")
_DIGITS = re.compile(r"^[0-9w#*]+$")
_LANG = re.compile(r"^(multi|[a-z]{2,3}(-[A-Za-z0-9]{2,8})*)$")
MAX_ECHO_CHARS = 200


@dataclass(frozen=True)
class AppMessage:
    """A valid message from the app, decoded."""

    type: str
    body: dict[str, Any]


@dataclass(frozen=True)
class Invalid:
    """Why a frame failed validation, and the ``error.description`` Twilio sends back."""

    reason: str
    description: str


def check(frame: str | bytes) -> AppMessage | Invalid:
    """Validate one frame the app sent."""
    if isinstance(frame, bytes):
        return _invalid("binary frame", "<binary>")
    try:
        body = orjson.loads(frame)
    except orjson.JSONDecodeError:
        return _invalid("not JSON", frame)
    if not isinstance(body, dict):
        return _invalid("not a JSON object", frame)
    kind = body.get("type")
    if kind not in APP_TYPES:
        return _invalid("unknown type", frame)
    problem = _RULES[kind](body)
    return _invalid(problem, frame) if problem else AppMessage(kind, body)


def _invalid(reason: str, frame: str) -> Invalid:
    echo = frame if len(frame) <= MAX_ECHO_CHARS else frame[:MAX_ECHO_CHARS] + "..."
    return Invalid(reason, f"Invalid message received: {echo}")


def _optional(body: dict[str, Any], key: str, kind: type) -> str | None:
    if key in body and (not isinstance(body[key], kind) or (kind is int and isinstance(body[key], bool))):
        return f"{key} must be {kind.__name__}"
    return None


def _lang(body: dict[str, Any], key: str) -> str | None:
    value = body.get(key)
    if value is None and key not in body:
        return None
    if not isinstance(value, str) or not _LANG.match(value):
        return f"{key} must be a supported language"
    return None


def _text(body: dict[str, Any]) -> str | None:
    if not isinstance(body.get("token"), str):
        return "token must be a string"
    return (
        _optional(body, "last", bool)
        or _optional(body, "interruptible", bool)
        or _optional(body, "preemptible", bool)
        or _lang(body, "lang")
    )


def _play(body: dict[str, Any]) -> str | None:
    source = body.get("source")
    if not isinstance(source, str):
        return "source must be a URL"
    url = urlparse(source)
    if url.scheme not in ("http", "https") or not url.netloc:
        return "source must be a URL"
    loop = body.get("loop", 1)
    if isinstance(loop, bool) or not isinstance(loop, int) or not 0 <= loop <= 1000:
        return "loop must be an integer 0-1000"
    return _optional(body, "preemptible", bool) or _optional(body, "interruptible", bool)


def _send_digits(body: dict[str, Any]) -> str | None:
    digits = body.get("digits")
    if not isinstance(digits, str) or not _DIGITS.match(digits):
        return "digits must be 0-9, w, # or *"
    return None


def _language(body: dict[str, Any]) -> str | None:
    if "ttsLanguage" not in body and "transcriptionLanguage" not in body:
        return "ttsLanguage or transcriptionLanguage is required"
    return _lang(body, "ttsLanguage") or _lang(body, "transcriptionLanguage")


def _end(body: dict[str, Any]) -> str | None:
    return _optional(body, "handoffData", str)


_RULES = {
    "text": _text,
    "play": _play,
    "sendDigits": _send_digits,
    "language": _language,
    "end": _end,
}
