"""The feeder takes a fetched batch in one step: a batch fetched before the last rebalance is neither
written nor acked (its partitions may be another member's now), and a stop halts a batch being
submitted at its next message, so the drain fits the shutdown bound; what was not submitted is held
back from the commit, for the next owner to re-read. No broker needed."""

from __future__ import annotations

import asyncio
from collections.abc import Iterable
from concurrent.futures import Future
from contextlib import AbstractContextManager
from typing import Any, cast

from feeder_doubles import Message, Telemetry
from slow_pipelines import CountingPipeline

from ingest.clock import ManualClock
from stream.kafka.acks import AckLedger
from stream.kafka.batches import Batch
from stream.kafka.feeder import Feeder
from stream.kafka.telemetry import WorkerTelemetry
from stream.messages import RawMessage


class Chain(CountingPipeline):
    """Records what was submitted; ``on_submit`` runs after each message."""

    def __init__(self) -> None:
        self.offsets: list[int] = []
        self.on_submit: Any = None

    def submit(self, message: RawMessage) -> None:
        self.offsets.append(message.position.offset)
        if self.on_submit:
            self.on_submit()

    def forget(self) -> None:
        pass


def _feeder() -> tuple[Feeder, Chain, AckLedger[Any], Telemetry, list[Any]]:
    chain, ledger, telemetry = Chain(), AckLedger[Any](), Telemetry()
    acked: list[Any] = []
    feeder = Feeder(chain, chain, ledger, ManualClock(), cast(WorkerTelemetry, telemetry))
    feeder.ack = acked.append
    return feeder, chain, ledger, telemetry, acked


def test_a_batch_fetched_before_the_last_rebalance_is_not_written_nor_acked() -> None:
    feeder, chain, ledger, _, acked = _feeder()
    feeder.generation = lambda: 2
    asyncio.run(feeder.feed(Batch(1, [Message(offset) for offset in range(5)])))
    assert chain.offsets == [] and ledger.held == 0 and acked == []
    assert feeder.stale_batches == 1
    asyncio.run(feeder.feed(Batch(2, [Message(offset) for offset in range(5)])))
    assert chain.offsets == [0, 1, 2, 3, 4]
    feeder.close()


def test_a_stop_halts_the_batch_being_submitted_and_nothing_unsubmitted_is_acked() -> None:
    feeder, chain, ledger, telemetry, acked = _feeder()
    chain.on_submit = lambda: feeder.halt() if len(chain.offsets) == 3 else None
    asyncio.run(feeder.feed(Batch(0, [Message(offset) for offset in range(10)])))
    assert chain.offsets == [0, 1, 2]
    assert telemetry.count == 3
    ledger.commit({("turns", 0): 3})  # the writer stored the three submitted ones
    assert asyncio.run(feeder.drain()) == 3
    assert [m.offset for m in acked] == [0, 1, 2]  # offsets 3-9 stay uncommitted: re-read by the next owner
    feeder.close()


class History:
    """A ``WarehouseHistory`` double: the reads started (their call SIDs), which call SIDs were looked up
    while a read's answer was installed, and which outside one (each a warehouse query of its own)."""

    def __init__(self) -> None:
        self.open: frozenset[str] | None = None
        self.started: list[list[str]] = []
        self.from_answer: list[str] = []
        self.asked_alone: list[str] = []
        self.closed = False

    def start(self, call_sids: Iterable[str]) -> Future[frozenset[str]]:
        sids = sorted(call_sids)
        self.started.append(sids)
        answer: Future[frozenset[str]] = Future()
        answer.set_result(frozenset(sids))
        return answer

    def answered(self, answer: Future[frozenset[str]]) -> AbstractContextManager[None]:
        return _Installed(self, answer.result())

    def prefetched(self, call_sids: Iterable[str]) -> AbstractContextManager[None]:
        return self.answered(self.start(call_sids))

    def __call__(self, call_sid: str) -> None:
        in_answer = self.open is not None and call_sid in self.open
        (self.from_answer if in_answer else self.asked_alone).append(call_sid)

    def forget(self) -> None:
        pass

    def close(self) -> None:
        self.closed = True


class _Installed:
    """A read's answer installed on the ``History`` double while the block runs."""

    def __init__(self, history: History, sids: frozenset[str]) -> None:
        self._history, self._sids = history, sids

    def __enter__(self) -> None:
        self._history.open = self._sids

    def __exit__(self, *exc: object) -> None:
        self._history.open = None


class HoldingChain(Chain):
    """Holds what it is given until ``poll``, as the redaction step holds events for one NER batch; a
    held event's call is opened (its history looked up) when it is handed on."""

    def __init__(self, history: History) -> None:
        super().__init__()
        self.history = history
        self.held: list[RawMessage] = []

    def submit(self, message: RawMessage) -> None:
        self.held.append(message)

    def poll(self) -> None:
        for message in self.held:
            self.history(message.value.decode())
        self.held = []


def test_a_fetchs_new_calls_held_by_a_step_until_the_poll_are_answered_by_the_fetchs_one_query() -> None:
    history = History()
    chain, ledger, telemetry = HoldingChain(history), AckLedger[Any](), Telemetry()
    feeder = Feeder(chain, chain, ledger, ManualClock(), cast(WorkerTelemetry, telemetry), history)  # type: ignore[arg-type]
    sids = [f"CA{index}" for index in range(5)]
    fetched = [Message(offset, value=sid.encode(), key=sid.encode()) for offset, sid in enumerate(sids)]
    asyncio.run(feeder.feed(Batch(0, fetched)))
    assert history.started == [sids]
    assert history.from_answer == sids and history.asked_alone == []  # none asked the warehouse alone
    feeder.close()
    assert history.closed


def test_a_batchs_history_read_starts_when_it_is_fetched_and_answers_it_when_it_is_fed() -> None:
    """The read runs while the batch waits in the channel; a batch cleared from the channel (a rebalance)
    is never fed, and its read is dropped, never used for another batch."""
    history = History()
    chain, ledger, telemetry = HoldingChain(history), AckLedger[Any](), Telemetry()
    feeder = Feeder(chain, chain, ledger, ManualClock(), cast(WorkerTelemetry, telemetry), history)  # type: ignore[arg-type]

    def fetch(offset: int, sid: str) -> Batch:
        return Batch(0, [Message(offset, value=sid.encode(), key=sid.encode())])

    cleared, first, second = fetch(0, "CA0"), fetch(1, "CA1"), fetch(2, "CA2")
    for batch in (cleared, first, second):
        feeder.fetched(batch)
    assert history.started == [["CA0"], ["CA1"], ["CA2"]]  # all started before any was fed
    asyncio.run(feeder.feed(first))
    asyncio.run(feeder.feed(second))
    assert history.started == [["CA0"], ["CA1"], ["CA2"]]  # no read started again at feed time
    assert history.from_answer == ["CA1", "CA2"] and history.asked_alone == []
    feeder.close()
