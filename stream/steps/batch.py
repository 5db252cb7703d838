"""Collect rows into batches, flushed on size or age, whichever comes first.

The batch remembers, per (source, partition), the offset after the last message whose rows it
holds; the writer commits exactly that once the batch is stored. A partial batch is flushed on
``join`` (shutdown, end of file), never dropped.

Per-call rule matches (``rule_matches`` rows) take a fast lane when ``match_max_age_ms`` is set: they
are held apart and written on their own once the oldest is that old (a supervisor should not wait for
the batch age), or with the batch if it is flushed first. Written alone, they carry no offsets, so
nothing is committed earlier than before: the event that caused a match is still committed only with
its batch, after the match is stored. A crash after the match's write and before its event's batch
is redelivered; a match found again has the same row key (call, rule, event time) and the table keeps
one. The cost is one small insert per ``match_max_age_ms`` at most, only while rules match, and only
for matches of live events (event time within ``LANE_MAX_LAG_MS`` of the clock): a worker catching up on
a backlog, or a replay, writes its matches with the batch and spends no extra insert on them.

When the next step writes behind the chain (``stream.steps.write_behind.WriteBehind``, the Kafka worker's),
the age rules wait while it is ``busy``: what arrives during a write is collected and goes in the next
one, instead of the chain waiting for the write in flight. A batch full on size is handed on at once.

A ``lane`` of its own (the Kafka worker's: a second writer thread) takes the fast lane's matches instead
of the next step: they are then never held behind a batch's write, which on a loaded warehouse is most
of the time (measured, ``bench/rule_latency_kafka.py`` 2026-12-06: the writer busy ~75% of the time at
~450 ms a batch, and a held match went with the next batch). With a lane, matches never ride with a batch;
``join`` hands the held ones to the lane and joins it with the next step, so a drain stores them.
"""

from __future__ import annotations

from ingest.clock import Clock
from stream.messages import Batch, Row, Rows
from stream.rows import TABLE_COLUMNS
from stream.steps.base import Holding, Step

LANE_MAX_LAG_MS = 5_000
"""A match whose event is older than this (a backlog, a replay) goes with the batch, not the fast lane."""
_EVENT_AT = TABLE_COLUMNS["rule_matches"].index("event_at")


class BatchStep(Holding):
    """Rows -> Batch."""

    def __init__(
        self,
        next_step: Step[Batch],
        clock: Clock,
        *,
        max_rows: int = 20_000,
        max_age_ms: int = 1_000,
        match_max_age_ms: int | None = None,
        lane: Step[Batch] | None = None,
    ) -> None:
        self._next = next_step
        self._lane = lane
        self._clock = clock
        self._max_rows = max_rows
        self._max_age_ms = max_age_ms
        self._match_max_age_ms = match_max_age_ms
        self._batch: Batch | None = None
        self._rows = 0
        self._matches: Batch | None = None  # the fast lane's rule_matches rows, no offsets
        self.match_writes = 0  # batches of the fast lane written on their own
        self.flushes = 0  # batches handed on to the next step (on size, on age, by ``flush`` or ``join``)

    @property
    def max_age_ms(self) -> int:
        """How long a batch may stay open; the Kafka feeder's write cadence follows it."""
        return self._max_age_ms

    def submit(self, item: Rows) -> None:
        batch = self._batch
        if batch is None:
            batch = self._batch = Batch(opened_ms=self._clock.now_ms())
        for table, table_rows in item.by_table.items():
            if table_rows and table == "rule_matches" and self._fast(table_rows):
                if self._matches is None:
                    self._matches = Batch(opened_ms=self._clock.now_ms())
                self._matches.by_table.setdefault(table, []).extend(table_rows)
            elif table_rows:
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

    def _fast(self, matches: tuple[Row, ...]) -> bool:
        """Whether these matches take the fast lane: it is on, and one of them is of a live event."""
        if self._match_max_age_ms is None:
            return False
        now_ms = self._clock.now_ms()
        return any(now_ms - int(row[_EVENT_AT]) <= LANE_MAX_LAG_MS for row in matches)

    @property
    def writing(self) -> bool:
        """Whether the next step is writing an earlier batch behind the chain (``WriteBehind.busy``)."""
        return bool(getattr(self._next, "busy", False))

    def flush(self) -> None:
        """Hand on what is held now (the Kafka feeder's write cadence), without waiting for the write
        when the next step writes behind the chain."""
        self._flush()

    def poll(self) -> None:
        now_ms = self._clock.now_ms()
        if self._lane is not None:  # the lane's writer does not wait for the batch's
            self._send_matches(now_ms)
            self._lane.poll()
        if self.writing:  # the age rules wait for the write in flight; what comes meanwhile goes next
            self._next.poll()
            return
        if self._batch is not None and now_ms - self._batch.opened_ms >= self._max_age_ms:
            self._flush()
        if self._lane is None:
            self._send_matches(now_ms)
        self._next.poll()

    def join(self, timeout: float | None = None) -> None:
        self._flush()
        if self._lane is not None:
            self._send_matches(None)
            self._lane.join(timeout)
        self._next.join(timeout)

    def close(self) -> None:
        self._next.close()
        if self._lane is not None:
            self._lane.close()

    def _send_matches(self, now_ms: int | None) -> None:
        """Hand the fast lane's matches on once the oldest is ``match_max_age_ms`` old (``now_ms`` None:
        now, a drain): to the lane when there is one, else to the next step."""
        matches = self._matches
        if matches is None or self._match_max_age_ms is None:
            return
        if now_ms is not None and now_ms - matches.opened_ms < self._match_max_age_ms:
            return
        if now_ms is not None and self._lane is not None and getattr(self._lane, "busy", False):
            return  # the lane's write in flight returns first; what came meanwhile goes in the next
        self._matches = None
        self.match_writes += 1
        if self._lane is not None:
            self._lane.submit(matches)
        else:
            self.flushes += 1
            self._next.submit(matches)

    def _flush(self) -> None:
        batch, self._batch, self._rows = self._batch, None, 0
        matches = None
        if self._lane is None:  # held matches go with the batch (the one insert it makes anyway)
            matches, self._matches = self._matches, None
        if matches is not None:
            if batch is None:
                batch = Batch(opened_ms=matches.opened_ms)
            batch.by_table.setdefault("rule_matches", []).extend(matches.by_table["rule_matches"])
        if batch is not None and (batch.rows or batch.offsets):
            self.flushes += 1
            self._next.submit(batch)
