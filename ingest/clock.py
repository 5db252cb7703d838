"""The one clock of the code base: events are stamped with it, steps batch and age by it, the API rates and
expires by it. Injected, so tests and replays control time. Nothing else defines or re-exports a clock."""

from __future__ import annotations

import time
from typing import Protocol


class Clock(Protocol):
    """Anything that tells the current UTC time in epoch milliseconds."""

    def now_ms(self) -> int: ...


class SystemClock:
    """Wall-clock time (``time.time_ns``), UTC epoch milliseconds."""

    def now_ms(self) -> int:
        return time.time_ns() // 1_000_000


class ManualClock:
    """A clock moved by hand: tests, and replays that stamp simulated days."""

    def __init__(self, start_ms: int = 1_764_000_000_000) -> None:
        self._now_ms = start_ms

    def now_ms(self) -> int:
        return self._now_ms

    def advance(self, ms: int) -> None:
        self._now_ms += ms
