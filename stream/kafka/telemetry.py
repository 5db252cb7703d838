"""The worker's Prometheus metrics (declared in ``ingest.telemetry``), fed from the steps' counters.

The steps keep plain counters; after every pipeline call this reads what changed, so the hot path
pays nothing per event for metrics.
"""

from __future__ import annotations

from typing import Any

from prometheus_client import CollectorRegistry

from ingest.telemetry import build


class WorkerTelemetry:
    def __init__(self, registry: CollectorRegistry, pipeline: Any, history: Any | None = None) -> None:
        self.registry = registry
        self._m = build(registry, "callpulse_worker_")
        self._pipeline = pipeline
        self.history = history
        self._batches = 0
        self._rows = 0
        self._reasons: dict[str, int] = {}
        self._restored = 0
        self._match_rows = 0
        self._waited = 0

    def consumed(self, count: int) -> None:
        self._m["callpulse_worker_events_consumed_total"].inc(count)

    def retried(self, table: str) -> None:
        self._m["callpulse_worker_warehouse_retries_total"].labels(table=table).inc()

    def lag(self, partition: int, messages: int) -> None:
        self._m["callpulse_worker_consumer_lag_messages"].labels(partition=str(partition)).set(messages)

    def observe(self) -> None:
        """Fold the steps' counters into the metrics (called after each pipeline call)."""
        writer, state = self._pipeline.writer, self._pipeline.call_state
        new_batches = writer.batches - self._batches
        if new_batches > 0:
            history = list(writer.history)[-new_batches:]
            for stats in history:
                self._m["callpulse_worker_write_seconds"].observe(stats.write_ms / 1000)
                if stats.event_to_write_lag_ms is not None:
                    self._m["callpulse_worker_event_to_write_lag_seconds"].observe(
                        max(0, stats.event_to_write_lag_ms) / 1000
                    )
            self._m["callpulse_worker_batches_written_total"].inc(new_batches)
            self._m["callpulse_worker_rows_written_total"].inc(writer.rows - self._rows)
            self._batches, self._rows = writer.batches, writer.rows
        lane = getattr(self._pipeline, "match_writer", None)  # the rule matches' writer (behind the chain)
        if lane is not None and lane.rows > self._match_rows:
            self._m["callpulse_worker_rows_written_total"].inc(lane.rows - self._match_rows)
            self._match_rows = lane.rows
        behind = getattr(self._pipeline, "write_behind", None)
        if behind is not None and behind.waited > self._waited:
            self._m["callpulse_worker_writes_waited_total"].inc(behind.waited - self._waited)
            self._waited = behind.waited
        for code, count in self._pipeline.reasons.items():
            seen = self._reasons.get(code, 0)
            if count > seen:
                self._m["callpulse_worker_dead_letters_total"].labels(reason_code=code).inc(count - seen)
                self._reasons[code] = count
        self._m["callpulse_worker_open_calls"].set(state.open_calls)
        if self.history is not None and self.history.restored > self._restored:
            self._m["callpulse_worker_restored_calls_total"].inc(self.history.restored - self._restored)
            self._restored = self.history.restored
