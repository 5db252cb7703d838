"""`callpulse http-ingest` drains on SIGTERM (issue 14, finding 2): under a stream of POSTs it stops taking
new ones, answers the one in flight, delivers every event it answered 202 for to Kafka, and exits 0 within
shutdown_timeout_s. Before, uvicorn re-raised SIGTERM after its graceful stop, so the process died (-15)
before the producer's buffer was flushed."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
import uuid
from collections.abc import Iterator
from pathlib import Path

import orjson
import pytest
from broker_process import running

from agent.simulator.library import generate_calls, interleave_events
from callpulse.kafka_cluster import create_topics
from callpulse.settings import Settings
from devstack.kafka_broker import free_port

from kafka_deployment import Broker
from kafka_topic import read_topic

pytestmark = [pytest.mark.kafka, pytest.mark.slow]

SHUTDOWN_TIMEOUT_S = 8.0
MARGIN_S = 10.0
BATCH = 25


@pytest.fixture(scope="module")
def broker(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with running(Broker(tmp_path_factory.mktemp("kafka"))) as started:
        yield started.bootstrap


def _post(url: str, lines: list[bytes]) -> int | None:
    request = urllib.request.Request(url, data=b"\n".join(lines), method="POST",
                                     headers={"Content-Type": "application/x-ndjson"})  # fmt: skip
    try:
        with urllib.request.urlopen(request, timeout=30) as reply:
            return int(reply.status)
    except urllib.error.HTTPError as err:
        return int(err.code)
    except OSError:
        return None  # refused: the server no longer takes requests


def test_every_accepted_event_reaches_kafka_and_the_process_exits_0(broker: str, tmp_path: Path) -> None:
    topic = f"drain-{uuid.uuid4().hex[:10]}"
    create_topics(Settings(kafka_bootstrap=broker, kafka_topic=topic, kafka_dlq_topic=f"{topic}.dlq"))
    port = free_port()
    env = {
        **os.environ, "CALLPULSE_DATA_DIR": str(tmp_path), "CALLPULSE_KAFKA_BOOTSTRAP": broker,
        "CALLPULSE_KAFKA_TOPIC": topic, "CALLPULSE_HTTP_INGEST_PORT": str(port),
    }  # fmt: skip
    ingest = subprocess.Popen([sys.executable, "-m", "callpulse.cli", "http-ingest"], env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)  # fmt: skip
    url = f"http://127.0.0.1:{port}/v1/events"
    deadline = time.monotonic() + 60
    while _post(url, []) is None:  # an empty body is a 400 once the server listens
        assert ingest.poll() is None and time.monotonic() < deadline, "http-ingest did not start"
        time.sleep(0.1)  # poll interval

    now_ms = time.time_ns() // 1_000_000
    events = list(interleave_events(generate_calls(200, seed=31, start_ms=now_ms - 3_600_000)))
    accepted: list[str] = []
    refused: list[int | None] = []
    posted = threading.Event()

    def load() -> None:
        for start in range(0, len(events), BATCH):
            batch = events[start : start + BATCH]
            status = _post(url, [orjson.dumps(e) for e in batch])
            if status != 202:
                refused.append(status)  # None: no longer listening, the end of the load
                return
            accepted.extend(e["event_id"] for e in batch)
            if len(accepted) >= 4 * BATCH:
                posted.set()

    loader = threading.Thread(target=load)
    loader.start()
    assert posted.wait(60), "the load never got going"
    ingest.send_signal(signal.SIGTERM)
    loader.join(60)
    try:
        code = ingest.wait(SHUTDOWN_TIMEOUT_S + MARGIN_S)
    except subprocess.TimeoutExpired:
        ingest.kill()
        raise AssertionError("http-ingest still running after SIGTERM and its bound") from None
    assert ingest.stdout is not None
    output = ingest.stdout.read()
    assert code == 0, output[-1500:]
    on_topic = {record.event_id for record in read_topic(broker, topic)}
    missing = [event_id for event_id in accepted if event_id not in on_topic]
    assert not missing, f"{len(missing)} of {len(accepted)} accepted events never reached Kafka"
    assert refused == [None], f"a POST was answered with {refused} instead of 202 or no connection"
    assert len(accepted) < len(events), "SIGTERM came after the load ended; nothing was in flight"
