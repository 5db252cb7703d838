"""The one interface every emitter offers, and the counters it keeps.

An emitter sits inside a voice agent, so ``emit`` must never block a voice turn: it only hands the
event over (to a bounded buffer) and says whether it was accepted. Everything slow (network, retries)
happens elsewhere; ``flush`` and ``close`` are the only calls that wait, and only up to a timeout.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol, runtime_checkable

from ingest.contract.models import TurnEvent
from ingest.deadletter import DeadLetterNote


@dataclass(frozen=True, slots=True)
class EmitterStats:
    """A snapshot of an emitter's counters.

    ``emitted``: messages accepted by ``emit`` or ``emit_dead_letter`` (they returned True).
    ``dead_lettered``: of those, dead-letter notes (``ingest/deadletter.py``): the stream stores each
    in ``dlq``, so ``emitted == events stored + dead letters`` end to end. ``dropped``: messages refused
    (buffer full or emitter closed; False was returned). Of the accepted ones, each is eventually
    ``delivered`` (acknowledged by the bus) or ``failed`` (given up on), and until then counts as
    ``buffered``, so ``emitted == delivered + failed + buffered`` at any snapshot.
    """

    emitted: int = 0
    delivered: int = 0
    dropped: int = 0
    failed: int = 0
    buffered: int = 0
    dead_lettered: int = 0


@dataclass(slots=True)
class AcceptCounts:
    """The caller's side of ``EmitterStats``, counted the same way by every emitter (under the emitter's
    own lock): what ``emit`` and ``emit_dead_letter`` accepted (notes among them) and what they refused."""

    emitted: int = 0
    dead_lettered: int = 0
    dropped: int = 0

    def accepted(self, *, note: bool) -> bool:
        self.emitted += 1
        self.dead_lettered += note
        return True

    def refused(self) -> bool:
        self.dropped += 1
        return False

    def snapshot(self, *, delivered: int, failed: int = 0, buffered: int = 0) -> EmitterStats:
        """These counts with the emitter's own delivery side: a consistent ``stats`` taken under its lock."""
        return EmitterStats(
            emitted=self.emitted,
            delivered=delivered,
            dropped=self.dropped,
            failed=failed,
            buffered=buffered,
            dead_lettered=self.dead_lettered,
        )


@runtime_checkable
class Emitter(Protocol):
    """Where a voice agent sends its events."""

    def emit(self, event: TurnEvent) -> bool:
        """Hand the event over without blocking; False when it was dropped (buffer full, closed)."""
        ...

    def emit_dead_letter(self, note: DeadLetterNote) -> bool:
        """Hand over a note for what the producer could not emit, keyed by its call SID, on the same
        terms as ``emit``; the stream stores it as a dead letter under its reason code."""
        ...

    def flush(self, timeout_s: float) -> int:
        """Wait up to ``timeout_s`` for accepted events to be delivered; return how many are left."""
        ...

    def close(self, timeout_s: float) -> int:
        """Flush (up to ``timeout_s``), then stop accepting events; return how many were left undelivered."""
        ...

    @property
    def stats(self) -> EmitterStats:
        """A consistent snapshot of the counters."""
        ...
