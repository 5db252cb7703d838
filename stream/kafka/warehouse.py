"""The worker's view of the ClickHouse client: inserts retried with backoff, dead letters mirrored.

When the warehouse refuses writes, the worker must neither commit nor give up: ``RetryingInserts``
retries the same insert with exponential backoff until it returns (or the worker is stopping, then
it raises and nothing is committed). It runs in the pipeline's own thread, so the event loop keeps
heart-beating the consumer group while it waits. Rows inserted into ``dlq`` are also published to
the dead-letter topic, and flushed before the insert call returns, i.e. before the writer commits.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence
from typing import Any, Protocol

import orjson

from stream.rows import TABLE_COLUMNS

log = logging.getLogger(__name__)


class DeadLetterSink(Protocol):
    """Where dead-letter rows go besides the table (``DeadLetterTopic``)."""

    def publish(self, rows: Sequence[Sequence[Any]]) -> None: ...


class RetryingInserts:
    """Wraps a clickhouse-connect client; everything but ``insert`` is passed through."""

    def __init__(
        self,
        client: Any,
        *,
        stopping: threading.Event,
        dead_letters: DeadLetterSink | None = None,
        backoff_s: float = 0.2,
        max_backoff_s: float = 5.0,
        on_retry: Callable[[str], None] = lambda table: None,
    ) -> None:
        self._client = client
        self._stopping = stopping
        self._dead_letters = dead_letters
        self._backoff_s = backoff_s
        self._max_backoff_s = max_backoff_s
        self._on_retry = on_retry
        self.retries = 0

    def __getattr__(self, name: str) -> Any:
        return getattr(self._client, name)

    def insert(self, *, data: Sequence[Sequence[Any]], context: Any) -> Any:
        table = str(context.table).rpartition(".")[2]
        wait_s = self._backoff_s
        while True:
            try:
                context.data = None  # a failed attempt may leave its data behind
                summary = self._client.insert(data=data, context=context)
                break
            except Exception as err:
                if self._stopping.is_set():
                    raise
                self.retries += 1
                self._on_retry(table)
                if self.retries % 10 == 1:
                    log.warning(
                        "insert into %s refused (%s); retrying in %.1f s", table, type(err).__name__, wait_s
                    )
                self._stopping.wait(wait_s)
                wait_s = min(wait_s * 2, self._max_backoff_s)
        if table == "dlq" and self._dead_letters is not None:
            self._dead_letters.publish(data)
        return summary


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
