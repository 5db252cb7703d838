"""Run the agent for end-to-end tests: uvicorn on a free 127.0.0.1 port in a background thread.

    with running_agent(app) as base_url:      # "http://127.0.0.1:54321"
        ws_url = base_url.replace("http", "ws", 1) + "/ws"

The server stops (and the thread ends) when the block exits, even on an exception.

A caller that hangs up returns before the agent has finished the call on its side (its ``call.ended``
is built after the socket closes, off the event loop). Before reading what the agent emitted, wait:

    settle(app)                               # every session closed, every event emitted
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

import uvicorn
from fastapi import FastAPI

STARTUP_TIMEOUT_S = 10.0
SETTLE_TIMEOUT_S = 10.0


def ws_protocol() -> str:
    """uvicorn's sans-I/O websockets implementation where it has one (no deprecation warnings)."""
    from uvicorn.config import WS_PROTOCOLS

    return "websockets-sansio" if "websockets-sansio" in WS_PROTOCOLS else "websockets"


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def running_agent(app: FastAPI, port: int | None = None) -> Iterator[str]:
    """Serve ``app`` on 127.0.0.1 and yield its base URL (``http://127.0.0.1:PORT``)."""
    port = port or free_port()
    config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", ws=ws_protocol())
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, name=f"agent-{port}", daemon=True)
    thread.start()
    deadline = time.monotonic() + STARTUP_TIMEOUT_S
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            server.should_exit = True
            raise RuntimeError(f"the agent did not start on 127.0.0.1:{port}")
        time.sleep(0.01)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(STARTUP_TIMEOUT_S)


def settle(app: FastAPI, timeout_s: float = SETTLE_TIMEOUT_S) -> None:
    """Wait until the agent has no open session and every event it reported was emitted."""
    runtime = app.state.runtime
    deadline = time.monotonic() + timeout_s
    while runtime.active_calls or runtime.sessions:
        if time.monotonic() > deadline:
            raise TimeoutError(f"{runtime.active_calls} calls still open after {timeout_s} s")
        time.sleep(0.01)
    if not runtime.events_out.wait_idle(max(0.0, deadline - time.monotonic())):
        raise TimeoutError(f"the agent's events were not all emitted within {timeout_s} s")
