"""SIGTERM or SIGINT the real `callpulse worker` under load: it stops fetching, writes the partial batch,
commits after the write, leaves the group and exits 0 within CALLPULSE_SHUTDOWN_TIMEOUT_S; after a
restart every event is stored once and every call is whole.

The batches here are cut only by a long age, so everything the worker received when the signal came
is in its partial batch: a worker that does not drain commits nothing of it.
"""

from __future__ import annotations

import signal
import subprocess
import time
import urllib.request

import pytest

from devstack import kafka_broker

from kafka_deployment import WAIT_S, Deployment
from kafka_events import emit_in_background, simulated_events

pytestmark = [pytest.mark.kafka, pytest.mark.slow]

SHUTDOWN_TIMEOUT_S = 8.0


def _consumed(port: int) -> float:
    """The worker's own count of events received (``callpulse_worker_events_consumed_total``)."""
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics", timeout=5) as response:
        for line in response.read().decode().splitlines():
            if line.startswith("callpulse_worker_events_consumed_total "):
                return float(line.split()[1])
    return 0.0


def _wait_consumed(port: int, at_least: int, worker: subprocess.Popen[bytes], deployment: Deployment) -> int:
    deadline = time.monotonic() + WAIT_S
    while True:
        assert worker.poll() is None, f"worker exited with {worker.returncode}: {deployment.logs()}"
        try:
            consumed = int(_consumed(port))
        except OSError:
            consumed = 0  # metrics server not up yet
        if consumed >= at_least:
            return consumed
        assert time.monotonic() < deadline, f"worker consumed {consumed} of {at_least}: {deployment.logs()}"
        time.sleep(0.2)


def _wait_up(port: int, worker: subprocess.Popen[bytes], deployment: Deployment) -> None:
    """Until the worker answers on /metrics (its stop-signal handling is installed before that)."""
    deadline = time.monotonic() + WAIT_S
    while True:
        assert worker.poll() is None, f"worker exited with {worker.returncode}: {deployment.logs()}"
        try:
            _consumed(port)
            return
        except OSError:
            assert time.monotonic() < deadline, f"worker never answered on /metrics: {deployment.logs()}"
            time.sleep(0.2)


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
def test_a_stopped_worker_writes_and_commits_what_it_received_and_exits_0_in_time(
    deployment: Deployment, tmp_path, sig: signal.Signals
) -> None:
    events = simulated_events(30, seed=17)
    warehouse = tmp_path / "worker-data"
    port = kafka_broker.free_port()
    first = deployment.start_worker(
        warehouse,
        CALLPULSE_BATCH_MAX_AGE_MS="600000",  # nothing is written before the signal
        CALLPULSE_WORKER_METRICS_PORT=str(port),
        CALLPULSE_SHUTDOWN_TIMEOUT_S=str(SHUTDOWN_TIMEOUT_S),
    )
    sender = emit_in_background(deployment.bootstrap, deployment.topic, events, seconds=10)
    received = _wait_consumed(port, len(events) // 3, first, deployment)  # under load: still streaming
    assert deployment.progress()[0] == 0, "nothing committed before the signal"

    first.send_signal(sig)
    try:
        code = first.wait(timeout=SHUTDOWN_TIMEOUT_S)
    except subprocess.TimeoutExpired:
        pytest.fail(f"the worker did not exit within {SHUTDOWN_TIMEOUT_S} s: {deployment.logs()}")
    assert code == 0, deployment.logs()
    committed, _ = deployment.progress()
    assert committed >= received, f"{received} events received before the signal, {committed} committed"
    stored = deployment.query(warehouse, "SELECT count() AS n FROM events FINAL")[0]["n"]
    assert stored >= committed, "every committed event is stored"

    second_port = kafka_broker.free_port()
    second = deployment.start_worker(warehouse, CALLPULSE_WORKER_METRICS_PORT=str(second_port))
    sender.join()
    deployment.wait_all_committed(len(events), [second])
    # The first worker may have stored everything (a fast drain): the second is stopped once it is up,
    # as a deployed worker would be; a signal during Python's start-up, before any code of ours runs,
    # is not what this test is about.
    _wait_up(second_port, second, deployment)
    deployment.stop_all()
    assert second.returncode == 0, deployment.logs()
    counts = deployment.query(warehouse, "SELECT count() AS n, uniqExact(event_id) AS ids FROM events FINAL")
    assert counts == [{"n": len(events), "ids": len(events)}], "every event stored once"
    calls = deployment.query(
        warehouse, "SELECT count() AS n, countIf(ended) AS ended, sum(version) AS events FROM calls FINAL"
    )
    assert calls == [{"n": 30, "ended": 30, "events": len(events)}], "every call whole"
