"""Fault injection for tests and chaos benchmarks: a warehouse client that misbehaves on purpose.

Only ``callpulse.compose`` wraps a worker's client in these, and only when a ``CALLPULSE_FAULT_*``
setting asks for it (tests start a real ``callpulse worker`` with one); a deployed worker never has
them set. Each forwards everything but ``insert`` to the client it wraps."""

from __future__ import annotations

import time
from typing import Any


class RefuseUntil:
    """``fault_warehouse_refuse_s``: inserts raise until a deadline set by the first one."""

    def __init__(self, client: Any, seconds: float) -> None:
        self._client, self._seconds, self._until = client, seconds, 0.0

    def __getattr__(self, name: str) -> Any:
        return getattr(self._client, name)

    def insert(self, **kwargs: Any) -> Any:
        now = time.monotonic()
        if not self._until:
            self._until = now + self._seconds
        if now < self._until:
            raise ConnectionError("warehouse refusing writes (fault injection)")
        return self._client.insert(**kwargs)


class SlowInserts:
    """``fault_insert_delay_ms``: every insert waits first, as a slow warehouse would."""

    def __init__(self, client: Any, delay_ms: int) -> None:
        self._client, self._delay_s = client, delay_ms / 1000

    def __getattr__(self, name: str) -> Any:
        return getattr(self._client, name)

    def insert(self, **kwargs: Any) -> Any:
        time.sleep(self._delay_s)
        return self._client.insert(**kwargs)
