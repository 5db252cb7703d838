"""ConversationRelay frames, typed, in both directions (protocol reference §2 and §3).

Twilio → app: ``setup``, ``prompt``, ``dtmf``, ``interrupt``, ``info``, ``error``.
App → Twilio: ``text``, ``play``, ``sendDigits``, ``language``, ``end``.

Every frame type is a frozen dataclass whose ``frame()`` is the JSON object on the wire, so a
simulator, a test or the agent builds frames from the same types the agent and the tap read them
into. The two directions are read differently, as the two ends of the socket do:

- ``parse_twilio`` is lenient the way Twilio asks of apps: unknown keys are ignored,
  ``durationUntilInterruptMs`` may be a number or a string, and a frame that cannot be used becomes
  ``Malformed`` or ``Unknown``, never an exception, so one bad frame never ends a call.
- ``parse_app`` is Twilio's own validation of what the app sends: a frame Twilio would refuse (bad
  JSON, a binary frame, an unknown type, a null token, a wrong type on a known field) is ``Invalid``,
  with the ``error.description`` Twilio answers with (error 64107). Unknown *extra* keys on a known
  message are tolerated, as Twilio's own samples send them.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlparse

import orjson

DIGITS = frozenset("0123456789*#")  # one ``dtmf`` key
MAX_ECHO_CHARS = 200  # of a refused frame, quoted in Twilio's ``error.description``
_SEND_DIGITS = re.compile(r"^[0-9w#*]+$")
_LANG = re.compile(r"^(multi|[a-z]{2,3}(-[A-Za-z0-9]{2,8})*)$")


# ---- Twilio → app ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Setup:
    """The first frame of a session: who is calling, and the ``<Parameter>`` values."""

    session_id: str
    call_sid: str
    account_sid: str = ""
    from_: str = ""
    to: str = ""
    direction: str = "inbound"
    call_status: str = ""
    custom_parameters: dict[str, str] = field(default_factory=dict)
    parent_call_sid: str = ""
    forwarded_from: str = ""
    call_type: str = "PSTN"
    caller_name: str = ""

    def frame(self) -> dict[str, Any]:
        return {
            "type": "setup",
            "sessionId": self.session_id,
            "accountSid": self.account_sid,
            "parentCallSid": self.parent_call_sid,
            "callSid": self.call_sid,
            "from": self.from_,
            "to": self.to,
            "forwardedFrom": self.forwarded_from,
            "callType": self.call_type,
            "callerName": self.caller_name,
            "direction": self.direction,
            "callStatus": self.call_status,
            "customParameters": dict(self.custom_parameters),
        }


@dataclass(frozen=True)
class Prompt:
    """Caller speech, transcribed; ``last`` marks the final transcript of the utterance."""

    text: str
    last: bool = True
    lang: str | None = None

    def frame(self) -> dict[str, Any]:
        return {"type": "prompt", "voicePrompt": self.text, "lang": self.lang, "last": self.last}


@dataclass(frozen=True)
class Dtmf:
    digit: str

    def frame(self) -> dict[str, Any]:
        return {"type": "dtmf", "digit": self.digit}


@dataclass(frozen=True)
class Interrupt:
    """A barge-in: what was spoken, and for how long, before the caller cut in."""

    utterance: str
    duration_ms: int

    def frame(self, duration_as_string: bool = False) -> dict[str, Any]:
        duration: int | str = str(self.duration_ms) if duration_as_string else self.duration_ms
        frame = {"type": "interrupt", "utteranceUntilInterrupt": self.utterance}
        return {**frame, "durationUntilInterruptMs": duration}


@dataclass(frozen=True)
class Info:
    """A subscribed notice: ``agentSpeaking``/``clientSpeaking`` on/off, ``tokensPlayed``, ..."""

    name: str
    value: str
    ts: int | None = None

    def frame(self) -> dict[str, Any]:
        frame: dict[str, Any] = {"type": "info", "name": self.name, "value": self.value}
        if self.ts is not None:
            frame["ts"] = self.ts
        return frame


@dataclass(frozen=True)
class RelayError:
    """Twilio's ``error`` frame, e.g. after refusing a message the app sent (64107)."""

    description: str

    def frame(self) -> dict[str, Any]:
        return {"type": "error", "description": self.description}


@dataclass(frozen=True)
class Unknown:
    """A frame of a type this module does not know (a newer protocol feature)."""

    type: str


