"""The session's one real Apache Kafka broker (KRaft, jars from Maven Central), shared by every test
directory that needs Kafka, and a deployment on it per test.

Loaded from the root ``conftest.py`` (``pytest_plugins``), so ``tests/kafka`` and ``tests/ingest/kafka``
use the same broker instead of starting one each: tests isolate themselves by uuid-named topics and
groups (``kafka_deployment.Deployment``), not by broker. The broker starts only when a test asks for it.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from broker_process import running

from kafka_deployment import Broker, Deployment


@pytest.fixture(scope="session")
def kafka(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The bootstrap address of a broker started for this session (stopped and removed afterwards)."""
    with running(Broker(tmp_path_factory.mktemp("kafka"))) as broker:
        yield broker.bootstrap


@pytest.fixture
def deployment(kafka: str, tmp_path: Path) -> Iterator[Deployment]:
    """Topics created with `callpulse kafka topics`; every worker stopped after the test."""
    deployment = Deployment(kafka, tmp_path)
    deployment.cli(tmp_path / "admin", "kafka", "topics")
    yield deployment
    deployment.stop_all()
