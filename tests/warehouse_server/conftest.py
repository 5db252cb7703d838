"""A `callpulse warehouse serve` subprocess per module, on its own chDB path and a free port.

The server is a separate process, so its chDB path does not clash with the session's embedded one."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from warehouse_server_process import Server, start_server, stop_server


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
