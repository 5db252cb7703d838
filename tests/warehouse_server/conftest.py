"""A `callpulse warehouse serve` subprocess per module, on its own chDB path and a free port.

The server is a separate process, so its chDB path does not clash with the session's embedded one."""

from __future__ import annotations

import os
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from address_space import address_space_cap

from callpulse.kafka_broker import free_port


@dataclass(frozen=True, slots=True)
class Server:
    url: str
    path: Path
    process: subprocess.Popen[bytes]
    log: Path


def start_server(
    path: Path, log: Path, *, env: dict[str, str] | None = None, memory_cap_bytes: int | None = None
) -> Server:
    """A server on ``path``; ``env`` adds CALLPULSE_* settings, ``memory_cap_bytes`` caps its address space."""
    port = free_port()
    env = {**os.environ, "CALLPULSE_DATA_DIR": str(path.parent), **(env or {})}
    with log.open("wb") as out:
        process = subprocess.Popen(
            [sys.executable, "-m", "callpulse.cli", "warehouse", "serve", "--port", str(port), "--path", str(path)],
            stdout=out, stderr=subprocess.STDOUT, env=env,
            preexec_fn=address_space_cap(memory_cap_bytes) if memory_cap_bytes else None,
        )  # fmt: skip
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        assert process.poll() is None, f"warehouse server exited: {log.read_text()[-2000:]}"
        try:
            with urllib.request.urlopen(f"{url}/ping", timeout=1) as reply:
                if reply.read() == b"Ok.\n":
                    return Server(url, path, process, log)
        except OSError:
            time.sleep(0.2)
    process.kill()
    raise AssertionError(f"warehouse server did not answer /ping: {log.read_text()[-2000:]}")


def stop_server(server: Server) -> None:
    server.process.terminate()
    try:
        server.process.wait(15)
    except subprocess.TimeoutExpired:
        server.process.kill()
        server.process.wait(5)


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    root = tmp_path_factory.mktemp("warehouse-server")
    running = start_server(root / "warehouse", root / "server.log")
    yield running
    stop_server(running)


BOUNDED_RESULT_ROWS = 200_000
"""The row cap of ``bounded_server`` (lower than the default, so a capped query is quick)."""


@pytest.fixture(scope="module")
def bounded_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """A server with a lower row cap, under an address-space cap: a query that escapes the limits fails
    the test instead of taking the machine's memory."""
    root = tmp_path_factory.mktemp("bounded-server")
    env = {"CALLPULSE_WAREHOUSE_SERVER_MAX_RESULT_ROWS": str(BOUNDED_RESULT_ROWS)}
    running = start_server(root / "warehouse", root / "server.log", env=env, memory_cap_bytes=6 * 2**30)
    yield running
    stop_server(running)


@pytest.fixture
def launch() -> Any:
    """``start_server`` itself, for a test that stops and restarts its own server."""
    return start_server
