"""Two workers in one consumer group, partitions moving twice while calls are live: every event is
stored once, and every call's metrics equal what the embedded pipeline computes from the same events.

Worker B joins mid-stream (A's partitions are split), then A leaves (B takes them all), so calls that
started on A end on B, whose state is rebuilt from the warehouse. The two workers are two faust apps
in this process sharing one chDB client (``devstack.threaded_worker``): chDB allows one data path per process
and there is no ClickHouse server here to share between two processes.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest

from callpulse import compose
from devstack.threaded_worker import ThreadedWorker
from ingest.clock import SystemClock
from ingest.codec import encode
from ingest.contract.models import TurnEvent
from stream.messages import Position, RawMessage
from stream.pipeline import Pipeline

from kafka_deployment import WAIT_S, Deployment
from kafka_events import emit_in_background, simulated_events

pytestmark = [pytest.mark.kafka, pytest.mark.slow]

CALL_COLUMNS = "* EXCEPT updated_at"  # when a row was written differs; what it says must not


def _wait(condition: Any, what: str, deployment: Deployment, workers: list[ThreadedWorker]) -> None:
    deadline = time.monotonic() + WAIT_S
    while not condition():
        assert time.monotonic() < deadline, f"timed out waiting for {what}: {deployment.progress()}"
        for worker in workers:
            assert worker.alive, f"worker {worker.name} stopped: {worker.error!r}"
        time.sleep(0.2)


def _events_seen(worker: ThreadedWorker) -> int:
    assert worker.parts is not None
    return worker.parts.pipeline.call_state.stats.events


def _embedded(
    client: Any, database: str, deployment: Deployment, tmp_path: Path, events: list[TurnEvent]
) -> None:
    """The same events through the embedded pipeline (one owner, no moves), same settings."""
    settings = deployment.settings(tmp_path / "embedded", CALLPULSE_DATABASE=database)
    clock = SystemClock()
    pipeline = Pipeline(
        client,
        database,
        clock,
        config=compose.pipeline_config(settings),
        redaction=compose.redaction(settings),
    )
    for offset, event in enumerate(events):
        pipeline.submit(RawMessage(encode(event), Position("reference", 0, offset), clock.now_ms()))
    pipeline.poll()
    pipeline.join()


def _rows(client: Any, sql: str) -> list[tuple[Any, ...]]:
    return [tuple(row) for row in client.query(sql).result_rows]


def test_partitions_moving_twice_mid_call_store_each_event_once_with_the_embedded_metrics(
    deployment: Deployment, warehouse: Any, reference_database: str, tmp_path: Path
) -> None:
    client, database = warehouse.client, warehouse.database
    settings = deployment.settings(
        tmp_path / "workers",
        CALLPULSE_DATABASE=database,
        CALLPULSE_RESTRICTED_DATABASE=warehouse.restricted_database,
    )
    events = simulated_events(40, seed=23)
    first = ThreadedWorker(compose.worker_builder(settings, client), "A")
    sender = emit_in_background(deployment.bootstrap, deployment.topic, events, seconds=24)
    workers = [first]

    _wait(lambda: _events_seen(first) >= len(events) // 4, "A to process a quarter", deployment, workers)
    # B joins the group: A's partitions are split
    second = ThreadedWorker(compose.worker_builder(settings, client), "B")
    workers.append(second)
    _wait(lambda: _events_seen(second) > 0, "B to get partitions", deployment, workers)
    _wait(lambda: sum(map(_events_seen, workers)) >= len(events) // 2, "half the events", deployment, workers)
    first.stop()  # leaves the group: B takes every partition
    workers.remove(first)
    sender.join()
    deployment.wait_all_committed(len(events), [])
    second.stop()

    assert second.parts is not None and first.parts is not None
    restored = second.parts.pipeline.call_state.stats.restored_events
    assert restored > 0, "some calls moved mid-way and were rebuilt from the warehouse"
    stored = _rows(client, f"SELECT count(), uniqExact(event_id) FROM {database}.events FINAL")
    assert stored == [(len(events), len(events))], "every event stored exactly once"

    _embedded(client, reference_database, deployment, tmp_path, events)
    order = "ORDER BY call_sid"
    kafka_calls = _rows(client, f"SELECT {CALL_COLUMNS} FROM {database}.calls FINAL {order}")
    embedded_calls = _rows(client, f"SELECT {CALL_COLUMNS} FROM {reference_database}.calls FINAL {order}")
    assert len(kafka_calls) == len({e.call_sid for e in events}), "every call has a calls row"
    assert kafka_calls == embedded_calls, "metrics computed across moves equal the single-owner ones"
    turn_columns = "*"
    turns_order = "ORDER BY call_sid, turn_index"
    kafka_turns = _rows(client, f"SELECT {turn_columns} FROM {database}.turn_metrics FINAL {turns_order}")
    embedded_turns = _rows(
        client, f"SELECT {turn_columns} FROM {reference_database}.turn_metrics FINAL {turns_order}"
    )
    assert kafka_turns == embedded_turns, "per-turn metrics too"
