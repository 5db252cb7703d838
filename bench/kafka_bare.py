"""A bare aiokafka consumer feeding the worker's own chain, for comparison with the faust worker.

The chain is the one ``callpulse worker`` runs, built by the same ``callpulse.compose.worker`` (the
steps, the warehouse history of calls first seen, the retrying writer, the metrics) and fed through
the same ``Feeder`` (one hand-over per fetched batch to the pipeline thread). Same delivery rule:
offsets are committed to Kafka only after the writer's ``commit`` callback said their rows are
stored. What it leaves out, and faust gives the worker: the app, its consumer thread, the agent and
the channel it reads, acks, timers, rebalance hooks that write and forget call state, the lag metric.
So the difference between the two is what faust costs.
"""

from __future__ import annotations

import asyncio
import time
from typing import Any

from aiokafka import AIOKafkaConsumer, TopicPartition

from callpulse import compose
from callpulse.settings import Settings
from stream.kafka.batches import Batch
from stream.warehouse import Warehouse

Moment = tuple[float, float]


class BareConsumer:
    """Consume ``topic`` in group ``group_id`` until ``expected`` events are written and committed."""

    def __init__(self, settings: Settings, client: Warehouse, *, redact: bool) -> None:
        self._settings = settings
        self.parts = compose.worker(settings, client, shutdown=lambda: None, redact=redact)
        self.pipeline = self.parts.pipeline

    def run(self, group_id: str, expected: int) -> tuple[Moment, Moment]:
        """When the first event was received and when the last one was committed: (monotonic time,
        this process's CPU time) each."""
        try:
            return asyncio.run(self._run(group_id, expected))
        finally:
            self.parts.close()

    async def _run(self, group_id: str, expected: int) -> tuple[Moment, Moment]:
        consumer = AIOKafkaConsumer(
            self._settings.kafka_topic,
            bootstrap_servers=self._settings.kafka_bootstrap,
            group_id=group_id,
            enable_auto_commit=False,
            auto_offset_reset="earliest",
            max_poll_records=2_000,
        )
        await consumer.start()
        feeder, ledger = self.parts.feeder, self.parts.ledger
        first: Moment | None = None
        committed: dict[tuple[str, int], int] = {}
        seen: set[tuple[str, int]] = set()  # every partition fetched from, not only the last fetch's
        try:
            while sum(committed.values()) < expected:
                batches = await consumer.getmany(timeout_ms=50, max_records=2_000)
                records = [m for part in batches.values() for m in part if m.value is not None]
                if records and first is None:
                    first = (time.monotonic(), time.process_time())
                if records:
                    await feeder.feed(Batch(0, records))
                else:
                    await feeder.tick()
                # a partition fetched whole in one go is written a batch age later, when the fetches
                # are empty: asking only the last fetch's partitions never saw its offsets (a hang)
                seen |= _tps(batches)
                written = {tp: o for tp in seen if (o := ledger.written(tp))}
                if written != committed:  # commit-after-write: only offsets whose rows are stored
                    await consumer.commit({TopicPartition(t, p): o for (t, p), o in written.items()})
                    committed = written
            done = (time.monotonic(), time.process_time())
            return first or done, done
        finally:
            await feeder.drain()
            await consumer.stop()


def _tps(batches: dict[Any, Any]) -> set[tuple[str, int]]:
    return {(tp.topic, tp.partition) for tp in batches}
