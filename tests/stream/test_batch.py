from __future__ import annotations

import pytest

from ingest.clock import ManualClock
from stream.messages import Batch, Position, Rows
from stream.steps.batch import BatchStep

from recording import Recorder


def rows(offset: int, n: int = 1, *, partition: int = 0, ts: int | None = None) -> Rows:
    return Rows({"events": tuple((offset, i) for i in range(n))}, Position("t", partition, offset), ts)


@pytest.fixture
def setup() -> tuple[BatchStep, Recorder, ManualClock]:
    clock = ManualClock()
    out = Recorder()
    return BatchStep(out, clock, max_rows=3, max_age_ms=1_000), out, clock


def test_flushes_when_the_batch_reaches_its_size(setup: tuple[BatchStep, Recorder, ManualClock]) -> None:
    step, out, _ = setup
    step.submit(rows(0))
    step.submit(rows(1))
    assert out.items == []
    step.submit(rows(2))
    [batch] = out.items
    assert isinstance(batch, Batch)
    assert batch.rows == 3 and batch.messages == 3
    assert batch.offsets == {("t", 0): 3}


def test_flushes_an_old_partial_batch_on_poll(setup: tuple[BatchStep, Recorder, ManualClock]) -> None:
    step, out, clock = setup
    step.submit(rows(0))
    clock.advance(999)
    step.poll()
    assert out.items == []
    clock.advance(1)
    step.poll()
    assert [b.rows for b in out.items] == [1]


def test_join_flushes_the_partial_batch_and_never_an_empty_one(
    setup: tuple[BatchStep, Recorder, ManualClock],
) -> None:
    step, out, _ = setup
    step.join()
    assert out.items == []
    step.submit(rows(7))
    step.join()
    assert [b.offsets for b in out.items] == [{("t", 0): 8}]
    assert out.joins == 2


def test_offsets_are_tracked_per_partition_and_rowless_messages_still_advance_them(
    setup: tuple[BatchStep, Recorder, ManualClock],
) -> None:
    step, out, _ = setup
    step.submit(rows(10, partition=0))
    step.submit(Rows({}, Position("t", 1, 4)))  # a duplicate event: nothing to write, offset still moves
    step.submit(Rows({"calls": (("c",),)}))  # a call-state update: rows, no position
    step.join()
    [batch] = out.items
    assert batch.offsets == {("t", 0): 11, ("t", 1): 5}
    assert batch.messages == 2
    assert batch.by_table == {"events": [(10, 0)], "calls": [("c",)]}


def test_remembers_the_oldest_event_time_for_the_lag_figure(
    setup: tuple[BatchStep, Recorder, ManualClock],
) -> None:
    step, out, _ = setup
    step.submit(rows(0, ts=5_000))
    step.submit(rows(1, ts=3_000))
    step.submit(rows(2, ts=4_000))
    assert out.items[0].oldest_event_ts_ms == 3_000
