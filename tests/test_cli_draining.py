"""The HTTP servers' stop reaches the app: a long-lived response (the wallboard's event stream) reads
``app.state.stopping`` and ends itself, because uvicorn waits for open responses without telling them."""

from __future__ import annotations

import signal
import threading

import uvicorn
from starlette.applications import Starlette

from callpulse.cli.draining import DrainingServer


def test_a_stop_signal_sets_the_stopping_event_and_asks_the_server_to_exit() -> None:
    stopping = threading.Event()
    server = DrainingServer(uvicorn.Config(Starlette()), stopping)
    server.handle_exit(signal.SIGTERM, None)
    assert stopping.is_set()
    assert server.should_exit
