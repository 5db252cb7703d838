"""The loop side of the worker: hand faust's fetched batches to the pipeline thread, ack what was written.

The step chain is synchronous and its writer may block (a slow or refusing warehouse), so it runs
on one dedicated thread; the event loop stays free to heart-beat the consumer group. Every pipeline
call goes through that one thread, so the chain is never used concurrently. A batch costs the loop
one hand-over to that thread, whatever its size; the new calls of a batch are read back from the
warehouse in one query (``WarehouseHistory.prefetched``), answered while the fetch is submitted and the
chain polled (which hands on the events a holding step, the redaction's NER batch, kept back).

When to write is the feeder's call as well as the batch step's (``cadence.WriteCadence``, with the
batch step's own age): after a fetch is submitted, and on the app's tick, the feeder flushes the batch
step as soon as a write is due (the last write started a batch age ago, or longer when writes are
slow), instead of leaving the batch to a poll after its first row turned a whole batch age old. A
fetch is written after it was submitted whole, never in parts, and while fetched batches wait for the
pipeline (the worker is behind) the feeder leaves the writes to the batch step's own age rule: a worker
that is behind writes full batches (measured: extra writes on a loaded machine made the backlog grow,
not the rows fresher; docs/sizing.md). The offsets still go to the ledger only from the writer's commit,
after the inserts returned.

When the chain writes behind (``Pipeline.write_behind``, the worker's default): a due write is handed
to the writer thread and the pipeline thread goes on; no write starts while one is in flight, and a
write's duration, once it returned, spaces the next as before (``WriteCadence.took``), so the insert
rate is what it was. What a write committed is acked on the next tick.
"""

from __future__ import annotations

import asyncio
import logging
from collections import deque
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import AbstractContextManager, nullcontext
from typing import Any, Protocol

from ingest.clock import Clock
from stream.kafka.acks import AckLedger
from stream.kafka.batches import Batch
from stream.kafka.cadence import WriteCadence
from stream.kafka.telemetry import WorkerTelemetry
from stream.messages import Position, RawMessage

log = logging.getLogger(__name__)

POLL_EVERY_MS = 200
"""The chain's own time-based work (live call rows, rule ticks, the batch step's age) runs at least this
often; the app ticks more often than this only to catch a write falling due."""


class Chain(Protocol):
    """The part of ``stream.pipeline.Pipeline`` the feeder drives."""

    def submit(self, message: RawMessage) -> None: ...

    def poll(self) -> None: ...

    def join(self, timeout: float | None = None) -> None: ...


class Flushable(Protocol):
    """The chain's batch step (``stream.steps.batch.BatchStep``): ``join`` writes the batch it holds;
    ``flush`` hands it on without waiting for a write behind the chain; ``flushes`` counts hand-ons."""

    flushes: int

    def join(self, timeout: float | None = None) -> None: ...

    def flush(self) -> None: ...


class Behind(Protocol):
    """The chain's ``WriteBehind`` (``stream.steps.write_behind``): whether a write is in flight."""

    @property
    def busy(self) -> bool: ...


class Written(Protocol):
    """The chain's ``ClickHouseWriter``: the last batch it wrote (its ``write_ms``), once it returned."""

    last_stats: Any


class Forgetful(Protocol):
    def forget(self) -> None: ...


class Rebalanced(Protocol):
    """The chain's call-rules step (``stream.steps.call_rules.CallRulesStep``), when rules are on."""

    def partitions_moved(self) -> None: ...


class Prefetching(Protocol):
    """``stream.kafka.history.WarehouseHistory``: the stored events of a batch's calls in one query,
    started when the batch is fetched and answered when it is submitted."""

    def start(self, call_sids: Iterable[str]) -> Future[Any]: ...

    def answered(self, answer: Future[Any]) -> AbstractContextManager[None]: ...

    def prefetched(self, call_sids: Iterable[str]) -> AbstractContextManager[None]: ...

    def forget(self) -> None: ...

    def close(self) -> None: ...


Ack = Callable[[Any], object]
"""faust's ``Consumer.ack(message)``: the message may be committed."""
Generation = Callable[[], int]


