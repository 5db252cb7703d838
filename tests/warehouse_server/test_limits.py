"""One query cannot take the warehouse server down (issue 14, finding 7): `SELECT * FROM system.numbers`
grew the server to 22.5 GB until the kernel killed it. The server now bounds every statement whatever the
client asks, and keeps serving. The server runs under an address-space cap, so a regression fails the
test instead of taking the machine's memory."""

from __future__ import annotations

import os
import subprocess
import sys
import urllib.request
from pathlib import Path
from typing import Any

import pytest
from address_space import address_space_cap
from clickhouse_connect.driver.exceptions import DatabaseError

from callpulse.warehouse import connect

pytestmark = pytest.mark.slow

RESULT_ROWS_CAP = 200_000  # bounded_server's cap (conftest)


def _still_serving(server: Any) -> None:
    assert server.process.poll() is None, f"the server died: {server.log.read_text()[-1500:]}"
    with urllib.request.urlopen(f"{server.url}/ping", timeout=5) as reply:
        assert reply.read() == b"Ok.\n"
    client = connect(server.url)
    assert client.query("SELECT 41 + 1").result_rows == [(42,)]
    client.close()


def test_an_unbounded_select_gets_a_limit_error_even_when_the_client_asks_for_no_limit(
    bounded_server: Any,
) -> None:
    client = connect(bounded_server.url)
    with pytest.raises(DatabaseError, match="TOO_MANY_ROWS_OR_BYTES"):
        client.query("SELECT * FROM system.numbers", settings={"max_result_rows": 0, "max_memory_usage": 0})
    client.close()
    _still_serving(bounded_server)


def test_a_client_asking_for_fewer_rows_with_break_gets_a_bounded_truncated_answer(
    bounded_server: Any,
) -> None:
    client = connect(bounded_server.url)
    rows = client.query(
        "SELECT * FROM system.numbers", settings={"max_result_rows": 1_001, "result_overflow_mode": "break"}
    ).result_rows
    client.close()
    assert 1_001 <= len(rows) < RESULT_ROWS_CAP  # cut at the first block past the limit
    _still_serving(bounded_server)


def test_a_limit_set_in_the_statements_own_settings_clause_is_refused(bounded_server: Any) -> None:
    client = connect(bounded_server.url)
    with pytest.raises(DatabaseError, match="max_result_rows is a limit of this server"):
        client.query("SELECT * FROM system.numbers SETTINGS max_result_rows = 0")
    client.close()
    _still_serving(bounded_server)


def test_callpulse_query_through_the_server_prints_a_truncated_answer_with_a_note(
    bounded_server: Any, tmp_path: Path
) -> None:
    env = {**os.environ, "CALLPULSE_WAREHOUSE_DSN": bounded_server.url, "CALLPULSE_DATA_DIR": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-m", "callpulse.cli", "query", "SELECT * FROM system.numbers", "--limit", "5",
         "--format", "csv"],
        env=env, capture_output=True, text=True, timeout=180, check=False,
        preexec_fn=address_space_cap(),
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-1500:]
    assert done.stdout.splitlines() == ["number", "0", "1", "2", "3", "4"]
    assert "truncated at 5 rows" in done.stderr
    _still_serving(bounded_server)


def test_read_only_show_and_describe_answer_through_the_server(bounded_server: Any) -> None:
    """`callpulse query` sends readonly=1 with every statement; SHOW and DESCRIBE are reads too."""
    client = connect(bounded_server.url)
    tables = client.query("SHOW TABLES FROM system", settings={"readonly": 1}).result_rows
    columns = client.query("DESCRIBE system.numbers", settings={"readonly": 1}).result_rows
    client.close()
    assert ("numbers",) in [tuple(r[:1]) for r in tables]
    assert columns[0][:2] == ("number", "UInt64")
