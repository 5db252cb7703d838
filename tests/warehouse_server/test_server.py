"""clickhouse-connect's http:// client against `callpulse warehouse serve`: the migrations, the
pipeline's Native inserts, bound parameters, query_df (the detector's call) and errors all behave as
on the embedded engine, so every callpulse process can share one warehouse through it."""

from __future__ import annotations

import subprocess
import sys
import threading
import time
import urllib.request
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import orjson
import pytest
from clickhouse_connect.driver.exceptions import DatabaseError
from pattern_pipeline import feed as feed_lines
from pattern_pipeline import pattern_pipeline

from agent.simulator.library import generate_calls, interleave_events
from api.store.kpis import list_kpis
from callpulse.warehouse import Migrator, connect

from events import T0
from scorers import NeutralScorer

pytestmark = pytest.mark.slow


@pytest.fixture
def remote(server: Any) -> Iterator[tuple[Any, str]]:
    """A client on the server and a freshly migrated database pair there."""
    client = connect(server.url)
    suffix = uuid.uuid4().hex[:12]
    database = f"cp_{suffix}"
    Migrator(client, database, f"cpr_{suffix}").apply()
    yield client, database
    client.close()


def _simulated_lines(calls: int) -> list[bytes]:
    return [orjson.dumps(e) for e in interleave_events(generate_calls(calls, seed=11, start_ms=T0))]


def _feed(client: Any, database: str, lines: list[bytes]) -> None:
    pipeline = pattern_pipeline(client, database, T0 + 2 * 3_600_000, scorer=NeutralScorer())
    feed_lines(pipeline, lines, ts_ms=T0, source="ws")


def _rows(client: Any, sql: str) -> list[tuple[Any, ...]]:
    return [tuple(r) for r in client.query(sql).result_rows]


def test_ping_answers_like_clickhouse(server: Any) -> None:
    with urllib.request.urlopen(f"{server.url}/ping", timeout=5) as reply:
        assert reply.status == 200 and reply.read() == b"Ok.\n"


def test_migrations_apply_once_through_the_server(server: Any) -> None:
    client = connect(server.url)
    suffix = uuid.uuid4().hex[:12]
    migrator = Migrator(client, f"cp_{suffix}", f"cpr_{suffix}")
    applied = migrator.apply()
    assert applied[0] == "0001_databases.sql" and len(applied) >= 8
    assert migrator.apply() == []  # recorded: a second run is a no-op
    tables = {r[0] for r in _rows(client, f"SHOW TABLES FROM cp_{suffix}")}
    assert {"events", "turns", "turn_metrics", "calls", "kpi_minute", "dlq"} <= tables


def test_pipeline_through_the_server_stores_what_the_embedded_engine_stores(
    remote: tuple[Any, str], warehouse: Any
) -> None:
    client, database = remote
    lines = _simulated_lines(40)
    _feed(client, database, lines)
    _feed(warehouse.client, warehouse.database, lines)
    for table, order in (
        ("calls", "call_sid"),
        ("turn_metrics", "call_sid, turn_index"),
        ("events", "event_id"),
    ):
        sql = f"SELECT * EXCEPT updated_at FROM {{db}}.{table} FINAL ORDER BY {order}"
        if table == "events":
            sql = f"SELECT * FROM {{db}}.{table} FINAL ORDER BY {order}"
        served = _rows(client, sql.replace("{db}", database))
        embedded = warehouse.rows(sql)
        assert served, f"no {table} rows through the server"
        assert served == embedded, f"{table} differs between the server and the embedded engine"
    kpis = _rows(
        client, f"SELECT workflow, sum(calls_ended) FROM {database}.kpi_minute_v GROUP BY workflow ORDER BY 1"
    )
    assert sum(n for _, n in kpis) == 40
    # the API's KPIs: the parameterized view kpi_bucket_v with bound parameters, as on the embedded engine
    day = {"since_ms": T0 - 86_400_000, "until_ms": T0 + 86_400_000}
    for grain in ("minute", "hour"):
        served_kpis = list_kpis(client, database, grain, **day)
        assert served_kpis == list_kpis(warehouse.client, warehouse.database, grain, **day)
        assert sum(r.calls_ended for r in served_kpis) == 40


def test_bound_parameters_short_and_long_and_query_df(remote: tuple[Any, str]) -> None:
    client, database = remote
    _feed(client, database, _simulated_lines(6))
    sids = [r[0] for r in _rows(client, f"SELECT call_sid FROM {database}.calls FINAL ORDER BY call_sid")]
    one = client.query(
        f"SELECT count() FROM {database}.events WHERE call_sid = {{sid:String}}", parameters={"sid": sids[0]}
    ).result_rows[0][0]
    assert one > 0
    client_side = client.query(
        f"SELECT count() FROM {database}.events WHERE call_sid = %(sid)s", parameters={"sid": sids[0]}
    ).result_rows[0][0]
    assert client_side == one
    many = [*sids, *(f"CA{i:032d}" for i in range(2_000))]  # too long for a URL: sent as a form
    found = client.query(
        f"SELECT uniqExact(call_sid) FROM {database}.calls WHERE call_sid IN {{sids:Array(String)}}",
        parameters={"sids": many},
    ).result_rows[0][0]
    assert found == len(sids)
    frame = client.query_df(
        f"SELECT call_sid, workflow, started_at, handle_time_ms FROM {database}.calls FINAL ORDER BY call_sid"
    )
    assert list(frame["call_sid"]) == sids
    assert str(frame["started_at"].dtype).startswith("datetime64")


