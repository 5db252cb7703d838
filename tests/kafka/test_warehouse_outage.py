"""The warehouse refuses writes for 30 s: the worker commits nothing meanwhile, retries with
backoff, then catches up; nothing is lost or doubled."""

from __future__ import annotations

import time

import pytest

from kafka_deployment import Deployment
from kafka_events import emit_all, simulated_events

pytestmark = [pytest.mark.kafka, pytest.mark.slow]


def test_a_refusing_warehouse_delays_commits_but_loses_nothing(deployment: Deployment, tmp_path) -> None:
    events = simulated_events(20)
    emit_all(deployment.bootstrap, deployment.topic, events)
    warehouse = tmp_path / "worker-data"
    worker = deployment.start_worker(warehouse, CALLPULSE_FAULT_WAREHOUSE_REFUSE_S="30")

    deadline = time.monotonic() + 60
    while "refused" not in deployment.logs():  # the first insert was refused
        assert time.monotonic() < deadline and worker.poll() is None, deployment.logs()
        time.sleep(0.5)
    time.sleep(5)  # well inside the 30 s outage
    assert deployment.progress()[0] == 0, "nothing is committed while the warehouse refuses writes"

    deployment.wait_all_committed(len(events), [worker])
    deployment.stop_all()
    stored = deployment.query(warehouse, "SELECT count() AS n, uniqExact(event_id) AS ids FROM events FINAL")[
        0
    ]
    assert stored == {"n": len(events), "ids": len(events)}
    calls = deployment.query(warehouse, "SELECT count() AS n FROM calls FINAL WHERE ended")[0]
    assert calls["n"] == 20
