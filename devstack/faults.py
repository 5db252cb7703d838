"""Fault injection for tests and chaos benchmarks: a warehouse client that misbehaves on purpose.

Only ``callpulse.compose`` wraps a worker's client in these, and only when a ``CALLPULSE_FAULT_*``
setting asks for it (tests start a real ``callpulse worker`` with one); a deployed worker never has
them set. Each is a ``DelegatingWarehouse`` whose ``send_insert`` runs the fault first, so every other
method reaches the wrapped client as written, and mypy checks both against the ``Warehouse`` protocol."""

from __future__ import annotations

import time

from stream.warehouse import DelegatingWarehouse, Insert, Warehouse


class RefuseUntil(DelegatingWarehouse):
    """``fault_warehouse_refuse_s``: inserts raise until a deadline set by the first one."""

    def __init__(self, client: Warehouse, seconds: float) -> None:
        super().__init__(client)
        self._seconds, self._until = seconds, 0.0

    def send_insert(self, insert: Insert) -> object:
        now = time.monotonic()
        if not self._until:
            self._until = now + self._seconds
        if now < self._until:
            raise ConnectionError("warehouse refusing writes (fault injection)")
        return super().send_insert(insert)


class SlowInserts(DelegatingWarehouse):
    """``fault_insert_delay_ms``: every insert waits first, as a slow warehouse would."""

    def __init__(self, client: Warehouse, delay_ms: int) -> None:
        super().__init__(client)
        self._delay_s = delay_ms / 1000

    def send_insert(self, insert: Insert) -> object:
        time.sleep(self._delay_s)
        return super().send_insert(insert)
