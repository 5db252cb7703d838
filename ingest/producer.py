"""One call's producer: builds each event with the factory, hands it to the emitter, and accounts
for every event it could not emit.

This is the one place the agent and the tap turn "I have something to report" into a message:

- an event that fits the contract is emitted;
- an utterance over the contract's limits is cut to fit, flagged ``data.truncated`` and emitted
  (counted as ``truncated``): the call keeps its turn, its TTFHW and its interruptions;
- an event that breaks the contract in any other way is replaced by a dead-letter note with its
  reason (``ingest/deadletter.py``; counted as ``dead_lettered``), which the stream stores in ``dlq``;
- whatever the emitter refuses (buffer full, closed) is counted as ``dropped``.

So ``attempted == emitted + dead_lettered + dropped`` for every producer, and downstream
``emitted + dead_lettered == events stored + dead letters``. ``emit`` never raises and never waits,
so a voice turn never stalls on analytics. Thread-safe (a relay handler and a tool worker may
report for the same call).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal

from pydantic import BaseModel

from ingest.contract.models import TurnEvent
from ingest.deadletter import DeadLetterNote
from ingest.emit.base import Emitter
from ingest.errors import IngestError
from ingest.factory import CallEventFactory

log = logging.getLogger(__name__)

Outcome = Literal["emitted", "truncated", "dead_lettered", "dropped"]
Origin = Literal["agent", "tap", "http_ingest", "simulator"]


@dataclass(frozen=True, slots=True)
class ProducerStats:
    """What a producer did with what it meant to emit; the four counts partition ``attempted``.

    ``emitted``: events accepted by the emitter as built. ``truncated``: events accepted after being
    cut to the contract's limits (``data.truncated`` is true). ``dead_lettered``: events that could
    not be built; a dead-letter note was accepted in their place (plus notes sent with
    ``dead_letter``). ``dropped``: events or notes the emitter refused.
    """

    emitted: int = 0
    truncated: int = 0
    dead_lettered: int = 0
    dropped: int = 0

    @property
    def attempted(self) -> int:
        return self.emitted + self.truncated + self.dead_lettered + self.dropped

    def __add__(self, other: ProducerStats) -> ProducerStats:
        return ProducerStats(
            self.emitted + other.emitted,
            self.truncated + other.truncated,
            self.dead_lettered + other.dead_lettered,
            self.dropped + other.dropped,
        )

    def summary(self) -> str:
        """One line for a process's exit summary."""
        return (
            f"{self.attempted} events: {self.emitted} emitted, {self.truncated} truncated to fit, "
            f"{self.dead_lettered} dead-lettered, {self.dropped} dropped"
        )


class CallProducer:
    """Emits one call's events through ``factory`` and ``emitter`` (see the module docstring)."""

    def __init__(self, factory: CallEventFactory, emitter: Emitter, origin: Origin) -> None:
        self.factory = factory
        self.emitter = emitter
        self.origin: Origin = origin
        self._lock = threading.Lock()
        self._counts = {"emitted": 0, "truncated": 0, "dead_lettered": 0, "dropped": 0}

    def emit(self, type: str, data: Mapping[str, Any] | BaseModel, ts: int | None = None) -> Outcome:
        """Build, cut to fit if need be, and emit; or dead-letter. Never raises."""
        try:
            event = self.factory.make(type, data, ts)
        except IngestError as err:
            log.warning("call %s: %s event dead-lettered: %s", self.factory.call_sid, type, err)
            return self._note(err.code, err.reason, type, ts)
        if not self.emitter.emit(event):
            return self._count("dropped")
        return self._count("truncated" if _truncated(event) else "emitted")

    def dead_letter(
        self, reason_code: str, reason: str, event_type: str = "", ts: int | None = None
    ) -> Outcome:
        """Account for something lost before it became an event (e.g. frames the analytics hand-off
        could not take: ``producer_overload``). ``reason`` names what and why, never values."""
        return self._note(reason_code, reason, event_type, ts)

    @property
    def stats(self) -> ProducerStats:
        with self._lock:
            return ProducerStats(**self._counts)

    def _note(self, code: str, reason: str, event_type: str, ts: int | None) -> Outcome:
        f = self.factory
        note = DeadLetterNote(
            reason_code=code,
            reason=reason,
            origin=self.origin,
            call_sid=f.call_sid,
            session_id=f.session_id,
            event_type=event_type,
            ts=ts,
        )
        return self._count("dead_lettered" if self.emitter.emit_dead_letter(note) else "dropped")

    def _count(self, outcome: Outcome) -> Outcome:
        with self._lock:
            self._counts[outcome] += 1
        return outcome


def _truncated(event: TurnEvent) -> bool:
    return getattr(event.data, "truncated", None) is True
