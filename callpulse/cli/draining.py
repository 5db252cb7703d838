"""Stopping is part of the contract: how the long-running processes of callpulse drain on SIGTERM (Docker,
systemd, `stack down`) and SIGINT (Ctrl-C) and exit 0 within ``shutdown_timeout_s``.

Two shapes:

- ``serve_http``: uvicorn for the HTTP servers (``callpulse api``, ``callpulse http-ingest``). uvicorn
  already stops listening and waits for in-flight requests on a signal, but afterwards it *re-raises* the
  signal it caught (uvicorn.Server.capture_signals), so the process dies of SIGTERM (exit -15) before the
  caller's ``finally`` runs: http-ingest lost every accepted event still in its producer buffer. Here the
  signal only asks the server to exit, and ``serve_http`` returns, so the caller flushes and returns 0.
- ``StopSignal``: for loops (the detector): the signal sets an event the loop waits on between units of
  work, so a unit in progress is finished, never cut in half; ``stop_event`` is the same for an asyncio
  server (``callpulse tap``).
"""

from __future__ import annotations

import asyncio
import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType
from typing import Any

import uvicorn

STOP_SIGNALS = (signal.SIGTERM, signal.SIGINT)


def drain_share(bound_s: float) -> float:
    """How much of the shutdown bound open calls get to end on their own (``callpulse agent serve``,
    ``callpulse tap``); the rest is for ending the others and flushing their events (at least 1 s, at
    most 3 s or half the bound)."""
    return max(0.0, bound_s - max(1.0, min(bound_s / 2, 3.0)))


class StopSignal:
    """Set by SIGTERM or SIGINT once installed (main thread only); ``name`` is the signal that came."""

    def __init__(self) -> None:
        self._event = threading.Event()
        self.name = ""

    def install(self) -> StopSignal:
        for sig in STOP_SIGNALS:
            signal.signal(sig, self._handle)
        return self

    def _handle(self, signum: int, _frame: FrameType | None) -> None:
        self.name = signal.Signals(signum).name
        self._event.set()

    def is_set(self) -> bool:
        return self._event.is_set()

    def wait(self, timeout_s: float) -> bool:
        """Sleep up to ``timeout_s``; True as soon as a stop signal came."""
        return self._event.wait(timeout_s)


def stop_event() -> asyncio.Event:
    """For an asyncio server (``callpulse tap``): an event SIGTERM or SIGINT sets, on the running loop."""
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in STOP_SIGNALS:
        loop.add_signal_handler(sig, stop.set)
    return stop


def serve_http(app: Any, *, host: str, port: int, log_level: str, graceful_s: float) -> None:
    """Serve ``app`` until SIGTERM/SIGINT, then stop listening, let in-flight requests finish (up to
    ``graceful_s``) and return, leaving the process alive for the caller's flush."""
    config = uvicorn.Config(
        app,
        host=host,
        port=port,
        log_level=log_level,
        access_log=False,
        timeout_graceful_shutdown=max(1, int(graceful_s)),
    )
    stopping = threading.Event()
    state = getattr(app, "state", None)
    if state is not None:
        state.stopping = stopping  # long-lived responses (the wallboard's event stream) end on it
    DrainingServer(config, stopping).run()


class DrainingServer(uvicorn.Server):
    """uvicorn's server whose signal handling stops it and nothing more (a second SIGINT still forces).
    The stop also sets ``stopping``, which the app reads as ``app.state.stopping``: uvicorn waits for open
    responses but never tells them it is stopping, so a streaming route ends itself on this event instead
    of being cut at the graceful timeout."""

    def __init__(self, config: uvicorn.Config, stopping: threading.Event | None = None) -> None:
        super().__init__(config)
        self.stopping = stopping if stopping is not None else threading.Event()

    def handle_exit(self, sig: int, frame: FrameType | None) -> None:
        self.stopping.set()
        super().handle_exit(sig, frame)

    @contextmanager
    def capture_signals(self) -> Iterator[None]:
        if threading.current_thread() is not threading.main_thread():
            yield
            return
        originals = {sig: signal.signal(sig, self.handle_exit) for sig in STOP_SIGNALS}
        try:
            yield
        finally:
            for sig, handler in originals.items():
                signal.signal(sig, handler)


PIPELINE_READY_TIMEOUT_S = 300.0


def announce_when_ready(pipeline: Any, who: str) -> threading.Thread:
    """Print ``<who>: analytics pipeline ready`` once the embedded pipeline's child has opened the
    warehouse (``stream.bus_drain.PipelineProcess``). Calls are relayed from the first second either
    way - analytics never holds up a call - but until this line their events wait in the bus, and a stop
    before it spends the shutdown bound on the child's start. Scripts and probes wait for this line."""

    def wait() -> None:
        if pipeline.wait_ready(PIPELINE_READY_TIMEOUT_S):
            print(f"{who}: analytics pipeline ready", flush=True)
        else:
            print(f"{who}: the analytics pipeline did not start", flush=True)

    thread = threading.Thread(target=wait, name="pipeline-ready", daemon=True)
    thread.start()
    return thread
