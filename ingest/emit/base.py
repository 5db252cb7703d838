"""The one interface every emitter offers, and the counters it keeps.

An emitter sits inside a voice agent, so ``emit`` must never block a voice turn: it only hands the
event over (to a bounded buffer) and says whether it was accepted. Everything slow (network, retries)
happens elsewhere; ``flush`` and ``close`` are the only calls that wait, and only up to a timeout.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol, runtime_checkable

from ingest.contract.models import TurnEvent


@dataclass(frozen=True, slots=True)
class EmitterStats:
    """A snapshot of an emitter's counters.

    ``emitted``: accepted by ``emit`` (it returned True). ``dropped``: refused by ``emit`` (buffer full
    or emitter closed; it returned False). Of the accepted ones, each is eventually ``delivered``
    (acknowledged by the bus) or ``failed`` (given up on), and until then counts as ``buffered``, so
    ``emitted == delivered + failed + buffered`` at any snapshot.
    """

    emitted: int = 0
    delivered: int = 0
    dropped: int = 0
    failed: int = 0
    buffered: int = 0


@runtime_checkable
class Emitter(Protocol):
    """Where a voice agent sends its events."""

    def emit(self, event: TurnEvent) -> bool:
        """Hand the event over without blocking; False when it was dropped (buffer full, closed)."""
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