@pytest.mark.parametrize(
    ("sql", "code", "text"),
    [
        pytest.param("SELEC 1", 62, "Syntax error", id="syntax"),
        pytest.param("SELECT * FROM no_such_db.no_such_table", 81, "no_such_db", id="unknown-database"),
        pytest.param("SELECT nope()", 46, "nope", id="unknown-function"),
    ],
)
def test_bad_sql_gets_clickhouse_code_and_message(server: Any, sql: str, code: int, text: str) -> None:
    client = connect(server.url)
    with pytest.raises(DatabaseError) as caught:
        client.query(sql)
    assert caught.value.code == code
    assert text in str(caught.value)
    assert client.query("SELECT 1").result_rows == [(1,)]  # the server goes on


def test_readonly_setting_refuses_writes(remote: tuple[Any, str]) -> None:
    client, database = remote
    assert client.query(f"SELECT count() FROM {database}.calls", settings={"readonly": 1}).result_rows == [
        (0,)
    ]
    with pytest.raises(DatabaseError) as caught:
        client.command(f"DROP TABLE {database}.calls", settings={"readonly": 1})
    assert caught.value.code == 164
    assert client.command(f"EXISTS TABLE {database}.calls") == 1


def test_a_second_server_on_the_same_path_says_why_it_cannot_start(server: Any, tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "callpulse.cli", "warehouse", "serve", "--port", "0", "--path", str(server.path)],
        capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert result.returncode == 2
    assert "cannot open the chDB data path" in result.stderr


def test_sigterm_stops_the_server_cleanly_and_the_data_survives_a_restart(
    tmp_path: Path, launch: Any
) -> None:
    first = launch(tmp_path / "warehouse", tmp_path / "first.log")
    client = connect(first.url)
    client.command("CREATE TABLE default.kept (n UInt32) ENGINE = MergeTree ORDER BY n")
    client.insert("default.kept", [(i,) for i in range(1_000)], column_names=["n"])
    first.process.terminate()
    assert first.process.wait(20) == 0
    second = launch(tmp_path / "warehouse", tmp_path / "second.log")
    try:
        assert connect(second.url).query("SELECT count(), sum(n) FROM default.kept").result_rows == [
            (1_000, 499_500)
        ]
    finally:
        second.process.terminate()
        second.process.wait(20)


def test_unknown_paths_are_404_and_the_connection_goes_on(server: Any) -> None:
    import http.client

    host, port = server.url.removeprefix("http://").split(":")
    connection = http.client.HTTPConnection(host, int(port), timeout=10)
    connection.request("POST", "/nowhere", body=b"SELECT 1")
    reply = connection.getresponse()
    assert reply.status == 404 and b"/nowhere" in reply.read()
    connection.request("POST", "/", body=b"SELECT 40 + 2")  # the same kept-alive connection
    reply = connection.getresponse()
    assert reply.status == 200 and reply.read() == b"42\n"
    assert reply.getheader("X-ClickHouse-Format") == "TabSeparated"
    connection.close()


def test_a_read_is_answered_while_another_statement_runs(server: Any) -> None:
    """The wallboard's read does not wait behind a worker's long insert or another reader's query: the
    server runs statements on a pool of chDB handles, as ClickHouse runs each client's query on its own
    thread. Before, one handle under a lock answered the quick read only after the slow one (3 s)."""
    slow = threading.Thread(
        target=lambda: connect(server.url).command("SELECT sum(sleepEachRow(0.5)) FROM numbers(6)"),
        daemon=True,
    )
    slow.start()
    deadline = time.monotonic() + 30
    while _statements_running(server) < 1:  # the slow statement holds a handle from here on
        assert time.monotonic() < deadline, "the slow statement never started"
        time.sleep(0.01)
    time.sleep(0.3)  # counted from its first byte: let it reach the engine before the quick read does
    assert connect(server.url).command("SELECT 41 + 1") == 42
    assert slow.is_alive(), "the quick read was answered only after the slow statement"
    slow.join(timeout=30)


def _statements_running(server: Any) -> int:
    with urllib.request.urlopen(f"{server.url}/ping", timeout=5) as reply:
        return int(reply.headers["X-Callpulse-Statements-Running"])


def test_one_client_answers_two_threads_at_once(server: Any) -> None:
    """The API shares one client between its request threads and its wallboard streams: two queries at
    once both answer. Before, the client opened an HTTP session and refused the second ("Attempt to
    execute concurrent queries within the same session"): a 500 whenever two requests overlapped."""
    client = connect(server.url)
    answers: list[int] = []
    errors: list[str] = []

    def ask() -> None:
        try:
            answers.append(int(client.command("SELECT sum(sleepEachRow(0.3)) FROM numbers(3)")))
        except Exception as err:
            errors.append(f"{type(err).__name__}: {err}")

    threads = [threading.Thread(target=ask) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert errors == [] and answers == [0, 0]
