"""ConversationRelay messages: Twilio's frames parsed into typed values, and the app's frames built.

Parsing is lenient the way Twilio asks of apps: unknown keys are ignored, ``durationUntilInterruptMs``
may be a number or a string, and a frame that cannot be used becomes ``Malformed`` or ``Unknown``
rather than an exception, so one bad frame never ends a call.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Setup:
    session_id: str
    call_sid: str
    account_sid: str = ""
    from_: str = ""
    to: str = ""
    direction: str = "inbound"
    call_status: str = ""
    custom_parameters: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Prompt:
    text: str
    last: bool
    lang: str | None = None


@dataclass(frozen=True)
class Dtmf:
    digit: str


@dataclass(frozen=True)
class Interrupt:
    utterance: str
    duration_ms: int


@dataclass(frozen=True)
class Info:
    name: str
    value: str
    ts: int | None = None


@dataclass(frozen=True)
class RelayError:
    description: str


@dataclass(frozen=True)
class Unknown:
    type: str


@dataclass(frozen=True)
class Malformed:
    reason: str


Inbound = Setup | Prompt | Dtmf | Interrupt | Info | RelayError | Unknown | Malformed
DIGITS = frozenset("0123456789*#")


def _str(msg: dict[str, Any], key: str, default: str = "") -> str:
    value = msg.get(key, default)
    return value if isinstance(value, str) else default


def _int(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return int(value)
    if isinstance(value, str):
        try:
            return int(float(value.strip()))
        except ValueError:
            return None
    return None


def parse(raw: str | bytes) -> Inbound:
    """One frame from Twilio, typed; never raises."""
    try:
        msg = json.loads(raw)
    except (ValueError, UnicodeDecodeError):
        return Malformed("not JSON")
    if not isinstance(msg, dict):
        return Malformed("not a JSON object")
    kind = msg.get("type")
    if not isinstance(kind, str):
        return Malformed("no type")
    if kind == "setup":
        call_sid = _str(msg, "callSid")
        if not call_sid:
            return Malformed("setup without callSid")
        params = msg.get("customParameters")
        custom = {str(k): str(v) for k, v in params.items()} if isinstance(params, dict) else {}
        return Setup(
            session_id=_str(msg, "sessionId"),
            call_sid=call_sid,
            account_sid=_str(msg, "accountSid"),
            from_=_str(msg, "from"),
            to=_str(msg, "to"),
            direction=_str(msg, "direction", "inbound"),
            call_status=_str(msg, "callStatus"),
            custom_parameters=custom,
        )
    if kind == "prompt":
        text = msg.get("voicePrompt")
        if not isinstance(text, str):
            return Malformed("prompt without voicePrompt")
        last = msg.get("last", True)
        return Prompt(text, last is not False, _str(msg, "lang") or None)
    if kind == "dtmf":
        digit = _str(msg, "digit")
        return Dtmf(digit) if len(digit) == 1 and digit in DIGITS else Malformed("dtmf without a valid digit")
    if kind == "interrupt":
        duration = _int(msg.get("durationUntilInterruptMs"))
        return Interrupt(_str(msg, "utteranceUntilInterrupt"), max(0, duration or 0))
    if kind == "info":
        value = msg.get("value", "")
        return Info(_str(msg, "name"), value if isinstance(value, str) else str(value), _int(msg.get("ts")))
    if kind == "error":
        return RelayError(_str(msg, "description"))
    return Unknown(kind)


def text_frame(token: str, last: bool = False) -> str:
    return json.dumps({"type": "text", "token": token, "last": last})


def end_frame(handoff_data: str | None = None) -> str:
    frame: dict[str, Any] = {"type": "end"}
    if handoff_data is not None:
        frame["handoffData"] = handoff_data
    return json.dumps(frame)
