"""One real Apache Kafka broker (KRaft, jars from Maven Central) per test session, a dedicated one
for tests that stop and restart it, and helpers to run `callpulse worker` as a subprocess with its
own warehouse and read what it stored.

chDB allows one data path per process, so each worker gets its own data dir and the tests read it
with `callpulse query` in a subprocess after the worker stopped - as a user would.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from callpulse.warehouse import Migrator

from kafka_deployment import Broker, Deployment


@pytest.fixture(scope="session")
def kafka(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The bootstrap address of a broker started for this session (stopped and removed afterwards)."""
    broker = Broker(tmp_path_factory.mktemp("kafka"))
    broker.start()
    try:
        yield broker.bootstrap
    finally:
        broker.stop()


@pytest.fixture
def restartable_broker(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Broker]:
    """A broker of this test alone, so that stopping it disturbs no other test."""
    broker = Broker(tmp_path_factory.mktemp("kafka-restart"))
    broker.start()
    try:
        yield broker
    finally:
        broker.stop()


@pytest.fixture
def deployment(kafka: str, tmp_path: Path) -> Iterator[Deployment]:
    """Topics created with `callpulse kafka topics`; every worker stopped after the test."""
    deployment = Deployment(kafka, tmp_path)
    deployment.cli(tmp_path / "admin", "kafka", "topics")
    yield deployment
    deployment.stop_all()


@pytest.fixture
def reference_database(chdb_client: Any) -> Iterator[str]:
    """A second migrated database on the session's chDB client, for the embedded pipeline's answer."""
    suffix = uuid.uuid4().hex[:12]
    database, restricted = f"ref_{suffix}", f"refr_{suffix}"
    Migrator(chdb_client, database, restricted, raw_ttl_days=7).apply()
    yield database
    for name in (database, restricted):
        chdb_client.command(f"DROP DATABASE IF EXISTS {name} SYNC")