class Feeder:
    """faust events -> ``RawMessage``s -> pipeline (on its thread) -> acks for the written ones."""

    def __init__(
        self,
        pipeline: Chain,
        call_state: Forgetful,
        ledger: AckLedger[Any],
        clock: Clock,
        telemetry: WorkerTelemetry,
        history: Prefetching | None = None,
        *,
        max_age_ms: int | None = None,
    ) -> None:
        """``max_age_ms``: the write cadence's batch age; by default the batch step's own (the
        configured ``batch_max_age_ms``), so one setting bounds both. A chain without a batch step
        (a test double) is only polled."""
        self._pipeline = pipeline
        self._call_state = call_state
        self._ledger = ledger
        self._clock = clock
        self._telemetry = telemetry
        # compose passes the history to the telemetry (its restored-calls counter); the same object
        self._history = history if history is not None else telemetry.history
        self._thread = ThreadPoolExecutor(max_workers=1, thread_name_prefix="callpulse-pipeline")
        self.ack: Ack | None = None  # set by the app: the consumer's ``ack``
        self.generation: Generation | None = None  # set by the app: the consumer group's generation now
        self.stale_batches = 0
        self.failure: BaseException | None = None
        self._halted = False
        self._batch_step: Flushable | None = getattr(pipeline, "batch", None)
        self._behind: Behind | None = getattr(pipeline, "write_behind", None)
        self._writer: Written | None = getattr(pipeline, "writer", None)
        self._last_written: object = None
        self._call_rules: Rebalanced | None = getattr(pipeline, "call_rules", None)
        age = max_age_ms if max_age_ms is not None else _batch_age_ms(self._batch_step)
        self._cadence = WriteCadence(age, clock.now_ms()) if self._batch_step is not None and age else None
        self._last_poll_ms = clock.now_ms()
        self.writes = 0  # writes the cadence started (the batch step may also write on its own)
        self.delivered = 0  # fetched batches handed to the app's channel (counted by the app)
        self._fed = 0
        self._reads: deque[tuple[Batch, Future[Any]]] = deque()  # history reads started by ``fetched``

    def fetched(self, batch: Batch) -> None:
        """A batch was fetched and waits for the chain (the app calls this before queueing it): start
        reading its new calls' history now, so the answer is there when the batch is submitted."""
        if self._history is not None:
            self._reads.append((batch, self._history.start(_call_sids(_keys(batch)))))

    async def feed(self, batch: Batch) -> None:
        """Submit a fetched batch to the chain, then ack every message already written. A batch fetched
        before the last rebalance is dropped: its partitions may be another member's now, and faust
        re-reads from the committed offsets of the ones that stayed here."""
        if self.generation is not None and batch.generation != self.generation():
            self._fed += 1
            self.stale_batches += 1
            self._started_read(batch)  # its history read, if one was started, is dropped unanswered
            return
        self._fed += 1
        raws = []
        now_ms = self._clock.now_ms()
        hold = self._ledger.hold
        for message in batch.messages:
            topic, partition, offset, value = message.topic, message.partition, message.offset, message.value
            hold((topic, partition), offset, message)
            value = value if isinstance(value, bytes) else bytes(value or b"")
            raws.append(RawMessage(value, Position(topic, partition, offset), now_ms))
        await self._run(self._submit_all, raws, self._history_of(batch))
        self._ack_written()

    def _history_of(self, batch: Batch) -> AbstractContextManager[None]:
        """The batch's history read: the one ``fetched`` started, else one started now."""
        if self._history is None:
            return nullcontext()
        answer = self._started_read(batch)
        if answer is not None:
            return self._history.answered(answer)
        return self._history.prefetched(_call_sids(_keys(batch)))

    def _started_read(self, batch: Batch) -> Future[Any] | None:
        """Take the read ``fetched`` started for ``batch``; reads of batches before it that were never
        fed (cleared from the channel by a rebalance) are dropped on the way."""
        while self._reads:
            started, answer = self._reads.popleft()
            if started is batch:
                return answer
        return None

    async def tick(self) -> bool:
        """Time-based work (live call rows, rule ticks; a write that fell due), then ack what it wrote.
        Called often; it hands work to the pipeline thread only when some is due (returns whether)."""
        now_ms = self._clock.now_ms()
        cadence = self._cadence
        if now_ms - self._last_poll_ms < POLL_EVERY_MS and not (cadence is not None and cadence.due(now_ms)):
            if self._behind is not None:
                self._ack_written()  # a write behind the chain may have committed since the last tick
            return False
        await self._run(self._poll_and_write)
        self._ack_written()
        return True

    async def revoke(self) -> None:
        """Partitions are moving: write what is in flight, ack it, drop every call's state, and stop the
        rules' clock on the calls held here until their next event."""
        await self._run(self._flush_and_forget)
        self._ack_written()
        dropped = self._ledger.drop()
        if dropped:
            log.info(
                "revocation: %d received events not written yet will be re-read by the new owner", dropped
            )

    def halt(self) -> None:
        """Stopping: a batch being submitted stops at its next message (a whole fetch can be seconds of
        work on a loaded machine, and the drain must fit the shutdown bound); what it did not submit is
        not written, so not acked, and the next owner re-reads it."""
        self._halted = True

    async def drain(self) -> int:
        """Stopping: write the partial batch and ack every written event, so the consumer's last
        commit covers them. Returns how many events were acked; nothing after a fatal failure (what
        was not written stays uncommitted and is re-read)."""
        if self.failure is not None:
            return 0
        await self._run(self._join)
        return self._ack_written()

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
        if self._history is not None:
            self._history.close()

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

    def _submit_all(self, raws: Sequence[RawMessage], prefetch: AbstractContextManager[None]) -> None:
        submitted = 0
        cadence = self._cadence
        with prefetch:
            submit = self._pipeline.submit
            for raw in raws:
                if self._halted:
                    break
                submit(raw)
                submitted += 1
            if cadence is not None and submitted:
                cadence.received()
            self._telemetry.consumed(submitted)
            # in the prefetch too: the poll hands on what the redaction step still holds of this fetch
            # (up to its NER batch), and those events' new calls look their history up here; after
            # the block each would ask the warehouse alone (22% of the pipeline thread, 2026-12-06)
            self._poll_and_write()

    def _poll_and_write(self) -> None:
        """The chain's time-based work, then the batch written if the cadence says it is due (the
        poll first: it hands on what the redaction step holds, so the write takes every submitted
        event)."""
        now_ms = self._clock.now_ms()
        commits = self._ledger.commits
        flushes = getattr(self._batch_step, "flushes", 0)
        self._pipeline.poll()
        self._last_poll_ms = now_ms
        cadence = self._cadence
        if cadence is None or self._batch_step is None:
            return
        if self._behind is not None:
            self._write_behind(cadence, self._batch_step, self._behind, now_ms, flushes)
            return
        if self._ledger.commits != commits:  # the batch step wrote on its own (its age or size)
            cadence.wrote(now_ms, self._clock.now_ms())
        elif cadence.due(now_ms) and self.delivered <= self._fed:  # nothing fetched waits: not behind
            self._batch_step.join()
            cadence.wrote(now_ms, self._clock.now_ms())
            self.writes += 1

    def _write_behind(
        self, cadence: WriteCadence, batch_step: Flushable, behind: Behind, now_ms: int, flushes: int
    ) -> None:
        """``_poll_and_write``'s cadence when a writer thread writes: a write is handed on when due and
        none is in flight; the spacing follows the durations of the writes that returned."""
        idle = not behind.busy  # first: a write that returned has its stats recorded by now
        stats = self._writer.last_stats if self._writer is not None else None
        if stats is not None and stats is not self._last_written:
            self._last_written = stats
            cadence.took(stats.write_ms)
        if batch_step.flushes != flushes:  # the batch step handed one on by itself (its age or size)
            cadence.handed_on(now_ms)
        elif idle and cadence.due(now_ms) and self.delivered <= self._fed:
            batch_step.flush()
            cadence.handed_on(now_ms)
            self.writes += 1

    def _flush_and_forget(self) -> None:
        self._join()
        self._call_state.forget()
        if self._history is not None:
            self._history.forget()
        if self._call_rules is not None:  # a moved call's silence here is only its events going elsewhere
            self._call_rules.partitions_moved()

    def _join(self) -> None:
        """Everything in flight written (stopping, revocation)."""
        started_ms = self._clock.now_ms()
        self._pipeline.join()
        if self._cadence is not None:
            self._cadence.wrote(started_ms, self._clock.now_ms())

    def _ack_written(self) -> int:
        ready = self._ledger.ready()
        if ready and self.ack is not None:
            ack = self.ack
            for message in ready:
                ack(message)
        return len(ready)


def _batch_age_ms(batch_step: object) -> int | None:
    """The batch step's configured age (``PipelineConfig.batch_max_age_ms``), which the composition root
    gives the step and not the feeder; read here so that one setting bounds both."""
    age = getattr(batch_step, "max_age_ms", None)
    return age if isinstance(age, int) else None


def _keys(batch: Batch) -> set[bytes]:
    return {message.key for message in batch.messages if message.key}


def _call_sids(keys: Iterable[bytes]) -> list[str]:
    """The Kafka keys that can be call SIDs (the emitter keys by call SID); others are skipped."""
    sids = []
    for key in keys:
        try:
            sids.append(key.decode())
        except (UnicodeDecodeError, AttributeError):
            continue
    return sids
