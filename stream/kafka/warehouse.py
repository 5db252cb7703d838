"""The worker's view of the ClickHouse client: inserts retried with backoff, dead letters mirrored.

When the warehouse refuses writes, the worker must neither commit nor give up: ``RetryingInserts`` (a
``Warehouse`` that overrides ``send_insert`` only) retries the same insert with exponential backoff until it
returns (or the worker is stopping, then it raises and nothing is committed). It runs in the pipeline's own
thread, so the event loop keeps heart-beating the consumer group while it waits. Rows inserted into ``dlq``
are also published to the dead-letter topic, and flushed before the insert call returns, i.e. before the
writer commits.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence
from typing import Any, Protocol

import orjson

from stream.rows import TABLE_COLUMNS
from stream.warehouse import DelegatingWarehouse, Insert, Warehouse

log = logging.getLogger(__name__)


class DeadLetterSink(Protocol):
    """Where dead-letter rows go besides the table (``DeadLetterTopic``)."""

    def publish(self, rows: Sequence[Sequence[Any]]) -> None: ...


class RetryingInserts(DelegatingWarehouse):
    """The worker's ``Warehouse``: ``insert`` retried with backoff, dead-letter rows published; queries,
    commands and everything else go to ``client`` unchanged (``DelegatingWarehouse``).

    ``insert`` returns only once the warehouse took the rows, so the writer commits after it. It gives up
    (re-raises) only when ``stopping`` is set. An insert into a ``dlq`` table is then published to
    ``dead_letters`` too, before ``insert`` returns; the publish is not retried here (a broker that refuses
    raises, and the batch is not committed)."""

    def __init__(
        self,
        client: Warehouse,
        *,
        stopping: threading.Event,
        dead_letters: DeadLetterSink | None = None,
        backoff_s: float = 0.2,
        max_backoff_s: float = 5.0,
        on_retry: Callable[[str], None] = lambda table: None,
    ) -> None:
        super().__init__(client)
        self._stopping = stopping
        self._dead_letters = dead_letters
        self._backoff_s = backoff_s
        self._max_backoff_s = max_backoff_s
        self._on_retry = on_retry
        self.retries = 0

    def send_insert(self, insert: Insert) -> object:
        summary = self._insert_until_taken(insert)
        if insert.target == "dlq" and self._dead_letters is not None and insert.data:
            self._dead_letters.publish(insert.data)
        return summary

    def _insert_until_taken(self, insert: Insert) -> object:
        wait_s = self._backoff_s
        while True:
            try:
                if insert.context is not None:
                    insert.context.data = None  # a failed attempt may leave its data behind
                return insert.into(self._inner)
            except Exception as err:
                if self._stopping.is_set():
                    raise
                self.retries += 1
                self._on_retry(insert.target)
                if self.retries % 10 == 1:
                    log.warning(
                        "insert into %s refused (%s); retrying in %.1f s",
                        insert.target,
                        type(err).__name__,
                        wait_s,
                    )
                self._stopping.wait(wait_s)
                wait_s = min(wait_s * 2, self._max_backoff_s)


class DeadLetterTopic:
    """Publishes dlq rows (payload already redacted) to the dead-letter topic, keyed by call SID."""

    def __init__(self, producer: Any, topic: str) -> None:
        self._producer = producer
        self._topic = topic
        self.published = 0

    def publish(self, rows: Sequence[Sequence[Any]]) -> None:
        columns = TABLE_COLUMNS["dlq"]
        futures = []
        for row in rows:
            record = dict(zip(columns, row, strict=True))
            key = record["call_sid"].encode() if record["call_sid"] else None
            futures.append(self._producer.send(self._topic, key=key, value=orjson.dumps(record)))
        self._producer.flush()
        for future in futures:
            future.get(timeout=30)  # raises if the broker refused: the batch is then not committed
        self.published += len(rows)
