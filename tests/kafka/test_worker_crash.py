"""kill -9 a worker mid-stream and restart it: every event is stored, and counted exactly once."""

from __future__ import annotations

import signal
import time

import pytest

from kafka_deployment import Deployment
from kafka_events import emit_in_background, simulated_events

pytestmark = [pytest.mark.kafka, pytest.mark.slow]


def test_a_killed_worker_loses_nothing_and_double_counts_nothing(deployment: Deployment, tmp_path) -> None:
    events = simulated_events(60)
    warehouse = tmp_path / "worker-data"
    first = deployment.start_worker(warehouse)
    sender = emit_in_background(deployment.bootstrap, deployment.topic, events, seconds=12)

    deadline = time.monotonic() + 120
    while deployment.progress()[0] < len(events) // 4:  # some batches written and committed
        assert time.monotonic() < deadline, deployment.logs()
        time.sleep(0.2)
    first.send_signal(signal.SIGKILL)
    first.wait()
    done_at_kill, _ = deployment.progress()

    second = deployment.start_worker(warehouse)
    sender.join()
    deployment.wait_all_committed(len(events), [second])
    deployment.stop_all()

    assert done_at_kill < len(events), "the worker was killed mid-stream"
    stored = deployment.query(warehouse, "SELECT count() AS n, uniqExact(event_id) AS ids FROM events FINAL")[
        0
    ]
    assert stored == {"n": len(events), "ids": len(events)}
    calls = deployment.query(warehouse, "SELECT count() AS n, countIf(ended) AS ended FROM calls FINAL")[0]
    assert calls == {"n": 60, "ended": 60}
    versions = deployment.query(warehouse, "SELECT sum(version) AS events_counted FROM calls FINAL")[0]
    assert versions["events_counted"] == len(events), (
        "each call's summary is computed from all its events once"
    )
