"""Turning a DSN into a client: the two supported schemes, and a clear refusal of anything else."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from callpulse.errors import CallpulseError, WarehouseError
from callpulse.warehouse import connect


def test_chdb_dsn_gives_a_working_client_on_the_session_path(chdb_path: Path, chdb_client: Any) -> None:
    client = connect(f"chdb://{chdb_path.resolve()}")
    try:
        assert client.query("SELECT 1 + 1").result_rows == [(2,)]
    finally:
        client.close()


@pytest.mark.parametrize(
    "dsn",
    [
        pytest.param("postgres://u:hunter2@db:5432/x", id="other-scheme"),
        pytest.param("clickhouse://localhost:9000", id="native-protocol"),
        pytest.param("/var/lib/warehouse", id="bare-path"),
        pytest.param("chdb://var/warehouse", id="relative-chdb-path"),
    ],
)
def test_unsupported_dsns_are_refused_with_what_to_write_instead(dsn: str) -> None:
    with pytest.raises(WarehouseError) as caught:
        connect(dsn)
    message = str(caught.value)
    assert "chdb:///absolute/path" in message and "http(s)://" in message
    assert "hunter2" not in message
    assert isinstance(caught.value, CallpulseError)
