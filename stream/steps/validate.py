"""Decode and validate raw messages against the event contract; anything else becomes a dead letter.

Nothing is dropped here: every raw message leaves as exactly one ``ValidEvent`` or one
``DeadLetter``, so events in = events stored + events dead-lettered. If the share of invalid
messages in the recent window passes ``max_invalid_ratio``, the step raises
``InvalidRatioExceeded`` instead of dead-lettering a broken producer's whole stream; the message
that tipped it is not submitted, so its offset is never committed and nothing is lost.

A producer's own dead-letter note (``ingest.deadletter``: an event it could not build or send, already
counted where it happened) is stored in the DLQ like any other, but it is not a malformed message: it
does not count towards the invalid ratio, so a producer reporting an overload cannot stop the worker.
"""

from __future__ import annotations

from collections import Counter, deque

import orjson

from ingest.codec import decode_lean
from ingest.deadletter import ProducerDeadLetter
from ingest.errors import IngestError
from stream.errors import InvalidRatioExceeded
from stream.messages import DeadLetter, RawMessage, ValidEvent
from stream.steps.base import Forwarding, Step

_MAX_DLQ_PAYLOAD_CHARS = 64_000


class ValidateStep(Forwarding):
    """RawMessage -> ValidEvent | DeadLetter."""

    def __init__(
        self,
        next_step: Step[ValidEvent | DeadLetter],
        *,
        max_future_skew_ms: int = 3_600_000,
        max_invalid_ratio: float = 0.5,
        window: int = 1_000,
        min_messages: int = 100,
    ) -> None:
        self._next = next_step
        self._max_future_skew_ms = max_future_skew_ms
        self._max_invalid_ratio = max_invalid_ratio
        self._min_messages = min(min_messages, window)
        self._recent: deque[bool] = deque(maxlen=window)  # True = invalid
        self._recent_invalid = 0
        self.valid = 0
        self.invalid = 0  # malformed or refused messages (counted in the invalid ratio)
        self.noted = 0  # producers' own dead-letter notes (stored in the DLQ, not in the ratio)
        self.reasons: Counter[str] = Counter()

    def submit(self, item: RawMessage) -> None:
        result = self._check(item)
        if isinstance(result, DeadLetter):
            self.reasons[result.reason_code] += 1
            self.noted += result.noted_by_producer
        self._record(isinstance(result, DeadLetter) and not result.noted_by_producer)
        self._next.submit(result)

    def _check(self, item: RawMessage) -> ValidEvent | DeadLetter:
        try:
            event = decode_lean(item.value)
        except ProducerDeadLetter as err:
            return _dead_letter(item, err.code, str(err), noted_by_producer=True)
        except IngestError as err:
            return _dead_letter(item, err.code, str(err))
        if event.ts > item.received_ms + self._max_future_skew_ms:
            return _dead_letter(
                item,
                "future_timestamp",
                f"ts is more than {self._max_future_skew_ms} ms ahead of the time the message was received",
            )
        return ValidEvent(event=event, position=item.position, received_ms=item.received_ms)

    def _record(self, invalid: bool) -> None:
        if invalid:
            self.invalid += 1
        else:
            self.valid += 1
        if len(self._recent) == self._recent.maxlen and self._recent[0]:
            self._recent_invalid -= 1
        self._recent.append(invalid)
        self._recent_invalid += invalid
        seen = len(self._recent)
        if seen >= self._min_messages and self._recent_invalid / seen > self._max_invalid_ratio:
            raise InvalidRatioExceeded(
                invalid=self._recent_invalid, window=seen, limit=self._max_invalid_ratio
            )


def _dead_letter(item: RawMessage, code: str, reason: str, *, noted_by_producer: bool = False) -> DeadLetter:
    payload = item.value.decode("utf-8", errors="replace")[:_MAX_DLQ_PAYLOAD_CHARS]
    call_sid, event_id = _identifiers(item.value)
    return DeadLetter(
        position=item.position,
        received_ms=item.received_ms,
        reason_code=code,
        reason=reason,
        payload=payload,
        call_sid=call_sid,
        event_id=event_id,
        noted_by_producer=noted_by_producer,
    )


def _identifiers(value: bytes) -> tuple[str | None, str | None]:
    """Best effort: the call SID and event id of a rejected message, so the DLQ can be joined."""
    try:
        obj = orjson.loads(value)
    except orjson.JSONDecodeError:
        return None, None
    if not isinstance(obj, dict):
        return None, None
    call_sid, event_id = obj.get("call_sid"), obj.get("event_id")
    return (
        call_sid[:128] if isinstance(call_sid, str) else None,
        event_id[:64] if isinstance(event_id, str) else None,
    )
