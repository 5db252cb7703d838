"""A dedicated Kafka broker for tests that stop and restart it, and a reference database. The
session's shared broker (``kafka``) and the per-test ``deployment`` (workers run as subprocesses with
their own warehouse) are in ``tests/support/kafka_fixtures.py``.

chDB allows one data path per process, so each worker gets its own data dir and the tests read it
with `callpulse query` in a subprocess after the worker stopped - as a user would.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from typing import Any

import pytest
from broker_process import running

from callpulse.warehouse import Migrator

from kafka_deployment import Broker


@pytest.fixture
def restartable_broker(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Broker]:
    """A broker of this test alone, so that stopping it disturbs no other test."""
    with running(Broker(tmp_path_factory.mktemp("kafka-restart"))) as broker:
        yield broker


@pytest.fixture
def reference_database(chdb_client: Any) -> Iterator[str]:
    """A second migrated database on the session's chDB client, for the embedded pipeline's answer."""
    suffix = uuid.uuid4().hex[:12]
    database, restricted = f"ref_{suffix}", f"refr_{suffix}"
    Migrator(chdb_client, database, restricted, raw_ttl_days=7).apply()
    yield database
    for name in (database, restricted):
        chdb_client.command(f"DROP DATABASE IF EXISTS {name} SYNC")
