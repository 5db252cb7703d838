"""Writing behind the chain (the Kafka worker's writer thread): while a batch is being inserted, the next
events are read, redacted and checked by the per-call rules, and a match is found; nothing is committed
before its rows are stored, batches are written one at a time in order, a failed write surfaces on the
chain's thread, and a drain waits for the write in flight."""

from __future__ import annotations

import threading
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from pattern_pipeline import pattern_pipeline
from prometheus_client import CollectorRegistry

from ingest.clock import ManualClock
from stream.errors import WriteError
from stream.kafka.telemetry import WorkerTelemetry
from stream.messages import Batch, Position, RawMessage, Rows
from stream.rules.parse import load_rules
from stream.steps.batch import BatchStep
from stream.steps.write_behind import WriteBehind

from events import T0, CallBuilder

DEFAULT = load_rules(Path(__file__).resolve().parents[2] / "deploy" / "rules" / "call_rules.v1.yaml")


class HeldWriter:
    """A writer whose ``submit`` waits until the test releases it; records what it wrote, and in what
    order, and how many writes ran at once."""

    def __init__(self) -> None:
        self.release = threading.Event()
        self.started = threading.Semaphore(0)
        self.written: list[Batch] = []
        self.running = 0
        self.most_at_once = 0
        self.fail: Exception | None = None
        self.joined = 0
        self._lock = threading.Lock()

    def submit(self, item: Batch) -> None:
        with self._lock:
            self.running += 1
            self.most_at_once = max(self.most_at_once, self.running)
        self.started.release()
        try:
            assert self.release.wait(10), "the test never released the write"
            if self.fail is not None:
                raise self.fail
            self.written.append(item)
        finally:
            with self._lock:
                self.running -= 1

    def poll(self) -> None:
        pass

    def join(self, timeout: float | None = None) -> None:
        self.joined += 1

    def close(self) -> None:
        pass


def batch(offset: int) -> Batch:
    return Batch(by_table={"events": [(offset,)]}, offsets={("t", 0): offset + 1}, messages=1, opened_ms=0)


@contextmanager
def behind(writer: HeldWriter) -> Iterator[WriteBehind]:
    step = WriteBehind(writer)
    try:
        yield step
    finally:
        writer.release.set()
        step.close()


def test_submit_returns_while_the_write_runs_and_join_waits_for_it() -> None:
    writer = HeldWriter()
    with behind(writer) as step:
        step.submit(batch(0))
        assert writer.started.acquire(timeout=5)
        assert step.busy and writer.written == []  # the chain goes on; nothing stored yet

        joined = threading.Thread(target=step.join)
        joined.start()
        joined.join(0.2)
        assert joined.is_alive()  # a drain waits for the write in flight
        writer.release.set()
        joined.join(5)
        assert not joined.is_alive() and not step.busy
        assert [b.offsets for b in writer.written] == [{("t", 0): 1}] and writer.joined == 1


def test_batches_are_written_one_at_a_time_in_order() -> None:
    writer = HeldWriter()
    writer.release.set()
    with behind(writer) as step:
        for offset in range(20):
            step.submit(batch(offset))
        step.join()
    assert [b.offsets[("t", 0)] for b in writer.written] == list(range(1, 21))
    assert writer.most_at_once == 1


def test_a_failed_write_is_raised_on_the_chains_thread() -> None:
    writer = HeldWriter()
    writer.fail = WriteError("insert into events failed", rows=1, messages=1)
    writer.release.set()
    with behind(writer) as step:
        step.submit(batch(0))
        assert writer.started.acquire(timeout=5)
        with pytest.raises(WriteError):
            for _ in range(200):  # raised at the first poll after the write returned
                threading.Event().wait(0.01)
                step.poll()
        assert writer.written == []


def rows(offset: int) -> Rows:
    return Rows({"events": ((offset,),)}, Position("t", 0, offset), None)


def test_the_batch_step_keeps_collecting_while_a_write_is_in_flight() -> None:
    """Its age rule waits for the writer: what arrives during a slow write goes in the next one, so the
    chain never waits on an insert (unless a batch is full)."""
    clock = ManualClock(T0)
    writer = HeldWriter()
    with behind(writer) as write_behind:
        step = BatchStep(write_behind, clock, max_rows=1_000, max_age_ms=250)
        step.submit(rows(0))
        clock.advance(250)
        step.poll()  # old enough: handed to the writer thread
        assert writer.started.acquire(timeout=5) and step.flushes == 1
        for offset in range(1, 4):
            step.submit(rows(offset))
            clock.advance(250)
            step.poll()  # old, but the write is in flight: held
        assert step.flushes == 1
        writer.release.set()
        write_behind.join()
        step.poll()  # the writer is free: the next batch goes, all three in it
        write_behind.join()
    assert [b.rows for b in writer.written] == [1, 3]
    assert [b.offsets for b in writer.written] == [{("t", 0): 1}, {("t", 0): 4}]


