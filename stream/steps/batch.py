"""Collect rows into batches, flushed on size or age, whichever comes first.

The batch remembers, per (source, partition), the offset after the last message whose rows it
holds; the writer commits exactly that once the batch is stored. A partial batch is flushed on
``join`` (shutdown, end of file), never dropped.
"""

from __future__ import annotations

from ingest.clock import Clock
from stream.messages import Batch, Rows
from stream.steps.base import Holding, Step


class BatchStep(Holding):
    """Rows -> Batch."""

    def __init__(
        self, next_step: Step[Batch], clock: Clock, *, max_rows: int = 20_000, max_age_ms: int = 1_000
    ) -> None:
        self._next = next_step
        self._clock = clock
        self._max_rows = max_rows
        self._max_age_ms = max_age_ms
        self._batch: Batch | None = None
        self._rows = 0

    def submit(self, item: Rows) -> None:
        batch = self._batch
        if batch is None:
            batch = self._batch = Batch(opened_ms=self._clock.now_ms())
        for table, table_rows in item.by_table.items():
            if table_rows:
                batch.by_table.setdefault(table, []).extend(table_rows)
                self._rows += len(table_rows)
        if item.position is not None:
            batch.messages += 1
            key = (item.position.source, item.position.partition)
            batch.offsets[key] = max(batch.offsets.get(key, 0), item.position.offset + 1)
        if item.event_ts_ms is not None and (
            batch.oldest_event_ts_ms is None or item.event_ts_ms < batch.oldest_event_ts_ms
        ):
            batch.oldest_event_ts_ms = item.event_ts_ms
        if self._rows >= self._max_rows:
            self._flush()

    def poll(self) -> None:
        if self._batch is not None and self._clock.now_ms() - self._batch.opened_ms >= self._max_age_ms:
            self._flush()
        self._next.poll()

    def _flush(self) -> None:
        batch, self._batch, self._rows = self._batch, None, 0
        if batch is not None and (batch.rows or batch.offsets):
            self._next.submit(batch)
