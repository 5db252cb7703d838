"""Kafka over TLS and SASL (docs/deployment.md): the CALLPULSE_KAFKA_SECURITY_PROTOCOL / _SASL_* / _SSL_CAFILE
settings, on a real Apache Kafka 3.9.1 broker whose SECURE listener speaks SASL_SSL with a certificate from
a throw-away CA. Events go in through `callpulse http-ingest`'s app and come out of a `callpulse worker`
subprocess into its warehouse, both only through the secure listener; wrong credentials and an untrusted
certificate are refused."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from broker_process import running
from fastapi.testclient import TestClient
from secure_kafka import PLAIN_PASSWORD, PLAIN_USER, SCRAM_PASSWORD, SCRAM_USER, SecureBroker

from callpulse.cli.http_ingest import make_app
from callpulse.kafka_cluster import create_topics, group_progress, security_options
from callpulse.settings import Settings
from ingest.codec import encode

from kafka_events import simulated_events

pytestmark = [pytest.mark.kafka, pytest.mark.slow]

CALLPULSE = [sys.executable, "-m", "callpulse.cli"]
WAIT_S = 180.0  # an upper bound on waiting, never a speed assertion


@pytest.fixture(scope="module")
def broker(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SecureBroker]:
    with running(SecureBroker(tmp_path_factory.mktemp("secure-kafka"))) as broker:
        yield broker


def _env(broker: SecureBroker, name: str, data_dir: Path, **overrides: str) -> dict[str, str]:
    """CALLPULSE_* for the secure listener, uniquely named topics and group, an own data dir."""
    values = {
        "CALLPULSE_DATA_DIR": str(data_dir),
        "CALLPULSE_KAFKA_BOOTSTRAP": broker.secure_bootstrap,
        "CALLPULSE_KAFKA_SECURITY_PROTOCOL": "SASL_SSL",
        "CALLPULSE_KAFKA_SASL_MECHANISM": "SCRAM-SHA-512",
        "CALLPULSE_KAFKA_SASL_USERNAME": SCRAM_USER,
        "CALLPULSE_KAFKA_SASL_PASSWORD": SCRAM_PASSWORD,
        "CALLPULSE_KAFKA_SSL_CAFILE": str(broker.tls.ca),
        "CALLPULSE_KAFKA_TOPIC": f"turns-{name}",
        "CALLPULSE_KAFKA_DLQ_TOPIC": f"dlq-{name}",
        "CALLPULSE_KAFKA_GROUP_ID": f"group-{name}",
        "CALLPULSE_KAFKA_PARTITIONS": "3",
        "CALLPULSE_WORKER_METRICS_PORT": "0",
        "CALLPULSE_REDACTION_ENGINE": "patterns",
        "CALLPULSE_RAW_STORE": "false",
        "CALLPULSE_BATCH_MAX_AGE_MS": "300",
    }
    values.update(overrides)
    return values


def _settings(env: dict[str, str]) -> Settings:
    fields = {k.removeprefix("CALLPULSE_").lower(): v for k, v in env.items()}
    build: Any = Settings  # values arrive as strings, as from the environment; pydantic converts them
    return build(_env_file=None, **fields)  # type: ignore[no-any-return]


@pytest.mark.parametrize(
    ("mechanism", "user", "password"),
    [
        pytest.param("SCRAM-SHA-512", SCRAM_USER, SCRAM_PASSWORD, id="scram-sha-512"),
        pytest.param("PLAIN", PLAIN_USER, PLAIN_PASSWORD, id="plain"),
    ],
)
def test_topics_are_created_and_read_over_sasl_ssl(
    broker: SecureBroker, tmp_path: Path, mechanism: str, user: str, password: str
) -> None:
    name = uuid.uuid4().hex[:10]
    env = _env(
        broker,
        name,
        tmp_path,
        CALLPULSE_KAFKA_SASL_MECHANISM=mechanism,
        CALLPULSE_KAFKA_SASL_USERNAME=user,
        CALLPULSE_KAFKA_SASL_PASSWORD=password,
    )
    settings = _settings(env)
    assert sorted(create_topics(settings)) == sorted([f"turns-{name}", f"dlq-{name}"])
    assert create_topics(settings) == [], "a second run creates nothing"
    assert group_progress(
        settings.kafka_bootstrap, f"group-{name}", f"turns-{name}", security_options(settings)
    ) == (
        0,
        0,
    )


def test_events_flow_from_http_ingest_through_a_worker_over_sasl_ssl(
    broker: SecureBroker, tmp_path: Path
) -> None:
    name = uuid.uuid4().hex[:10]
    admin_env = _env(broker, name, tmp_path / "admin")
    settings = _settings(admin_env)
    create_topics(settings)

    events = simulated_events(6, seed=11)
    app, close = make_app(settings)
    try:
        with TestClient(app) as client:
            response = client.post("/v1/events", content=b"\n".join(encode(e) for e in events))
    finally:
        close()  # flushes the emitter: every event acknowledged by the broker, or counted as failed
    assert response.status_code == 202, response.text
    assert response.json()["accepted"] == len(events)

    worker_dir = tmp_path / "worker"
    worker_env = {k: v for k, v in os.environ.items() if not k.startswith("CALLPULSE_")}
    worker_env.update(_env(broker, name, worker_dir))
    log_path = tmp_path / "worker.log"
    with log_path.open("ab") as log:
        worker = subprocess.Popen(
            [*CALLPULSE, "worker"], env=worker_env, stdout=log, stderr=subprocess.STDOUT
        )
    try:
        security = security_options(settings)
        deadline = time.monotonic() + WAIT_S
        while True:
            done, total = group_progress(settings.kafka_bootstrap, f"group-{name}", f"turns-{name}", security)
            if total == len(events) and done == total:
                break
            assert worker.poll() is None, f"worker exited: {log_path.read_text()[-2000:]}"
            assert time.monotonic() < deadline, f"committed {done} of {total}: {log_path.read_text()[-2000:]}"
            time.sleep(0.5)
    finally:
        worker.send_signal(signal.SIGTERM)
        try:
            worker.wait(timeout=30)
        except subprocess.TimeoutExpired:
            worker.kill()
            worker.wait()

    query = subprocess.run(
        [*CALLPULSE, "query", "--format", "jsonl", "SELECT count() AS n FROM events FINAL"],
        env=worker_env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert query.returncode == 0, query.stderr[-2000:]
    assert json.loads(query.stdout.splitlines()[0])["n"] == len(events), "every event stored once"


@pytest.mark.parametrize(
    "overrides",
    [
        pytest.param({"CALLPULSE_KAFKA_SASL_PASSWORD": "wrong"}, id="wrong-password"),
        pytest.param({"CALLPULSE_KAFKA_SSL_CAFILE": ""}, id="untrusted-certificate"),
    ],
)
def test_the_secure_listener_refuses_what_it_should(
    broker: SecureBroker, tmp_path: Path, overrides: dict[str, str]
) -> None:
    """kafka-python retries a refused handshake until its timeout, so the refusal arrives as an error
    after a while (KafkaTimeoutError, about 30 s here); what matters is that it fails, returns, and leaves
    nothing behind. Two cases only: each costs that timeout."""
    name = uuid.uuid4().hex[:10]
    env = {k: v for k, v in _env(broker, name, tmp_path, **overrides).items() if v != ""}
    started = time.monotonic()
    with pytest.raises(Exception):  # noqa: B017 (kafka-python raises several kinds)
        create_topics(_settings(env))
    assert time.monotonic() - started < 120, "a refusal should come back, not hang"
    from kafka.admin import KafkaAdminClient

    good = security_options(_settings(_env(broker, name, tmp_path)))
    admin = KafkaAdminClient(bootstrap_servers=broker.secure_bootstrap, **good)
    try:
        assert f"turns-{name}" not in admin.list_topics(), "a refused client must not have created its topic"
    finally:
        admin.close()
