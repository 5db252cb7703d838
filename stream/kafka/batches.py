"""faust's Kafka consumer, delivering what one fetch returned as one batch instead of event by event.

faust's own fetch loop (``Consumer._drain_messages``) hands every message on by itself: a ``Message``
and an ``Event`` per message, two tasks per message (``wait_first``), the conductor's lock, a queue
put and a ``Stream`` step per event, and an ack per event. Measured on the worker (issue 19): that
loop thread spent more CPU per event than the whole step chain. Here the fetch loop is replaced and
nothing else: the same aiokafka consumer thread, group membership, rebalance callbacks, flow control,
read offsets and gaps, acks (``Consumer.ack``) and the periodic commit of acked offsets are faust's.
What one ``getmany`` returned goes, as one ``Batch``, to ``sink`` (the app puts it on an in-memory
channel that the worker's agent iterates).

A batch carries the consumer generation it was fetched in: after a rebalance its partitions may
belong to another member, so a batch of an older generation is dropped by the feeder, never written
or acked (faust seeks every assigned partition back to its committed offset, so nothing is lost).
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import Any, ClassVar, cast

from faust.transport.drivers import aiokafka as faust_aiokafka


@dataclass(frozen=True, slots=True)
class Batch:
    """The messages of one fetch, in offset order per partition (faust ``ConsumerMessage``s)."""

    generation: int
    messages: Sequence[Any]


Sink = Callable[[Batch], Awaitable[None]]


class BatchConsumer(faust_aiokafka.Consumer):
    """faust's aiokafka consumer whose fetch loop hands each fetch on whole, to ``transport.sink``."""

    async def _drain_messages(self, fetcher: Any) -> None:  # pragma: no cover - needs a broker
        sink = cast(BatchTransport, self.transport).sink
        assert sink is not None, "BatchTransport.sink is set before the app starts"
        consumer_stopped = self._stopped.is_set
        fetcher_stopped = fetcher._stopped.is_set
        try:
            while not (consumer_stopped() or fetcher_stopped()):
                try:
                    await self._fetch_one(sink)
                except asyncio.CancelledError:
                    if _cancelled() or self.transport.app.should_stop:
                        raise
                    # Not a cancel of this task: a rebalance cleared the channel and cancelled the put
                    # waiting on it (mode's flow-control queue). The batch is not delivered, so not
                    # acked; faust seeks back to the committed offsets. Fetch on.
                    continue
                await asyncio.sleep(0)
        except self.consumer_stopped_errors:
            if self.transport.app.should_stop:
                return
            raise
        except asyncio.CancelledError:
            if self.transport.app.should_stop:
                return
            raise

    async def _fetch_one(self, sink: Sink) -> None:
        records, active = await self._wait_next_records(1.0)
        if not records or self.should_stop:
            return
        if not self.flow_active:  # as faust's loop: a rebalance paused the flow, re-read later
            await self.perform_seek()
            return
        generation = self.app.consumer_generation_id
        messages = await self._take(records, active, generation)
        if messages:
            await self.app.flow_control.acquire()  # held while a rebalance is under way
            await sink(Batch(generation, messages))

    async def _take(self, records: Any, active: Any, generation: int) -> list[Any]:
        """faust's per-message bookkeeping, once per partition where it can be: the read offset (a
        message below it was already delivered), gaps in the offsets (compaction, transaction markers:
        acked for it so the commit can pass them), the end offset the monitor tracks."""
        to_message = self._to_message
        messages: list[Any] = []
        for tp, tp_records in records.items():
            if not (active is None or tp in active or tp in self._buffered_partitions):
                continue
            self.app.monitor.track_tp_end_offset(tp, self.highwater(tp))
            read = self._read_offset[tp]
            for record in tp_records:
                offset = record.offset
                if read is not None and offset < read:
                    continue  # delivered already (faust's loop drops these too)
                if read and offset - read > 1:  # (faust's loop: no gap before a first read offset)
                    await self._add_gap(tp, read + 1, offset)
                read = offset
                messages.append(to_message(tp, record))
            self._read_offset[tp] = read
        if self.app.consumer_generation_id != generation:
            return []  # a rebalance began while this was being taken: the new owner reads it
        return messages


def _cancelled() -> bool:
    """Whether this task was asked to stop (``Task.cancel``), as opposed to a future it awaited being
    cancelled by someone else."""
    task = asyncio.current_task()
    return task is None or task.cancelling() > 0


class BatchTransport(faust_aiokafka.Transport):
    """faust's aiokafka transport with ``BatchConsumer``; ``sink`` receives every fetched batch."""

    Consumer: ClassVar[type[Any]] = BatchConsumer
    sink: Sink | None = None


def use_batches(app: Any, sink: Sink) -> None:
    """Make ``app`` consume through ``BatchConsumer`` into ``sink``; call before the app starts (and
    before anything asks for its consumer)."""
    transport = BatchTransport(app.conf.broker_consumer, app)
    transport.sink = sink
    app.transport = transport
