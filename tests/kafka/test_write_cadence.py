"""The worker's write cadence: at most one write per batch age while events keep coming, an event never
waits longer than the batch age from its receipt, and an event after a pause is written at once.
The feeder flushes the batch step when it is due (mid-fetch too) and not before. No broker needed."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from typing import Any, cast

from feeder_doubles import Message, Telemetry

from ingest.clock import ManualClock
from stream.kafka.acks import AckLedger
from stream.kafka.batches import Batch
from stream.kafka.cadence import WriteCadence
from stream.kafka.feeder import Feeder
from stream.kafka.telemetry import WorkerTelemetry
from stream.messages import RawMessage
from stream.steps.batch import BatchStep as RealBatchStep


def test_after_a_pause_the_first_events_are_due_at_once() -> None:
    cadence = WriteCadence(300, started_ms=0)
    cadence.received()
    assert not cadence.due(299)  # a worker that just started counts as having written at its start
    assert cadence.due(300)
    cadence.wrote(300, 310)
    cadence.received()
    assert cadence.due(5_000)  # the last write started long ago


def test_a_long_batch_age_holds_from_the_start() -> None:
    cadence = WriteCadence(600_000, started_ms=0)
    cadence.received()
    assert not cadence.due(599_999) and cadence.due(600_000)


def test_at_rate_writes_start_one_batch_age_apart() -> None:
    cadence = WriteCadence(300, started_ms=0)
    cadence.received()
    cadence.wrote(0, 20)
    assert not cadence.holding and not cadence.due(10_000)
    cadence.received()  # arrives right after the write started: waits for the period's end
    assert not cadence.due(299) and cadence.due(300)
    cadence.wrote(300, 330)
    cadence.received()
    assert not cadence.due(599) and cadence.due(600)


def test_slow_writes_get_rarer_so_that_writing_takes_at_most_half_the_time() -> None:
    cadence = WriteCadence(300, started_ms=0)
    cadence.received()
    cadence.wrote(0, 650)  # a 650 ms insert on a loaded machine
    cadence.received()
    assert not cadence.due(1_299) and cadence.due(1_300)
    cadence.wrote(1_300, 1_350)  # fast again: back to the batch age
    cadence.received()
    assert not cadence.due(1_599) and cadence.due(1_600)


def test_a_write_handed_to_the_writer_thread_is_spaced_by_its_duration_once_it_returned() -> None:
    """``WriteBehind``: the write starts when handed on; its duration arrives later and spaces the next
    start as a write on the pipeline thread would have (the insert rate bound holds)."""
    cadence = WriteCadence(300, started_ms=0)
    cadence.received()
    cadence.handed_on(300)
    assert not cadence.holding
    cadence.received()
    assert not cadence.due(599) and cadence.due(600)  # duration not known yet: the batch age
    cadence.took(650)  # the write returned after 650 ms
    assert not cadence.due(1_599) and cadence.due(1_600)


@dataclass
class BatchStep:
    """Records the writes: how many messages each one took; each write takes ``write_ms``."""

    clock: ManualClock
    pending: int = 0
    writes: list[int] = field(default_factory=list)
    write_ms: int = 0
    max_age_ms: int = 300  # the configured batch age, as ``stream.steps.batch.BatchStep`` exposes it

    def join(self, timeout: float | None = None) -> None:
        if self.pending:
            self.writes.append(self.pending)
            self.pending = 0
            self.clock.advance(self.write_ms)


class Chain:
    """Advances the clock by ``ms_per_message`` per message (a slow redactor)."""

    def __init__(self, clock: ManualClock, ms_per_message: int) -> None:
        self.batch = BatchStep(clock)
        self._clock, self._ms = clock, ms_per_message

    def submit(self, message: RawMessage) -> None:
        self._clock.advance(self._ms)
        self.batch.pending += 1

    def poll(self) -> None:
        pass

    def join(self, timeout: float | None = None) -> None:
        self.batch.join()

    def forget(self) -> None:
        pass


def _feeder(ms_per_message: int, max_age_ms: int = 300) -> tuple[Feeder, Chain, ManualClock]:
    clock = ManualClock(1_000_000)
    chain = Chain(clock, ms_per_message)
    feeder = Feeder(chain, chain, LEDGER(), clock, cast(WorkerTelemetry, Telemetry()), max_age_ms=max_age_ms)
    clock.advance(max_age_ms)  # up for a batch age: the next events come after a pause
    return feeder, chain, clock


LEDGER = AckLedger[Any]


def _fetch(first: int, count: int) -> Batch:
    return Batch(0, [Message(offset) for offset in range(first, first + count)])


def test_a_long_fetch_is_written_once_after_it_was_submitted_whole() -> None:
    feeder, chain, _ = _feeder(ms_per_message=10)  # 2 s of work, far past the 300 ms batch age
    asyncio.run(feeder.feed(_fetch(0, 200)))
    assert chain.batch.writes == [200]  # one full write, not one per batch age of work
    feeder.close()


def test_small_fetches_at_rate_share_one_write_per_batch_age() -> None:
    feeder, chain, clock = _feeder(ms_per_message=0)
    asyncio.run(feeder.feed(_fetch(0, 5)))  # after a pause: written at once
    assert chain.batch.writes == [5]
    for n in range(1, 6):  # a fetch every 100 ms
        clock.advance(100)
        asyncio.run(feeder.feed(_fetch(n * 5, 5)))
    # the fetches at +100 and +200 wait for +300 (written with the one at +300), then +400/+500 wait
    assert chain.batch.writes == [5, 15]
    assert chain.batch.pending == 10
    clock.advance(100)  # +600: the tick finds the held ones due
    asyncio.run(feeder.tick())
    assert chain.batch.writes == [5, 15, 10]
    feeder.close()


def test_the_tick_hands_nothing_to_the_pipeline_thread_when_nothing_is_due() -> None:
    feeder, chain, clock = _feeder(ms_per_message=0)
    polls: list[int] = []
    chain.poll = lambda: polls.append(clock.now_ms())  # type: ignore[method-assign]
    asyncio.run(feeder.tick())  # the chain's own work was due (up for 300 ms)
    clock.advance(50)
    asyncio.run(feeder.tick())
    assert len(polls) == 1  # the next tick, 50 ms later, had nothing to do
    polls.clear()
    clock.advance(200)  # the chain's own time-based work is due every 200 ms
    asyncio.run(feeder.tick())
    assert len(polls) == 1 and chain.batch.writes == []
    feeder.close()


def test_when_writes_are_slow_the_feeder_writes_less_often() -> None:
    feeder, chain, clock = _feeder(ms_per_message=0)
    chain.batch.write_ms = 1_000  # the next write starts 2 s after this one's start at the earliest
    asyncio.run(feeder.feed(_fetch(0, 5)))
    assert chain.batch.writes == [5]
    clock.advance(900)  # 1.9 s after the first write started
    asyncio.run(feeder.feed(_fetch(5, 5)))
    assert chain.batch.writes == [5]
    clock.advance(100)
    asyncio.run(feeder.tick())
    assert chain.batch.writes == [5, 5]
    feeder.close()


def test_a_write_the_batch_step_made_on_its_own_counts_for_the_cadence() -> None:
    clock = ManualClock(1_000_000)
    chain = Chain(clock, 0)
    ledger = LEDGER()

    def own_write() -> None:  # the batch step's age or size rule, inside the chain's poll
        chain.batch.join()
        ledger.commit({})

    feeder = Feeder(chain, chain, ledger, clock, cast(WorkerTelemetry, Telemetry()), max_age_ms=300)
    clock.advance(300)
    chain.poll = own_write  # type: ignore[method-assign]
    asyncio.run(feeder.feed(_fetch(0, 5)))
    assert chain.batch.writes == [5] and feeder.writes == 0  # written by the step, not again by the feeder
    chain.poll = lambda: None  # type: ignore[method-assign]
    clock.advance(100)
    asyncio.run(feeder.feed(_fetch(5, 5)))
    assert chain.batch.writes == [5]  # the step's write started the period
    clock.advance(200)
    asyncio.run(feeder.tick())
    assert chain.batch.writes == [5, 5] and feeder.writes == 1
    feeder.close()


def test_while_fetched_batches_wait_the_feeder_leaves_the_writes_to_the_batch_step() -> None:
    feeder, chain, _ = _feeder(ms_per_message=0)
    feeder.delivered = 3  # the app handed on three fetches: this one and two waiting behind it
    asyncio.run(feeder.feed(_fetch(0, 5)))
    assert chain.batch.writes == []  # behind: no early write (the batch step's age rule still applies)
    asyncio.run(feeder.feed(_fetch(5, 5)))
    asyncio.run(feeder.feed(_fetch(10, 5)))  # caught up: the last one fetched is fed
    assert chain.batch.writes == [15]
    feeder.close()


def test_without_an_explicit_age_the_feeder_follows_the_batch_steps_configured_age() -> None:
    """One setting (``batch_max_age_ms``) bounds the batch step and the feeder's cadence alike."""
    assert RealBatchStep(cast(Any, None), ManualClock(0), max_age_ms=700).max_age_ms == 700
    clock = ManualClock(1_000_000)
    chain = Chain(clock, 0)
    chain.batch.max_age_ms = 700
    feeder = Feeder(chain, chain, LEDGER(), clock, cast(WorkerTelemetry, Telemetry()))
    clock.advance(700)
    asyncio.run(feeder.feed(_fetch(0, 5)))  # after a pause: written at once
    clock.advance(400)
    asyncio.run(feeder.feed(_fetch(5, 5)))
    assert chain.batch.writes == [5]  # 400 ms later: held (a 300 ms cadence would have written)
    clock.advance(300)
    asyncio.run(feeder.tick())
    assert chain.batch.writes == [5, 5]
    feeder.close()
