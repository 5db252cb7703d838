"""A real broker for the producer tests that must see Kafka (``@pytest.mark.kafka``): the same
session broker and topic helpers as ``tests/kafka``, and the ingest package's network guard lifted,
since these tests talk to that local broker on purpose."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from kafka_deployment import Broker, Deployment


@pytest.fixture(autouse=True)
def _no_network() -> None:
    """Overrides the guard of ``tests/ingest/conftest.py``: a local broker is what is tested here."""


@pytest.fixture(scope="session")
def kafka(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    broker = Broker(tmp_path_factory.mktemp("kafka"))
    broker.start()
    try:
        yield broker.bootstrap
    finally:
        broker.stop()


@pytest.fixture
def deployment(kafka: str, tmp_path: Path) -> Iterator[Deployment]:
    """Topics created with `callpulse kafka topics`; every worker stopped after the test."""
    deployment = Deployment(kafka, tmp_path)
    deployment.cli(tmp_path / "admin", "kafka", "topics")
    yield deployment
    deployment.stop_all()
