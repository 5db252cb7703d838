"""A worker killed at every insert boundary of the writer, restarted on the same warehouse with
redelivery from the last committed offset, ends with exactly the rows of an uninterrupted run.

This is the crash of ``tests/kafka/test_worker_crash.py`` made deterministic: no broker, no timing.
The writer inserts a batch table by table (``events`` first, ``calls`` last) and commits after the
last one; the "kill" is an exception raised before the k-th insert, or in place of the j-th commit,
and the restart is a fresh step chain (empty memory) whose call state is rebuilt from ``events``,
exactly as ``callpulse worker`` rebuilds it after a restart or a partition move.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import pytest

from agent.simulator.library import generate_calls, interleave_events
from ingest.clock import ManualClock
from ingest.codec import encode
from ingest.contract.models import TurnEvent
from stream.kafka.history import WarehouseHistory
from stream.messages import Position, RawMessage
from stream.pipeline import Pipeline, PipelineConfig
from stream.runner import CommitLog

from events import parsed
from scorers import NeutralScorer

SOURCE = ("turn-events", 0)
STEP_MS = 40  # the clock moves this much per message: batches are cut by age as well as by size
CONFIG = PipelineConfig(batch_max_rows=60, batch_max_age_ms=1_000, live_update_interval_ms=1_000)
TABLES = {
    "calls": "* EXCEPT updated_at",  # when a row was written differs; what it says must not
    "turn_metrics": "*",
    "interruptions": "*",
}


class WorkerDiedError(Exception):
    """The worker process died here."""


class KillingClient:
    """The warehouse client of a worker that dies before its ``kill_at``-th insert."""

    def __init__(self, client: Any, kill_at: int | None) -> None:
        self._client = client
        self._kill_at = kill_at
        self.inserts = 0

    def __getattr__(self, name: str) -> Any:
        return getattr(self._client, name)

    def insert(self, **kwargs: Any) -> Any:
        self.inserts += 1
        if self.inserts == self._kill_at:
            raise WorkerDiedError(f"before insert {self.inserts}")
        return self._client.insert(**kwargs)


class KillingCommit:
    """Offsets committed to the log, except that the worker dies instead of its ``kill_at``-th commit
    (after every insert of that batch returned)."""

    def __init__(self, log: CommitLog, kill_at: int | None) -> None:
        self.log = log
        self._kill_at = kill_at
        self.commits = 0

    def __call__(self, offsets: Mapping[tuple[str, int], int]) -> None:
        self.commits += 1
        if self.commits == self._kill_at:
            raise WorkerDiedError(f"instead of commit {self.commits}")
        self.log(offsets)


def _events() -> list[TurnEvent]:
    calls = generate_calls(4, seed=41, start_ms=1_764_000_000_000, window_ms=20_000)
    return parsed(list(interleave_events(calls)))


def _messages(events: list[TurnEvent], first: int = 0) -> list[RawMessage]:
    return [RawMessage(encode(e), Position(*SOURCE, offset), e.ts) for offset, e in enumerate(events)][first:]


def _pipeline(warehouse: Any, client: Any, commit: Any, clock: ManualClock) -> Pipeline:
    return Pipeline(
        client,
        warehouse.database,
        clock,
        config=CONFIG,
        redaction=None,
        commit=commit,
        scorer=NeutralScorer(),
        history=WarehouseHistory(warehouse.client, warehouse.database),
    )


def _feed(pipeline: Pipeline, messages: list[RawMessage], clock: ManualClock) -> None:
    for message in messages:
        clock.advance(STEP_MS)
        pipeline.submit(message)
        pipeline.poll()
    pipeline.join()


def _truncate(warehouse: Any) -> None:
    for (table,) in warehouse.rows(
        "SELECT name FROM system.tables WHERE database = '{db}' "
        "AND engine LIKE '%MergeTree' AND name != 'schema_migrations'"
    ):
        warehouse.client.command(f"TRUNCATE TABLE {warehouse.database}.{table}")


def _stored(warehouse: Any) -> dict[str, Any]:
    found: dict[str, Any] = {
        "events": warehouse.rows("SELECT count(), uniqExact(event_id) FROM {db}.events FINAL"),
        "dlq": warehouse.rows("SELECT count() FROM {db}.dlq"),
    }
    for table, columns in TABLES.items():
        key = "call_sid" if table == "calls" else "call_sid, 2"
        found[table] = warehouse.rows(f"SELECT {columns} FROM {{db}}.{table} FINAL ORDER BY {key}")
    return found


def _difference(found: dict[str, Any], expected: dict[str, Any]) -> str:
    """Per table: rows missing, and rows there but not as an uninterrupted run wrote them (stale)."""
    parts = []
    for table in expected:
        if found[table] != expected[table]:
            missing = len(expected[table]) - len(found[table])
            stale = sum(row not in expected[table] for row in found[table])
            parts.append(f"{table}: {missing} missing, {stale} stale")
    return "; ".join(parts)


def _run_killed(warehouse: Any, events: list[TurnEvent], kill: tuple[str, int]) -> CommitLog:
    """One run that dies at ``kill``, then a restart that re-reads from the committed offset."""
    clock = ManualClock()
    log = CommitLog()
    kind, at = kill
    client = KillingClient(warehouse.client, at if kind == "insert" else None)
    commit = KillingCommit(log, at if kind == "commit" else None)
    with pytest.raises(Exception) as died:
        _feed(_pipeline(warehouse, client, commit, clock), _messages(events), clock)
    assert isinstance(died.value, WorkerDiedError) or isinstance(died.value.__cause__, WorkerDiedError)
    resume_at = log.committed.get(SOURCE, 0)
    assert resume_at < len(events), "killed before everything was committed"
    restarted = _pipeline(warehouse, warehouse.client, log, clock)
    _feed(restarted, _messages(events, resume_at), clock)
    return log


def test_a_worker_killed_at_any_insert_boundary_and_restarted_stores_what_an_uninterrupted_one_does(
    warehouse: Any,
) -> None:
    events = _events()
    assert len({e.call_sid for e in events}) == 4
    clock = ManualClock()
    counting = KillingClient(warehouse.client, None)
    commits = KillingCommit(CommitLog(), None)
    _feed(_pipeline(warehouse, counting, commits, clock), _messages(events), clock)
    expected = _stored(warehouse)
    assert expected["events"] == [(len(events), len(events))]
    assert len(expected["calls"]) == 4 and expected["turn_metrics"] and expected["interruptions"]
    boundaries = [("insert", k) for k in range(1, counting.inserts + 1)]
    boundaries += [("commit", j) for j in range(1, commits.commits + 1)]
    assert commits.commits >= 5 and counting.inserts >= 3 * commits.commits, "batches of several tables"

    differing = []
    for kill in boundaries:
        _truncate(warehouse)
        _run_killed(warehouse, events, kill)
        found = _stored(warehouse)
        if found != expected:
            differing.append(f"killed {kill[0]} {kill[1]}: {_difference(found, expected)}")
    assert not differing, f"{len(differing)} of {len(boundaries)} kill points differ:\n" + "\n".join(
        differing
    )
