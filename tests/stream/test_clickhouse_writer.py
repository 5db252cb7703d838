"""The writer stores a batch, then commits its offsets; a failed insert commits nothing."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from typing import Any

import pytest

from ingest.clock import ManualClock
from stream.errors import StreamError, WriteError
from stream.messages import Batch, Position
from stream.rows import TABLE_COLUMNS, call_row, event_row, is_utterance, utterance_row
from stream.steps.clickhouse_writer import ClickHouseWriter

from events import CallBuilder, parsed

T0 = 1_764_000_000_000


class Commits:
    """Records commits, and what the warehouse held at the moment of each commit."""

    def __init__(self, warehouse: Any) -> None:
        self.warehouse = warehouse
        self.offsets: list[dict[tuple[str, int], int]] = []
        self.events_stored_at_commit: list[int] = []

    def __call__(self, offsets: Mapping[tuple[str, int], int]) -> None:
        self.offsets.append(dict(offsets))
        [(count,)] = self.warehouse.rows("SELECT count() FROM {db}.events")
        self.events_stored_at_commit.append(count)


class FailingInserts:
    """A real client whose inserts into one table raise, as a server refusing a write would."""

    def __init__(self, client: Any, table: str) -> None:
        self._client, self._table = client, table
        self.create_insert_context = client.create_insert_context

    def insert(self, *, data: Any, context: Any) -> Any:
        if context.table.endswith(f".{self._table}"):
            raise ConnectionError("server went away")
        return self._client.insert(data=data, context=context)


def events_batch(make_result: Any, *, first_offset: int = 0, call_sid: str = "CA" + "2" * 32) -> Batch:
    call = CallBuilder(call_sid, start_ms=T0).started().agent(100, "Hi, ", "how can I help?")
    call.caller(3_000, "pay my bill").ended(8_000)
    events = parsed(call.events)
    batch = Batch(opened_ms=T0, oldest_event_ts_ms=T0, messages=len(events))
    batch.by_table["events"] = [
        event_row(e, Position("turn-events", 0, first_offset + i), T0 + 10_000) for i, e in enumerate(events)
    ]
    batch.by_table["turns"] = [utterance_row(e) for e in events if is_utterance(e)]
    batch.by_table["calls"] = [call_row(make_result(call_sid, events=len(events)), T0 + 10_000)]
    batch.offsets[("turn-events", 0)] = first_offset + len(events)
    return batch


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(T0 + 20_000)


def test_rows_are_stored_before_the_offsets_are_committed(
    warehouse: Any, make_result: Any, clock: ManualClock
) -> None:
    commits = Commits(warehouse)
    writer = ClickHouseWriter(warehouse.client, warehouse.database, commits, clock)
    writer.submit(events_batch(make_result))
    assert commits.offsets == [{("turn-events", 0): 4}]
    assert commits.events_stored_at_commit == [4]
    assert warehouse.rows("SELECT speaker, text FROM {db}.turns ORDER BY ts") == [
        ("agent", "Hi, how can I help?"),
        ("caller", "pay my bill"),
    ]
    assert warehouse.rows("SELECT call_sid, version FROM {db}.calls_final") == [("CA" + "2" * 32, 4)]


def test_timestamps_survive_the_round_trip_to_the_millisecond(
    warehouse: Any, make_result: Any, clock: ManualClock
) -> None:
    batch = events_batch(make_result)
    ClickHouseWriter(warehouse.client, warehouse.database, lambda offsets: None, clock).submit(batch)
    stored = warehouse.rows("SELECT toUnixTimestamp64Milli(ts) FROM {db}.events ORDER BY ts")
    assert [ms for (ms,) in stored] == [T0, T0 + 100, T0 + 3_000, T0 + 8_000]


@pytest.mark.parametrize("failing_table", ["events", "calls"])
def test_a_failed_insert_commits_nothing_and_says_how_big_the_batch_was(
    warehouse: Any, make_result: Any, clock: ManualClock, failing_table: str
) -> None:
    commits = Commits(warehouse)
    client = FailingInserts(warehouse.client, failing_table)
    writer = ClickHouseWriter(client, warehouse.database, commits, clock)
    batch = events_batch(make_result)
    with pytest.raises(WriteError) as caught:
        writer.submit(batch)
    assert commits.offsets == []
    assert (caught.value.rows, caught.value.messages, caught.value.table) == (batch.rows, 4, failing_table)
    assert isinstance(caught.value, StreamError) and "not committed" in str(caught.value)
    assert writer.batches == 0 and writer.last_stats is None


def test_the_writer_recovers_after_a_failed_insert(
    warehouse: Any, make_result: Any, clock: ManualClock
) -> None:
    commits = Commits(warehouse)
    failing = ClickHouseWriter(FailingInserts(warehouse.client, "calls"), warehouse.database, commits, clock)
    with pytest.raises(WriteError):
        failing.submit(events_batch(make_result))
    writer = ClickHouseWriter(warehouse.client, warehouse.database, commits, clock)
    writer.submit(events_batch(make_result))  # the redelivery after the restart
    writer.submit(events_batch(make_result, first_offset=4, call_sid="CA" + "3" * 32))
    assert commits.offsets == [{("turn-events", 0): 4}, {("turn-events", 0): 8}]
    [(events,)] = warehouse.rows("SELECT count() FROM {db}.events FINAL")
    assert events == 8


def test_a_redelivered_batch_leaves_the_final_counts_unchanged(
    warehouse: Any, make_result: Any, clock: ManualClock
) -> None:
    writer = ClickHouseWriter(warehouse.client, warehouse.database, lambda offsets: None, clock)
    writer.submit(events_batch(make_result))
    before = warehouse.rows(
        "SELECT (SELECT count() FROM {db}.events FINAL), (SELECT count() FROM {db}.turns FINAL)"
    )
    writer.submit(events_batch(make_result))
    after = warehouse.rows(
        "SELECT (SELECT count() FROM {db}.events FINAL), (SELECT count() FROM {db}.turns FINAL)"
    )
    assert before == after == [(4, 2)]
    [(raw,)] = warehouse.rows("SELECT count() FROM {db}.events")
    assert raw == 8  # both copies are stored until a merge; FINAL is what makes reads exact


def test_each_batch_is_measured(warehouse: Any, make_result: Any, clock: ManualClock) -> None:
    class AdvancingClient:
        """Each insert takes 7 ms of the manual clock."""

        create_insert_context = warehouse.client.create_insert_context

        def insert(self, *, data: Any, context: Any) -> Any:
            clock.advance(7)
            return warehouse.client.insert(data=data, context=context)

    writer = ClickHouseWriter(AdvancingClient(), warehouse.database, lambda offsets: None, clock)
    batch = events_batch(make_result)
    writer.submit(batch)
    stats = writer.last_stats
    assert stats is not None
    assert (stats.rows, stats.messages, stats.write_ms) == (batch.rows, 4, 21)
    assert stats.event_to_write_lag_ms == 20_000 + 21
    writer.submit(events_batch(make_result, first_offset=4))
    assert (writer.batches, writer.rows, writer.messages, writer.write_ms) == (2, 2 * batch.rows, 8, 42)
    assert list(writer.history)[-1] == writer.last_stats


def test_a_batch_without_rows_still_commits_its_offsets(warehouse: Any, clock: ManualClock) -> None:
    commits: list[dict[tuple[str, int], int]] = []
    writer = ClickHouseWriter(warehouse.client, warehouse.database, lambda o: commits.append(dict(o)), clock)
    writer.submit(Batch(offsets={("turn-events", 2): 10}, messages=3))
    assert commits == [{("turn-events", 2): 10}]
    assert writer.last_stats is not None and writer.last_stats.event_to_write_lag_ms is None


def test_rows_for_an_unknown_table_are_refused_before_anything_is_written(
    warehouse: Any, make_result: Any, clock: ManualClock
) -> None:
    commits = Commits(warehouse)
    writer = ClickHouseWriter(warehouse.client, warehouse.database, commits, clock)
    batch = events_batch(make_result)
    batch.by_table["turns_raw"] = [("CA1", str(uuid.uuid4()), None, "caller", "k1", "n", "c")]
    with pytest.raises(WriteError, match="turns_raw"):
        writer.submit(batch)
    assert commits.offsets == [] and warehouse.rows("SELECT count() FROM {db}.events") == [(0,)]


def test_raw_turns_go_to_the_restricted_database(warehouse: Any, clock: ManualClock) -> None:
    import time

    now_ms = time.time_ns() // 1_000_000  # raw rows expire (TTL), so this one must be recent for real
    writer = ClickHouseWriter(
        warehouse.client,
        warehouse.database,
        lambda o: None,
        clock,
        restricted_database=warehouse.restricted_database,
    )
    row = ("CA1", str(uuid.uuid4()), now_ms, "caller", "k1", "bm9uY2U=", "Y2lwaGVy")
    assert len(row) == len(TABLE_COLUMNS["turns_raw"])
    writer.submit(Batch(by_table={"turns_raw": [row]}, messages=1))
    assert warehouse.rows("SELECT key_id, ciphertext FROM {rdb}.turns_raw") == [("k1", "Y2lwaGVy")]


def test_lifecycle_calls_are_harmless(warehouse: Any, clock: ManualClock) -> None:
    writer = ClickHouseWriter(warehouse.client, warehouse.database, lambda o: None, clock)
    writer.poll()
    writer.join(1.0)
    writer.close()
    assert writer.batches == 0
