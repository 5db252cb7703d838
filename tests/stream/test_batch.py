from __future__ import annotations

import pytest

from ingest.clock import ManualClock
from stream.messages import Batch, Position, Rows
from stream.steps.batch import BatchStep

from recording import Recorder


def rows(offset: int, n: int = 1, *, partition: int = 0, ts: int | None = None) -> Rows:
    return Rows({"events": tuple((offset, i) for i in range(n))}, Position("t", partition, offset), ts)


def _poll_after(step: BatchStep, clock: ManualClock, ms: int) -> None:
    """Let ``ms`` pass, then poll: what a batch step hands on by its age is decided at a poll."""
    clock.advance(ms)
    step.poll()


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
    _poll_after(step, clock, 999)
    assert out.items == []
    _poll_after(step, clock, 1)
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


def _lanes(clock: ManualClock, match_max_age_ms: int | None = 250) -> tuple[BatchStep, Recorder]:
    """A batch step of 100 rows or 1 s, with the rule matches' fast lane after ``match_max_age_ms``."""
    out = Recorder()
    return BatchStep(out, clock, max_rows=100, max_age_ms=1_000, match_max_age_ms=match_max_age_ms), out


def _match(offset: int, event_ms: int) -> Rows:
    match = (f"CA{offset}", "dead_air", "1", 1, event_ms, event_ms, "billing", "1.0", "", True)
    return Rows({"events": ((offset, 0),), "rule_matches": (match,)}, Position("t", 0, offset), None)


def test_a_rule_match_is_written_after_its_own_age_without_committing_its_event() -> None:
    """A supervisor sees a match ~250 ms after it was found, not after the batch's 1 s; its event's offset
    is still committed only with the batch that stores the event."""
    clock = ManualClock()
    step, out = _lanes(clock)
    step.submit(rows(0))
    step.submit(_match(1, clock.now_ms()))
    _poll_after(step, clock, 249)
    assert out.items == []
    _poll_after(step, clock, 1)
    [alone] = out.items
    assert [m[:2] for m in alone.by_table["rule_matches"]] == [("CA1", "dead_air")] and alone.offsets == {}
    _poll_after(step, clock, 750)
    batch = out.items[1]
    assert "rule_matches" not in batch.by_table  # written once
    assert batch.by_table["events"] == [(0, 0), (1, 0)] and batch.offsets == {("t", 0): 2}


def test_held_matches_go_with_a_batch_flushed_before_their_age() -> None:
    clock = ManualClock()
    step, out = _lanes(clock)
    step.submit(rows(0))
    clock.advance(900)
    step.submit(_match(1, clock.now_ms()))
    _poll_after(step, clock, 100)  # the batch is 1 s old: the match, 100 ms old, goes with it
    [batch] = out.items
    assert [m[:2] for m in batch.by_table["rule_matches"]] == [("CA1", "dead_air")]
    assert batch.offsets == {("t", 0): 2}
    step.join()
    assert len(out.items) == 1


def test_without_the_fast_lane_matches_wait_for_the_batch() -> None:
    clock = ManualClock()
    step, out = _lanes(clock, match_max_age_ms=None)
    step.submit(_match(1, clock.now_ms()))
    _poll_after(step, clock, 500)
    assert out.items == []


def test_a_match_of_an_old_event_goes_with_the_batch() -> None:
    """A backlog or a replay: its matches are late anyway, and an extra insert is what a worker behind can
    least afford."""
    clock = ManualClock(10_000_000)
    step, out = _lanes(clock)
    step.submit(_match(1, clock.now_ms() - 60_000))
    _poll_after(step, clock, 500)
    assert out.items == []
    _poll_after(step, clock, 500)
    [batch] = out.items
    assert len(batch.by_table["rule_matches"]) == 1 and batch.offsets == {("t", 0): 2}


class Busy(Recorder):
    """A next step writing behind the chain, with a write in flight while ``busy`` is set."""

    busy = False


def test_with_a_lane_a_match_goes_to_it_at_its_age_even_while_a_batch_is_being_written() -> None:
    clock = ManualClock()
    out, lane = Busy(), Busy()
    step = BatchStep(out, clock, max_rows=100, max_age_ms=1_000, match_max_age_ms=250, lane=lane)
    step.submit(rows(0))
    out.busy = True  # the batch writer is busy: the batch waits, the match does not
    step.submit(_match(1, clock.now_ms()))
    _poll_after(step, clock, 250)
    [alone] = lane.items
    assert [m[:2] for m in alone.by_table["rule_matches"]] == [("CA1", "dead_air")] and alone.offsets == {}
    assert out.items == [] and step.flushes == 0 and step.match_writes == 1
    out.busy = False
    _poll_after(step, clock, 750)
    [batch] = out.items
    assert "rule_matches" not in batch.by_table and batch.offsets == {("t", 0): 2}


def test_with_a_lane_a_batch_never_takes_the_held_matches_and_a_drain_hands_them_to_the_lane() -> None:
    clock = ManualClock()
    out, lane = Busy(), Busy()
    step = BatchStep(out, clock, max_rows=100, max_age_ms=1_000, match_max_age_ms=250, lane=lane)
    step.submit(rows(0))
    clock.advance(900)
    step.submit(_match(1, clock.now_ms()))
    _poll_after(step, clock, 100)  # the batch is due; the match (100 ms old) stays for the lane
    [batch] = out.items
    assert "rule_matches" not in batch.by_table
    lane.busy = True
    _poll_after(step, clock, 150)  # due, but the lane's write is in flight: held for its next
    assert lane.items == []
    step.join()  # a drain: the held match goes to the lane, and the lane is joined with the batch writer
    assert [len(b.by_table["rule_matches"]) for b in lane.items] == [1]
    assert lane.joins == 1 and out.joins == 1
    step.close()
    assert lane.closed and out.closed
