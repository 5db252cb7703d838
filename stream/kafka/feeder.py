"""The loop side of the worker: hand faust's events to the pipeline thread, ack what was written.

The step chain is synchronous and its writer may block (a slow or refusing warehouse), so it runs
on one dedicated thread; the event loop stays free to heart-beat the consumer group. Every pipeline
call goes through that one thread, so the chain is never used concurrently.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import Any, Protocol

from ingest.clock import Clock
from stream.kafka.acks import AckLedger
from stream.kafka.telemetry import WorkerTelemetry
from stream.messages import Position, RawMessage

log = logging.getLogger(__name__)


class Chain(Protocol):
    """The part of ``stream.pipeline.Pipeline`` the feeder drives."""

    def submit(self, message: RawMessage) -> None: ...

    def poll(self) -> None: ...

    def join(self, timeout: float | None = None) -> None: ...


class Forgetful(Protocol):
    def forget(self) -> None: ...


Ack = Callable[[Any], Awaitable[object]]


class Feeder:
    """faust events -> ``RawMessage``s -> pipeline (on its thread) -> acks for the written ones."""

    def __init__(
        self,
        pipeline: Chain,
        call_state: Forgetful,
        ledger: AckLedger[Any],
        clock: Clock,
        telemetry: WorkerTelemetry,
    ) -> None:
        self._pipeline = pipeline
        self._call_state = call_state
        self._ledger = ledger
        self._clock = clock
        self._telemetry = telemetry
        self._thread = ThreadPoolExecutor(max_workers=1, thread_name_prefix="callpulse-pipeline")
        self.ack: Ack | None = None  # set by the agent: the stream's ``ack``
        self.failure: BaseException | None = None

    async def feed(self, events: Sequence[Any]) -> None:
        """Submit a batch of faust events to the chain, then ack every event already written."""
        raws = []
        now_ms = self._clock.now_ms()
        for event in events:
            message = event.message
            self._ledger.hold((message.topic, message.partition), message.offset, event)
            value = message.value if isinstance(message.value, bytes) else bytes(message.value or b"")
            raws.append(RawMessage(value, Position(message.topic, message.partition, message.offset), now_ms))
        await self._run(self._submit_all, raws)
        await self._ack_written()

    async def tick(self) -> None:
        """Time-based work (flush an old batch, live call rows), then ack what it wrote."""
        await self._run(self._pipeline.poll)
        await self._ack_written()

    async def revoke(self) -> None:
        """Partitions are moving: write what is in flight, ack it, and drop every call's state."""
        await self._run(self._flush_and_forget)
        await self._ack_written()
        dropped = self._ledger.drop()
        if dropped:
            log.info(
                "revocation: %d received events not written yet will be re-read by the new owner", dropped
            )

    async def drain(self) -> int:
        """Stopping: write the partial batch and ack every written event, so the consumer's last
        commit covers them. Returns how many events were acked; nothing after a fatal failure (what
        was not written stays uncommitted and is re-read)."""
        if self.failure is not None:
            return 0
        await self._run(self._pipeline.join)
        return await self._ack_written()

    def report_lag(self, consumer: Any) -> None:
        """Consumer lag per assigned partition: end of the partition minus what is stored."""
        for tp in consumer.assignment():
            high = consumer.highwater(tp)
            if high is None:
                continue
            written = self._ledger.written((tp.topic, tp.partition))
            if written is not None:
                self._telemetry.lag(tp.partition, max(0, high - written))

    def close(self) -> None:
        self._thread.shutdown(wait=True, cancel_futures=True)

    async def _run(self, fn: Callable[..., None], *args: Any) -> None:
        if self.failure is not None:
            raise self.failure
        loop = asyncio.get_running_loop()
        try:
            await loop.run_in_executor(self._thread, fn, *args)
        except Exception as err:
            self.failure = err
            raise
        finally:
            self._telemetry.observe()

    def _submit_all(self, raws: Sequence[RawMessage]) -> None:
        for raw in raws:
            self._pipeline.submit(raw)
        self._telemetry.consumed(len(raws))
        self._pipeline.poll()

    def _flush_and_forget(self) -> None:
        self._pipeline.join()
        self._call_state.forget()

    async def _ack_written(self) -> int:
        ready = self._ledger.ready()
        if ready and self.ack is not None:
            for event in ready:
                await self.ack(event)
        return len(ready)
