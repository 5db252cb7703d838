"""The last step: insert a batch's rows into ClickHouse, then commit the batch's offsets.

Commit strictly after every insert returned: if the process dies in between, the batch is read and
written again, which the tables absorb (ReplacingMergeTree keys and duplicate-insensitive KPI
states). If an insert raises, nothing is committed and ``WriteError`` goes up to the runner.

Tables are written in a fixed order with ``calls`` last, so that a per-call summary is never newer
in the warehouse than the events and turn rows it was computed from. Each table's insert context
(the column types the driver would otherwise ask the server for on every insert) is created once
and reused.
"""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from ingest.clock import Clock
from stream.errors import WriteError
from stream.messages import Batch, Row
from stream.rows import TABLE_COLUMNS
from stream.warehouse import InsertContext, Warehouse

TABLE_ORDER: tuple[str, ...] = (
    "events",
    "turns",
    "turns_raw",
    "turn_metrics",
    "interruptions",
    "dlq",
    "rule_matches",
    "calls",
)
RESTRICTED_TABLES = frozenset({"turns_raw"})

Commit = Callable[[Mapping[tuple[str, int], int]], None]

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class BatchStats:
    """What one written batch cost: rows, messages, clock time spent inserting, and how old its
    oldest event was when the write returned (None when the batch held no event rows)."""

    rows: int
    messages: int
    write_ms: int
    event_to_write_lag_ms: int | None


class ClickHouseWriter:
    """Batch -> rows in ClickHouse -> ``commit(batch.offsets)``."""

    def __init__(
        self,
        client: Warehouse,
        database: str,
        commit: Commit,
        clock: Clock,
        *,
        restricted_database: str | None = None,
        history: int = 1_000,
    ) -> None:
        self._client = client
        self._commit = commit
        self._clock = clock
        self._targets = {
            table: f"{restricted_database if table in RESTRICTED_TABLES else database}.{table}"
            for table in TABLE_ORDER
            if restricted_database is not None or table not in RESTRICTED_TABLES
        }
        self._contexts: dict[str, InsertContext] = {}
        self.history: deque[BatchStats] = deque(maxlen=history)
        self.last_stats: BatchStats | None = None
        self.batches = 0
        self.rows = 0
        self.messages = 0
        self.write_ms = 0

    def submit(self, item: Batch) -> None:
        unknown = sorted(set(item.by_table) - set(self._targets))
        if unknown:
            raise WriteError(
                f"batch has rows for tables this writer does not write: {', '.join(unknown)}",
                rows=item.rows,
                messages=item.messages,
            )
        started_ms = self._clock.now_ms()
        for table in TABLE_ORDER:
            table_rows = item.by_table.get(table)
            if table_rows:
                self._insert(table, table_rows, item)
        finished_ms = self._clock.now_ms()
        self._commit(item.offsets)
        self._record(item, finished_ms - started_ms, finished_ms)

    def poll(self) -> None:
        """Nothing is time-based here: batches arrive already cut on size or age."""

    def join(self, timeout: float | None = None) -> None:
        """Every submitted batch was written synchronously, so there is nothing in flight."""

    def close(self) -> None:
        self._contexts.clear()

    def _insert(self, table: str, table_rows: Sequence[Row], batch: Batch) -> None:
        try:
            context = self._context(table)
            try:
                self._client.insert(data=table_rows, context=context)
            finally:
                context.data = None  # a failed insert must not leave data behind for the next batch
        except Exception as err:  # any driver or server failure: do not commit, let the runner retry
            raise WriteError(
                f"insert into {self._targets[table]} failed ({type(err).__name__}: {err}); "
                f"batch of {batch.rows} rows from {batch.messages} messages not committed",
                rows=batch.rows,
                messages=batch.messages,
                table=table,
            ) from err

    def _context(self, table: str) -> InsertContext:
        context = self._contexts.get(table)
        if context is None:
            context = self._client.create_insert_context(self._targets[table], list(TABLE_COLUMNS[table]))
            self._contexts[table] = context
        return context

    def _record(self, batch: Batch, write_ms: int, finished_ms: int) -> None:
        oldest = batch.oldest_event_ts_ms
        stats = BatchStats(
            rows=batch.rows,
            messages=batch.messages,
            write_ms=write_ms,
            event_to_write_lag_ms=None if oldest is None else finished_ms - oldest,
        )
        self.history.append(stats)
        self.last_stats = stats
        self.batches += 1
        self.rows += stats.rows
        self.messages += stats.messages
        self.write_ms += write_ms
        log.debug(
            "batch written: %d rows from %d messages in %d ms, event-to-write lag %s ms",
            stats.rows, stats.messages, write_ms, stats.event_to_write_lag_ms,
        )  # fmt: skip