@dataclass(frozen=True)
class Malformed:
    """A frame that cannot be used; ``type`` is the type it claimed, if any."""

    reason: str
    type: str | None = None


TwilioFrame = Setup | Prompt | Dtmf | Interrupt | Info | RelayError
Inbound = TwilioFrame | Unknown | Malformed


def parse_twilio(raw: str | bytes) -> Inbound:
    """One frame from Twilio, typed; never raises."""
    msg = _object(raw)
    if isinstance(msg, str):
        return Malformed(msg)
    kind = msg.get("type")
    if not isinstance(kind, str):
        return Malformed("no type")
    reader = _TWILIO.get(kind)
    if reader is None:
        return Unknown(kind)
    frame = reader(msg)
    return frame if not isinstance(frame, str) else Malformed(frame, kind)


def _setup(msg: dict[str, Any]) -> Setup | str:
    call_sid = _str(msg, "callSid")
    if not call_sid:
        return "setup without callSid"
    params = msg.get("customParameters")
    return Setup(
        session_id=_str(msg, "sessionId"),
        call_sid=call_sid,
        account_sid=_str(msg, "accountSid"),
        from_=_str(msg, "from"),
        to=_str(msg, "to"),
        direction=_str(msg, "direction", "inbound"),
        call_status=_str(msg, "callStatus"),
        custom_parameters={str(k): str(v) for k, v in params.items()} if isinstance(params, dict) else {},
        parent_call_sid=_str(msg, "parentCallSid"),
        forwarded_from=_str(msg, "forwardedFrom"),
        call_type=_str(msg, "callType"),
        caller_name=_str(msg, "callerName"),
    )


def _prompt(msg: dict[str, Any]) -> Prompt | str:
    text = msg.get("voicePrompt")
    if not isinstance(text, str):
        return "prompt without voicePrompt"
    return Prompt(text, msg.get("last", True) is not False, _str(msg, "lang") or None)


def _dtmf(msg: dict[str, Any]) -> Dtmf | str:
    digit = _str(msg, "digit")
    return Dtmf(digit) if len(digit) == 1 and digit in DIGITS else "dtmf without a valid digit"


def _interrupt(msg: dict[str, Any]) -> Interrupt:
    duration = _int(msg.get("durationUntilInterruptMs"))
    return Interrupt(_str(msg, "utteranceUntilInterrupt"), max(0, duration or 0))


def _info(msg: dict[str, Any]) -> Info:
    value = msg.get("value", "")
    return Info(_str(msg, "name"), value if isinstance(value, str) else str(value), _int(msg.get("ts")))


def _error(msg: dict[str, Any]) -> RelayError:
    return RelayError(_str(msg, "description"))


_TWILIO: dict[str, Callable[[dict[str, Any]], TwilioFrame | str]] = {
    "setup": _setup,
    "prompt": _prompt,
    "dtmf": _dtmf,
    "interrupt": _interrupt,
    "info": _info,
    "error": _error,
}


# ---- app → Twilio ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Text:
    """Speech tokens; ``Text("", last=True)`` ends the talk cycle. ``None`` overrides are left out."""

    token: str
    last: bool = False
    lang: str | None = None
    interruptible: bool | None = None
    preemptible: bool | None = None

    def frame(self) -> dict[str, Any]:
        frame: dict[str, Any] = {"type": "text", "token": self.token, "last": self.last}
        return _with(frame, lang=self.lang, interruptible=self.interruptible, preemptible=self.preemptible)


@dataclass(frozen=True)
class Play:
    """An audio URL to play (``loop`` 0 plays it 1,000 times)."""

    source: str
    loop: int = 1
    preemptible: bool = False
    interruptible: bool | None = None

    def frame(self) -> dict[str, Any]:
        frame = {"type": "play", "source": self.source, "loop": self.loop, "preemptible": self.preemptible}
        return _with(frame, interruptible=self.interruptible)


@dataclass(frozen=True)
class SendDigits:
    """DTMF played on the call: ``0-9``, ``#``, ``*``, and ``w`` for a half-second pause."""

    digits: str

    def frame(self) -> dict[str, Any]:
        return {"type": "sendDigits", "digits": self.digits}


@dataclass(frozen=True)
class Language:
    """Switch the TTS and/or the STT language from now on."""

    tts_language: str | None = None
    transcription_language: str | None = None

    def frame(self) -> dict[str, Any]:
        frame: dict[str, Any] = {"type": "language"}
        return _with(frame, ttsLanguage=self.tts_language, transcriptionLanguage=self.transcription_language)