class HeldInserts:
    """A warehouse client whose inserts wait until released (a slow warehouse); everything else is
    answered at once and empty. Counts the inserts per table."""

    def __init__(self) -> None:
        self.release = threading.Event()
        self.inserting = threading.Event()
        self.tables: list[str] = []

    def create_insert_context(self, table: str, column_names: Sequence[str]) -> Any:
        return _Context(table)

    def insert(self, *, data: Sequence[Sequence[Any]], context: Any) -> None:
        self.inserting.set()
        assert self.release.wait(10), "the test never released the insert"
        self.tables.append(context.table)


class _Context:
    def __init__(self, table: str) -> None:
        self.table = table
        self.data: Any = None


@dataclass
class Scene:
    """A chain writing behind with the default rules, its commits, a quiet call whose batch is in a held
    insert, and an angry call submitted after it (offsets from 100)."""

    pipeline: Any
    committed: list[Mapping[tuple[str, int], int]]
    clock: ManualClock
    first: CallBuilder
    angry: CallBuilder


@contextmanager
def angry_during_the_first_insert(client: HeldInserts) -> Iterator[Scene]:
    """The scene, set up; on leaving, the insert is released and the chain drained and closed."""
    clock = ManualClock(T0 + 3_000)
    committed: list[Mapping[tuple[str, int], int]] = []
    pipeline = pattern_pipeline(
        client, "db", clock, rules=DEFAULT, commit=committed.append, write_behind=True
    )
    first = CallBuilder("CA" + "1" * 32, start_ms=T0).started()
    first.agent(100, "Hi, how can I help?", tags=("greeting",))
    angry = CallBuilder("CA" + "2" * 32, start_ms=T0).started()
    angry.agent(100, "Hi, how can I help?", tags=("greeting",))
    angry.caller(2_000, "I've been trying to sort this out all week, it's ridiculous")
    try:
        for offset, line in enumerate(first.lines()):
            pipeline.submit(RawMessage(line, Position("t", 0, offset), clock.now_ms()))
        assert pipeline.batch is not None
        pipeline.batch.flush()
        assert client.inserting.wait(5)  # the first batch's insert is under way, and held
        for offset, line in enumerate(angry.lines(), start=100):
            pipeline.submit(RawMessage(line, Position("t", 0, offset), clock.now_ms()))
        yield Scene(pipeline, committed, clock, first, angry)
    finally:
        client.release.set()
        pipeline.join()
        pipeline.close()


def test_a_rule_fires_while_the_previous_batch_is_still_being_inserted() -> None:
    """The user-visible point: a supervisor's match is found (and handed to the batch) while the warehouse
    is still taking the batch before it; the earlier batch's offsets are committed only after its insert."""
    client = HeldInserts()
    with angry_during_the_first_insert(client) as scene:
        assert scene.pipeline.call_rules is not None
        assert scene.pipeline.call_rules.by_rule["caller_frustrated"] == 1  # found during the insert
        assert scene.committed == []  # nothing committed before its rows are stored
    assert scene.committed[0] == {("t", 0): len(scene.first.lines())}
    assert scene.committed[-1] == {("t", 0): 100 + len(scene.angry.lines())}
    assert "db.rule_matches" in client.tables


class HeldBatchInserts(HeldInserts):
    """A slow warehouse for the events' batches only: an insert into ``rule_matches`` returns at once."""

    def insert(self, *, data: Sequence[Sequence[Any]], context: Any) -> None:
        if context.table.endswith(".rule_matches"):
            self.tables.append(context.table)
            return
        super().insert(data=data, context=context)


def test_a_rule_match_is_stored_while_the_batch_before_it_is_still_being_inserted() -> None:
    """A match does not wait behind the batch being written (the writer is busy most of the time on a
    loaded warehouse): the fast lane has a writer of its own, and commits nothing."""
    client = HeldBatchInserts()
    with angry_during_the_first_insert(client) as scene:
        scene.clock.advance(250)
        for _ in range(500):
            scene.pipeline.poll()
            if "db.rule_matches" in client.tables:
                break
            threading.Event().wait(0.01)
        assert client.tables == ["db.rule_matches"]  # stored, while the batch before it is still held
        assert scene.committed == []  # and nothing committed: the events' offsets go with their batch
    assert scene.committed[-1] == {("t", 0): 100 + len(scene.angry.lines())}
    assert client.tables.count("db.rule_matches") == 1  # written once: not again with the batch


def test_the_workers_rows_written_count_the_rule_matches_own_writes() -> None:
    clock = ManualClock(T0 + 3_000)
    client = HeldBatchInserts()
    client.release.set()
    pipeline = pattern_pipeline(client, "db", clock, rules=DEFAULT, write_behind=True)
    angry = CallBuilder("CA" + "3" * 32, start_ms=T0).started()
    angry.caller(2_000, "I've been trying to sort this out all week, it's ridiculous")
    for offset, line in enumerate(angry.lines()):
        pipeline.submit(RawMessage(line, Position("t", 0, offset), clock.now_ms()))
    clock.advance(250)
    pipeline.poll()  # the match goes to its own writer
    pipeline.join()
    registry = CollectorRegistry()
    WorkerTelemetry(registry, pipeline).observe()
    assert pipeline.match_writer is not None and pipeline.match_writer.rows == 1
    written = registry.get_sample_value("callpulse_worker_rows_written_total")
    assert written == pipeline.writer.rows + 1
    pipeline.close()
