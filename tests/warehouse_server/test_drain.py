"""`callpulse warehouse serve` drains on SIGTERM and SIGINT (issue 14, finding 2): a statement in flight
when the signal comes runs to its end and is answered, and the process exits 0 within shutdown_timeout_s.
Before, the answer of a statement in flight was lost (the handler threads are daemons and the process
exited as soon as chDB was closed)."""

from __future__ import annotations

import http.client
import signal
import subprocess
import threading
import time
import urllib.parse
import urllib.request
from pathlib import Path
from typing import Any

import pytest

pytestmark = pytest.mark.slow

SHUTDOWN_TIMEOUT_S = 8.0  # the default of CALLPULSE_SHUTDOWN_TIMEOUT_S


def _running(url: str) -> int:
    with urllib.request.urlopen(f"{url}/ping", timeout=5) as reply:
        return int(reply.headers["X-Callpulse-Statements-Running"])


@pytest.mark.parametrize("stop", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
def test_a_statement_in_flight_is_answered_and_the_server_exits_0(
    launch: Any, tmp_path: Path, stop: signal.Signals
) -> None:
    server = launch(tmp_path / "warehouse", tmp_path / "server.log")
    host, port = urllib.parse.urlsplit(server.url).netloc.split(":")
    answers: list[tuple[int, bytes]] = []

    def slow_statement() -> None:
        conn = http.client.HTTPConnection(host, int(port), timeout=30)
        conn.request("POST", "/?query=" + urllib.parse.quote("SELECT sleep(1.5) FORMAT TabSeparated"))
        reply = conn.getresponse()
        answers.append((reply.status, reply.read()))

    client = threading.Thread(target=slow_statement)
    client.start()
    deadline = time.monotonic() + 30
    while _running(server.url) < 1:  # the statement is in flight, not merely sent
        assert time.monotonic() < deadline, "the statement never started"
        time.sleep(0.01)  # poll interval
    server.process.send_signal(stop)
    client.join(30)
    try:
        code = server.process.wait(SHUTDOWN_TIMEOUT_S + 5)
    except subprocess.TimeoutExpired:
        server.process.kill()
        raise
    assert answers == [(200, b"0\n")], f"the statement in flight got {answers}"
    assert code == 0, server.log.read_text()[-1500:]


def test_a_statement_outlasting_the_bound_does_not_hold_the_stop(launch: Any, tmp_path: Path) -> None:
    """A statement that would run past shutdown_timeout_s is not waited for: the server exits within the
    bound, with 1 and a log line saying so (nothing it accepted was answered as done)."""
    server = launch(
        tmp_path / "warehouse", tmp_path / "server.log", env={"CALLPULSE_SHUTDOWN_TIMEOUT_S": "1"}
    )
    sql = (
        "SELECT sum(sleepEachRow(1)) FROM numbers(30) SETTINGS function_sleep_max_microseconds_per_block = 0"
    )
    threading.Thread(target=_post, args=(server.url, sql), daemon=True).start()
    deadline = time.monotonic() + 30
    while _running(server.url) < 1:
        assert time.monotonic() < deadline, "the statement never started"
        time.sleep(0.01)  # poll interval
    server.process.send_signal(signal.SIGTERM)
    try:
        code = server.process.wait(
            1 + 10
        )  # the bound, and a margin for a loaded machine; the query takes 30 s
    except subprocess.TimeoutExpired:
        server.process.kill()
        raise AssertionError("the server waited for a statement past its shutdown bound") from None
    assert code == 1
    assert "statements still running after" in server.log.read_text()


def _post(url: str, sql: str) -> None:
    try:
        with urllib.request.urlopen(f"{url}/?query={urllib.parse.quote(sql)}", data=b"", timeout=60) as reply:
            reply.read()
    except OSError:
        pass  # the server went away with it, as the test expects
