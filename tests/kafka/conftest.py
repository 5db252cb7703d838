"""One real Apache Kafka broker (KRaft, jars from Maven Central) per test session, and helpers to
run `callpulse worker` as a subprocess with its own warehouse and read what it stored.

chDB allows one data path per process, so each worker gets its own data dir and the tests read it
with `callpulse query` in a subprocess after the worker stopped - as a user would.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from callpulse import kafka_broker

from kafka_deployment import Deployment


@pytest.fixture(scope="session")
def kafka(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The bootstrap address of a broker started for this session (stopped and removed afterwards)."""
    libs = kafka_broker.fetch_jars()
    config = kafka_broker.BrokerConfig(
        port=kafka_broker.free_port(),
        controller_port=kafka_broker.free_port(),
        data_dir=tmp_path_factory.mktemp("kafka"),
        libs=libs,
    )
    process = kafka_broker.start(config)
    try:
        kafka_broker.wait_until_ready(config, process, timeout_s=120)
        yield config.bootstrap
    finally:
        kafka_broker.stop(process.pid)
        process.wait(timeout=30)


@pytest.fixture
def deployment(kafka: str, tmp_path: Path) -> Iterator[Deployment]:
    """Topics created with `callpulse kafka topics`; every worker stopped after the test."""
    deployment = Deployment(kafka, tmp_path)
    deployment.cli(tmp_path / "admin", "kafka", "topics")
    yield deployment
    deployment.stop_all()
