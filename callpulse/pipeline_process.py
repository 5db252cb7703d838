"""The embedded pipeline in its own process, fed from a relay's in-process bus.

A relay (``callpulse tap``, ``callpulse agent serve``) with the embedded pipeline used to run it on a
thread of the relay's own process. Redaction, call state, metrics and chDB inserts are CPU-bound Python
(or C that keeps the GIL), so while the pipeline worked the relay's event loop waited for the GIL, up to
the interpreter's 5 ms switch interval per wake-up and longer for a chDB insert: measured through the
tap at 100 concurrent calls, +26 ms p50 and +437 ms p99 per round trip (bench/tap.py, before). Here the
relay's process only moves the bus's encoded messages down a pipe (a thread that holds the GIL for a
pickle of a batch of bytes); the pipeline runs in a child process with its own interpreter and GIL.

The child reads the same ``CALLPULSE_*`` environment, so it opens the same warehouse with the same
settings. ``close`` writes what is queued, joins the pipeline (flush, commit) and stops the child, all
within its timeout; what could not be written is reported, never waited for past the bound.
"""

from __future__ import annotations

import contextlib
import logging
import multiprocessing
import threading
import time
from multiprocessing.connection import Connection
from typing import Any

from ingest.emit.inprocess import InProcessBus

log = logging.getLogger(__name__)
BATCH = 1_000
IDLE_S = 0.02


class PipelineProcess:
    """Drains ``bus`` into the embedded pipeline running in a child process."""

    def __init__(self, bus: InProcessBus, source: str) -> None:
        self.bus = bus
        ctx = multiprocessing.get_context("spawn")  # no fork of a process with threads and sockets
        self._conn, child_conn = ctx.Pipe()
        self._child = ctx.Process(target=_child_main, args=(child_conn, source), name="callpulse-pipeline")
        self._child.daemon = True
        self._child.start()
        child_conn.close()
        self._stop = threading.Event()
        self.sent = 0
        self.stats: dict[str, Any] = {}
        self._thread = threading.Thread(target=self._feed, name="pipeline-feeder", daemon=True)
        self._thread.start()

    def _feed(self) -> None:
        while True:
            batch = self.bus.poll(BATCH)
            if batch:
                self._conn.send([(value, offset) for _key, value, offset in batch])
                self.sent += len(batch)
            elif self._stop.is_set():
                return
            else:
                self._stop.wait(IDLE_S)

    def close(self, timeout_s: float) -> int:
        """Send what the bus holds, let the child write it and stop, up to ``timeout_s``; return how
        many messages were not confirmed written."""
        deadline = time.monotonic() + timeout_s
        self.bus.close()
        self._stop.set()
        self._thread.join(_left(deadline))
        try:
            self._conn.send(None)  # no more: join the pipeline and answer with its counts
            if self._conn.poll(_left(deadline)):
                self.stats = self._conn.recv()
        except (OSError, EOFError) as err:
            log.warning("the pipeline process went away: %s", type(err).__name__)
        self._child.join(_left(deadline))
        if self._child.is_alive():
            log.warning("the pipeline process did not stop within the shutdown bound; stopping it")
            self._child.terminate()
        written = int(self.stats.get("messages", 0))
        return self.bus.lag + max(0, self.sent - written)


def _left(deadline: float) -> float:
    return max(0.0, deadline - time.monotonic())


def _child_main(conn: Connection, source: str) -> None:
    """The child: the embedded pipeline over what the parent sends, until it sends None."""
    import signal

    from callpulse import compose
    from callpulse.settings import get_settings
    from ingest.clock import SystemClock
    from stream.messages import Position, RawMessage

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides when to stop (Ctrl-C hits both)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    settings = get_settings()
    clock = SystemClock()
    client = compose.open_warehouse(settings)
    pipeline, _ = compose.embedded_pipeline(settings, client, clock)
    messages = 0
    while True:
        if not conn.poll(IDLE_S * 5):
            pipeline.poll()
            continue
        try:
            batch = conn.recv()
        except EOFError:  # the parent died: write what came and stop
            batch = None
        if batch is None:
            break
        for value, offset in batch:
            pipeline.submit(RawMessage(value, Position(source, 0, offset), clock.now_ms()))
        messages += len(batch)
        pipeline.poll()
    pipeline.join()
    pipeline.close()
    with contextlib.suppress(OSError):
        conn.send({"messages": messages})
