"""Event-to-queryable freshness: from ``emit()`` returning to ``SELECT ... FINAL`` returning the event.

Measured directly, not derived from the writer's batch lag (the simulated events' timestamps are not
the emit times). Every ``sample_every``-th event's emit time is kept; a poller queries the events
table ``FINAL`` for the ids not seen yet every ``poll_s`` and takes the moment its query returned as
the event's visible time, so each figure is an upper bound with ``poll_s`` (+ query time) resolution.
"""

from __future__ import annotations

import statistics
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from ingest.contract.models import TurnEvent
from ingest.emit.kafka import KafkaEmitter


@dataclass(frozen=True, slots=True)
class Freshness:
    samples: int
    unseen: int
    latencies_ms: tuple[float, ...]

    def percentile(self, p: float) -> float | None:
        """The ``p`` quantile (0-1) of the seen events' latencies, ms; ``None`` when none was seen."""
        if not self.latencies_ms:
            return None
        ordered = sorted(self.latencies_ms)
        return ordered[min(len(ordered) - 1, int(p * len(ordered)))]

    def __str__(self) -> str:
        if not self.latencies_ms:
            return f"no sampled event became visible ({self.unseen} unseen)"
        ordered = sorted(self.latencies_ms)

        def pct(p: float) -> float:
            return ordered[min(len(ordered) - 1, int(p * len(ordered)))]

        return (
            f"{len(ordered):,} sampled events: p50 {statistics.median(ordered):,.0f} ms, "
            f"p95 {pct(0.95):,.0f} ms, p99 {pct(0.99):,.0f} ms, max {ordered[-1]:,.0f} ms"
            + (f"; {self.unseen} never seen" if self.unseen else "")
        )


class _Poller:
    def __init__(self, client: Any, database: str, poll_s: float) -> None:
        self._client, self._database, self._poll_s = client, database, poll_s
        self._lock = threading.Lock()
        self._emitted_at: dict[str, float] = {}
        self._pending: set[str] = set()
        self.latencies_ms: list[float] = []
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._done = threading.Event()

    def start(self) -> None:
        self._thread.start()

    def emitted(self, event_id: str, at: float) -> None:
        with self._lock:
            self._emitted_at[event_id] = at
            self._pending.add(event_id)

    def finish(self, wait_s: float) -> int:
        """Wait until every sampled event was seen (at most ``wait_s``); returns how many were not."""
        deadline = time.monotonic() + wait_s
        while time.monotonic() < deadline:
            with self._lock:
                if not self._pending:
                    break
            time.sleep(0.1)
        self._done.set()
        self._thread.join()
        return len(self._pending)

    def _run(self) -> None:
        sql = f"SELECT event_id FROM {self._database}.events FINAL WHERE event_id IN %(ids)s"
        while not self._done.is_set():
            with self._lock:
                ids = list(self._pending)
            if ids:
                rows = self._client.query(sql, parameters={"ids": ids}).result_rows
                seen_at = time.monotonic()
                with self._lock:
                    for (event_id,) in rows:
                        if event_id in self._pending:
                            self._pending.discard(event_id)
                            self.latencies_ms.append((seen_at - self._emitted_at[event_id]) * 1000)
            self._done.wait(self._poll_s)


def measure_freshness(
    emitter: KafkaEmitter,
    events: Sequence[TurnEvent],
    client: Any,
    database: str,
    *,
    rate: int,
    sample_every: int = 10,
    poll_s: float = 0.1,
) -> Freshness:
    """Emit ``events`` at ``rate`` per second and measure how soon sampled ones can be queried."""
    poller = _Poller(client, database, poll_s)
    poller.start()
    started = time.monotonic()
    for index, event in enumerate(events):
        ahead_s = started + index / rate - time.monotonic()
        if ahead_s > 0:
            time.sleep(ahead_s)
        emitter.emit(event)
        if index % sample_every == 0:
            poller.emitted(str(event.event_id), time.monotonic())
    unseen = poller.finish(wait_s=60)
    return Freshness(len(events) // sample_every, unseen, tuple(poller.latencies_ms))
