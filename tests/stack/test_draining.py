"""`callpulse api` and `callpulse detect` drain on SIGTERM and SIGINT (issue 14, finding 2): each runs as a
real subprocess, gets the signal with work in flight, and must answer or finish that work and exit 0 within
shutdown_timeout_s. Before, uvicorn re-raised SIGTERM after its graceful stop (the API died of the signal,
exit -15), and the detector's loop died wherever the signal found it."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path

import pytest

from devstack.kafka_broker import free_port

pytestmark = pytest.mark.slow

SHUTDOWN_TIMEOUT_S = 8.0  # the default of CALLPULSE_SHUTDOWN_TIMEOUT_S
MARGIN_S = 10.0  # a loaded CI machine; the bound itself is the process's own


def _start(tmp_path: Path, *args: str, **env: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "callpulse.cli", *args],
        env={**os.environ, "CALLPULSE_DATA_DIR": str(tmp_path), "CALLPULSE_WAREHOUSE_DSN": "", **env},
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )  # fmt: skip


def _exit_code(process: subprocess.Popen[str]) -> tuple[int, str]:
    try:
        process.wait(SHUTDOWN_TIMEOUT_S + MARGIN_S)
    except subprocess.TimeoutExpired:
        process.kill()
        raise AssertionError(f"still running {SHUTDOWN_TIMEOUT_S + MARGIN_S:g} s after SIGTERM") from None
    assert process.stdout is not None
    return process.returncode, process.stdout.read()


def _first_line(process: subprocess.Popen[str], timeout_s: float = 120) -> str:
    """The process's first line of output; a process that prints none in time fails the test, not hangs it."""
    assert process.stdout is not None
    lines: list[str] = []
    reader = threading.Thread(target=lambda: lines.append(process.stdout.readline()), daemon=True)  # type: ignore[union-attr]
    reader.start()
    reader.join(timeout_s)
    if not lines:
        process.kill()
        raise AssertionError(f"no output within {timeout_s:g} s")
    return lines[0]


def _answers(port: int) -> bool:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=2) as reply:
            return reply.status == 200
    except OSError:
        return False


def _listening(port: int) -> bool:
    with socket.socket() as probe:
        return probe.connect_ex(("127.0.0.1", port)) == 0


@pytest.mark.parametrize("stop", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
def test_the_api_answers_the_request_in_flight_and_exits_0(tmp_path: Path, stop: signal.Signals) -> None:
    port = free_port()
    api = _start(tmp_path, "api", "--port", str(port))
    deadline = time.monotonic() + 120
    while not _answers(port):
        assert api.poll() is None and time.monotonic() < deadline, "the API did not start"
        time.sleep(0.1)  # poll interval
    body = b"key=cpk_not-a-key&next=%2Fcalls"
    with socket.create_connection(("127.0.0.1", port), timeout=30) as conn:
        head = (
            "POST /login HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\n"
            f"Content-Length: {len(body)}\r\n\r\n"
        )
        conn.sendall(head.encode() + body[:8])  # in flight: the route is waiting for the rest of its body
        api.send_signal(stop)
        while _listening(port):  # the API stopped taking new connections
            assert api.poll() is None, "the API exited with a request in flight"
            time.sleep(0.05)  # poll interval
        conn.sendall(body[8:])
        status_line = conn.makefile("rb").readline()
    assert status_line.startswith(b"HTTP/1.1 401"), status_line  # answered: a wrong key is 401
    code, output = _exit_code(api)
    assert code == 0, output[-1500:]
    assert "every request in flight was answered" in output


@pytest.mark.parametrize("stop", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
def test_the_detector_finishes_its_tick_and_exits_0(tmp_path: Path, stop: signal.Signals) -> None:
    detector = _start(tmp_path, "detect", "--interval", "0.2", "--print-only")
    first = _first_line(detector)  # printed once the warehouse is open and ticks begin
    assert first.startswith("callpulse detect: a tick every"), first
    detector.send_signal(stop)
    code, output = _exit_code(detector)
    assert code == 0, output[-1500:]
    assert f"callpulse detect: stopped on {stop.name} after" in output