@dataclass(frozen=True)
class End:
    """End the session; ``handoff_data`` reaches the ``<Connect action>`` callback as ``HandoffData``."""

    handoff_data: str | None = None

    def frame(self) -> dict[str, Any]:
        return _with({"type": "end"}, handoffData=self.handoff_data)


@dataclass(frozen=True)
class Invalid:
    """Why Twilio refuses a frame, and the ``error.description`` it sends back."""

    reason: str
    description: str


AppFrame = Text | Play | SendDigits | Language | End


def encode(frame: AppFrame | TwilioFrame) -> str:
    """The text of a WebSocket message carrying ``frame``."""
    return json.dumps(frame.frame())


def parse_app(raw: str | bytes) -> AppFrame | Invalid:
    """One frame the app sent, as Twilio validates it."""
    if isinstance(raw, bytes):
        return _invalid("binary frame", "<binary>")
    body = _object(raw)
    if isinstance(body, str):
        return _invalid(body, raw)
    kind = body.get("type")
    reader = _APP.get(kind) if isinstance(kind, str) else None
    if reader is None:
        return _invalid("unknown type", raw)
    frame = reader(body)
    return _invalid(frame, raw) if isinstance(frame, str) else frame


def _text(body: dict[str, Any]) -> Text | str:
    token = body.get("token")
    if not isinstance(token, str):
        return "token must be a string"
    problem = _bools(body, "last", "interruptible", "preemptible") or _lang(body, "lang")
    if problem:
        return problem
    last, lang = body.get("last", False), body.get("lang")
    return Text(token, last, lang, body.get("interruptible"), body.get("preemptible"))


def _play(body: dict[str, Any]) -> Play | str:
    source = body.get("source")
    url = urlparse(source) if isinstance(source, str) else None
    if url is None or url.scheme not in ("http", "https") or not url.netloc:
        return "source must be a URL"
    loop = body.get("loop", 1)
    if isinstance(loop, bool) or not isinstance(loop, int) or not 0 <= loop <= 1000:
        return "loop must be an integer 0-1000"
    problem = _bools(body, "preemptible", "interruptible")
    return problem or Play(str(source), loop, body.get("preemptible", False), body.get("interruptible"))


def _send_digits(body: dict[str, Any]) -> SendDigits | str:
    digits = body.get("digits")
    if not isinstance(digits, str) or not _SEND_DIGITS.match(digits):
        return "digits must be 0-9, w, # or *"
    return SendDigits(digits)


def _language(body: dict[str, Any]) -> Language | str:
    if "ttsLanguage" not in body and "transcriptionLanguage" not in body:
        return "ttsLanguage or transcriptionLanguage is required"
    problem = _lang(body, "ttsLanguage") or _lang(body, "transcriptionLanguage")
    return problem or Language(body.get("ttsLanguage"), body.get("transcriptionLanguage"))


def _end(body: dict[str, Any]) -> End | str:
    data = body.get("handoffData")
    if "handoffData" in body and not isinstance(data, str):
        return "handoffData must be str"
    return End(data)


_APP: dict[str, Callable[[dict[str, Any]], AppFrame | str]] = {
    "text": _text,
    "play": _play,
    "sendDigits": _send_digits,
    "language": _language,
    "end": _end,
}


# ---- reading JSON ------------------------------------------------------------------------------


def _object(raw: str | bytes) -> dict[str, Any] | str:
    """The JSON object ``raw`` holds, or why it holds none."""
    try:
        msg = orjson.loads(raw)
    except orjson.JSONDecodeError:
        return "not JSON"
    return msg if isinstance(msg, dict) else "not a JSON object"


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


def _bools(body: dict[str, Any], *keys: str) -> str | None:
    wrong = (key for key in keys if key in body and not isinstance(body[key], bool))
    return next((f"{key} must be bool" for key in wrong), None)


def _lang(body: dict[str, Any], key: str) -> str | None:
    if key not in body:
        return None
    value = body[key]
    return None if isinstance(value, str) and _LANG.match(value) else f"{key} must be a supported language"


def _with(frame: dict[str, Any], **optional: Any) -> dict[str, Any]:
    frame.update({key: value for key, value in optional.items() if value is not None})
    return frame


def _invalid(reason: str, frame: str) -> Invalid:
    echo = frame if len(frame) <= MAX_ECHO_CHARS else frame[:MAX_ECHO_CHARS] + "..."
    return Invalid(reason, f"Invalid message received: {echo}")
