"""A bare aiokafka consumer feeding the same ``Pipeline`` as the faust worker, for comparison.

Same delivery rule as the worker: offsets are committed to Kafka only after the writer's ``commit``
callback said their rows are stored, and the synchronous chain runs on one dedicated thread while the
event loop keeps the consumer alive. What it leaves out, and faust gives the worker: agents and
streams, acking per event, timers, rebalance hooks that write and forget call state, the lag metric.
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from aiokafka import AIOKafkaConsumer, TopicPartition

from callpulse import compose
from callpulse.settings import Settings
from ingest.clock import SystemClock
from stream.messages import Position, RawMessage
from stream.pipeline import Pipeline


class BareConsumer:
    """Consume ``topic`` in group ``group_id`` until ``expected`` events are written and committed."""

    def __init__(self, settings: Settings, client: Any, database: str, *, redact: bool) -> None:
        self._settings = settings
        self._clock = SystemClock()
        self._lock = threading.Lock()
        self._written: dict[tuple[str, int], int] = {}
        self.pipeline = Pipeline(
            client,
            database,
            self._clock,
            config=compose.pipeline_config(settings),
            redaction=compose.redaction(settings) if redact else None,
            commit=self._on_commit,
        )

    def _on_commit(self, offsets: Mapping[tuple[str, int], int]) -> None:
        with self._lock:
            for tp, offset in offsets.items():
                self._written[tp] = max(offset, self._written.get(tp, 0))

    def _feed(self, raws: Sequence[RawMessage]) -> None:
        for raw in raws:
            self.pipeline.submit(raw)
        self.pipeline.poll()

    def run(self, group_id: str, expected: int) -> tuple[float, float]:
        """(monotonic time of the first event received, time the last one was committed)."""
        return asyncio.run(self._run(group_id, expected))

    async def _run(self, group_id: str, expected: int) -> tuple[float, float]:
        consumer = AIOKafkaConsumer(
            self._settings.kafka_topic,
            bootstrap_servers=self._settings.kafka_bootstrap,
            group_id=group_id,
            enable_auto_commit=False,
            auto_offset_reset="earliest",
            max_poll_records=2_000,
        )
        await consumer.start()
        thread = ThreadPoolExecutor(max_workers=1, thread_name_prefix="bare-pipeline")
        loop = asyncio.get_running_loop()
        first: float | None = None
        committed: dict[tuple[str, int], int] = {}
        try:
            while sum(committed.values()) < expected:
                batches = await consumer.getmany(timeout_ms=50, max_records=2_000)
                now_ms = self._clock.now_ms()
                raws = [
                    RawMessage(m.value, Position(m.topic, m.partition, m.offset), now_ms)
                    for messages in batches.values()
                    for m in messages
                    if m.value is not None
                ]
                if raws and first is None:
                    first = time.monotonic()
                await loop.run_in_executor(thread, self._feed, raws)
                with self._lock:
                    written = dict(self._written)
                if written != committed:  # commit-after-write: only offsets whose rows are stored
                    await consumer.commit({TopicPartition(t, p): o for (t, p), o in written.items()})
                    committed = written
            return first or time.monotonic(), time.monotonic()
        finally:
            await loop.run_in_executor(thread, self.pipeline.join)
            thread.shutdown(wait=True)
            await consumer.stop()
