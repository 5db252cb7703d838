"""A producer's dead-letter note: what it could not emit, and why, sent where its events go.

A producer that cannot emit an event (it breaks the contract beyond what ``ingest/truncate.py``
can cut, or the analytics hand-off was full) emits a note in its place, on the same topic and with
the same key (the call SID) as the call's events. The stream's validate step, which dead-letters
every message that is not a valid event, recognises the note (``codec.decode`` raises
``ProducerDeadLetter``) and stores it in ``dlq`` under the producer's reason code, then mirrors it
to the dead-letter topic like any other dead letter. So a producer's own rejections take the one
path every dead letter takes, and ``messages emitted = events stored + dead letters`` holds from the
producer to the warehouse with nothing counted by hand. Sending the note straight to the DLQ topic
instead would skip the ``dlq`` table (nothing consumes that topic into it) and the count.

Wire form (a JSON object that is not an event: it has no ``schema_version``)::

    {"dead_letter": {"reason_code": "invalid_event", "reason": "data.seq: must be >= 0",
                     "origin": "tap", "type": "caller.utterance"},
     "event_id": "<uuid4>", "call_sid": "CA...", "session_id": "VX...", "ts": 1764000000000}

A note never carries the event's content: reasons name fields and rules, never values, so the note
holds no transcript text and no phone number. Only callpulse's producers write notes; HTTP ingest
refuses a posted line that is one (``is_note``).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any, ClassVar

import orjson

from ingest.errors import IngestError
from ingest.reasons import PRODUCER_REASON_CODES, PRODUCER_REASON_FALLBACK

NOTE_KEY = "dead_letter"
MAX_REASON_CHARS = 500
_ORIGINS = frozenset({"agent", "tap", "http_ingest", "simulator"})


@dataclass(frozen=True, slots=True)
class DeadLetterNote:
    """What a producer could not emit. ``reason`` names fields and rules, never values."""

    reason_code: str  # one of ingest.reasons.PRODUCER_REASON_CODES
    reason: str
    origin: str  # agent | tap | http_ingest | simulator
    call_sid: str = ""
    session_id: str = ""
    event_type: str = ""  # the type of the event that was lost, when there was one
    ts: int | None = None  # epoch ms of the loss (or of the lost event)
    event_id: str = ""  # a fresh uuid4 when empty, so the dlq row can be joined and counted

    def __post_init__(self) -> None:
        if self.reason_code not in PRODUCER_REASON_CODES:
            raise ValueError(
                f"reason_code {self.reason_code!r} is not in ingest.reasons.PRODUCER_REASON_CODES"
            )
        if self.origin not in _ORIGINS:
            raise ValueError(f"origin must be one of {sorted(_ORIGINS)}")

    def encode(self) -> bytes:
        note: dict[str, Any] = {
            "reason_code": self.reason_code,
            "reason": self.reason[:MAX_REASON_CHARS],
            "origin": self.origin,
        }
        if self.event_type:
            note["type"] = self.event_type
        message: dict[str, Any] = {NOTE_KEY: note, "event_id": self.event_id or str(uuid.uuid4())}
        if self.call_sid:
            message["call_sid"] = self.call_sid
        if self.session_id:
            message["session_id"] = self.session_id
        if self.ts is not None:
            message["ts"] = self.ts
        return orjson.dumps(message)


class ProducerDeadLetter(IngestError):  # noqa: N818 (named like the other ingest errors)
    """The message is a producer's dead-letter note: store it as a dead letter under its code."""

    code: ClassVar[str] = PRODUCER_REASON_FALLBACK

    def __init__(self, reason_code: str, reason: str) -> None:
        super().__init__(reason)
        # The code is the note's, not the class's: a producer's loss is filed under what caused it.
        self.code = reason_code  # type: ignore[misc]


def is_note(obj: object) -> bool:
    """Whether a parsed message is a dead-letter note rather than an event."""
    return isinstance(obj, dict) and "schema_version" not in obj and isinstance(obj.get(NOTE_KEY), dict)


def note_error(obj: dict[str, Any]) -> ProducerDeadLetter:
    """The error ``decode`` raises for a note (see ``is_note``). An unknown code is filed under
    ``producer_dead_letter`` and the reason is cut short: both end up in a row and a metric label."""
    note = obj[NOTE_KEY]
    code = note.get("reason_code")
    reason = note.get("reason")
    origin = note.get("origin")
    if not isinstance(reason, str) or not reason:
        reason = "a producer could not emit this event (no reason given)"
    if isinstance(origin, str) and origin in _ORIGINS:
        reason = f"{origin}: {reason}"
    code = code if isinstance(code, str) and code in PRODUCER_REASON_CODES else PRODUCER_REASON_FALLBACK
    return ProducerDeadLetter(code, reason[:MAX_REASON_CHARS])
