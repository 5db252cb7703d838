"""The embedded event bus: a bounded in-memory log with the same codec and keys as Kafka.

It lets the whole pipeline run in one process with no servers, while the consumer still sees
exactly the bytes a Kafka consumer would (so decoding and dead-lettering are exercised the same way).
"""

from __future__ import annotations

import threading
from collections import deque

from ingest.codec import encode
from ingest.contract.models import TurnEvent
from ingest.deadletter import DeadLetterNote
from ingest.emit.base import AcceptCounts, EmitterStats

Message = tuple[str, bytes, int]  # (key = call_sid, value = encoded event, offset)

PARTITION = 0


class InProcessBus:
    """A single-partition bounded queue: ``emit`` on the producer side, ``poll`` on the consumer side.

    Appending to the queue is this bus's equivalent of a broker acknowledgement, so an accepted event
    counts as ``delivered`` at once and nothing is ever ``buffered`` producer-side; ``lag`` tells how
    many messages wait for the consumer. When the queue is full ``emit`` drops the event (it never
    blocks the caller) and counts it. Offsets start at 0 and have no gaps: dropped events get none.
    Thread-safe.
    """

    def __init__(self, capacity: int = 100_000) -> None:
        if capacity < 1:
            raise ValueError("capacity must be >= 1")
        self.capacity = capacity
        self._queue: deque[Message] = deque()
        self._lock = threading.Lock()
        self._next_offset = 0
        self._counts = AcceptCounts()
        self._closed = False

    def emit(self, event: TurnEvent) -> bool:
        return self._append(event.call_sid, encode(event), note=False)

    def emit_dead_letter(self, note: DeadLetterNote) -> bool:
        """Queue the note like an event: the consumer's validate step files it in ``dlq``."""
        return self._append(note.call_sid, note.encode(), note=True)

    def _append(self, key: str, value: bytes, *, note: bool) -> bool:
        with self._lock:
            if self._closed or len(self._queue) >= self.capacity:
                return self._counts.refused()
            self._queue.append((key, value, self._next_offset))
            self._next_offset += 1
            return self._counts.accepted(note=note)

    def poll(self, max_messages: int = 500) -> list[Message]:
        """Take up to ``max_messages`` messages, oldest first (empty list when there are none)."""
        with self._lock:
            n = min(max_messages, len(self._queue))
            return [self._queue.popleft() for _ in range(n)]

    def flush(self, timeout_s: float = 0.0) -> int:
        """Nothing is held producer-side, so there is nothing to wait for."""
        return 0

    def close(self, timeout_s: float = 0.0) -> int:
        """Refuse further events; messages already queued can still be polled."""
        with self._lock:
            self._closed = True
        return 0

    @property
    def lag(self) -> int:
        """Messages waiting for the consumer."""
        with self._lock:
            return len(self._queue)

    @property
    def stats(self) -> EmitterStats:
        with self._lock:
            return self._counts.snapshot(delivered=self._counts.emitted)
