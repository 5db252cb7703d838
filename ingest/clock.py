"""The clock events are stamped with. Injected, so tests and replays control time."""

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
