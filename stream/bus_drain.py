"""The one loop that drains the in-process bus into the pipeline, and the two places it runs.

The in-process bus (``ingest.emit.inprocess.InProcessBus``) is filled by whatever produces events in
this process: the demo's simulated calls, the reference agent, the relay tap. ``bus_batches`` is the
loop that empties it: poll, hand the batch on, and when the bus is empty either stop (nothing more will
come) or wait a moment for the producer (until ``stop`` is set, then drain what is left and stop).

- ``bus_messages``: the batches as ``RawMessage``s for ``stream.runner.run`` in this thread (``callpulse
  demo``) or on a ``DrainThread`` while the producer runs (``callpulse demo --live``).
- ``PipelineProcess``: the batches down a pipe to the pipeline running in a child process (``callpulse
  tap``, ``callpulse agent serve``): redaction, call state, metrics and chDB inserts are CPU-bound Python
  (or C that keeps the GIL), and on a thread of the relay's process they made its event loop wait for the
  GIL, up to the interpreter's 5 ms switch interval per wake-up and longer for a chDB insert: measured
  through the tap at 100 concurrent calls, +26 ms p50 and +437 ms p99 per round trip (bench/tap.py,
  before). Here the relay's process only moves encoded messages down a pipe; the child has its own GIL.
"""

from __future__ import annotations

import contextlib
import logging
import multiprocessing
import threading
import time
from collections.abc import Callable, Iterator
from multiprocessing.connection import Connection
from typing import Protocol

from ingest.clock import Clock, SystemClock
from stream.messages import Position, RawMessage
from stream.runner import Feedable, run

log = logging.getLogger(__name__)

BATCH = 1_000
"""Messages taken from the bus at a time."""
IDLE_S = 0.02
"""How long to wait for the producer when the bus is empty."""

READY = "ready"
"""What the child answers once its pipeline is built."""

Batch = list[tuple[bytes, int]]
"""(encoded event, bus offset) pairs."""


class Bus(Protocol):
    """What draining needs from the bus (``InProcessBus``)."""

    def poll(self, max_messages: int = 500) -> list[tuple[str, bytes, int]]: ...

    def close(self, timeout_s: float = 0.0) -> int: ...

    @property
    def lag(self) -> int: ...


class ClosablePipeline(Feedable, Protocol):
    """A pipeline that also releases its warehouse (``stream.pipeline.Pipeline``)."""

    def close(self) -> None: ...


def bus_batches(
    bus: Bus, *, stop: threading.Event | None = None, batch: int = BATCH, idle_s: float = IDLE_S
) -> Iterator[Batch]:
    """The bus's messages in batches, oldest first. Without ``stop``: until the bus is empty (everything
    was emitted before). With ``stop``: an empty bus is waited on; once ``stop`` is set, what is left is
    drained and the iteration ends."""
    while True:
        got = bus.poll(batch)
        if got:
            yield [(value, offset) for _key, value, offset in got]
        elif stop is None or stop.is_set():
            return
        else:
            stop.wait(idle_s)


def bus_messages(
    bus: Bus, source: str, clock: Clock, *, stop: threading.Event | None = None, idle_s: float = IDLE_S
) -> Iterator[RawMessage]:
    """``bus_batches`` as raw messages at ``source`` (partition 0, the bus offset), stamped on arrival."""
    for batch in bus_batches(bus, stop=stop, idle_s=idle_s):
        for value, offset in batch:
            yield RawMessage(value, Position(source, 0, offset), clock.now_ms())


class DrainThread(threading.Thread):
    """``stream.runner.run`` over ``bus_messages`` on a thread: the pipeline stores events while the
    producer is still emitting. ``finish`` says nothing more will be emitted and waits for the drain;
    ``error`` is then what the pipeline raised, if anything (for the caller to re-raise)."""

    def __init__(
        self, pipeline: Feedable, bus: Bus, source: str, clock: Clock, *, poll_every: int = 50
    ) -> None:
        super().__init__(name=f"drain-{source}", daemon=True)
        self._stop_event = threading.Event()
        self._messages = bus_messages(bus, source, clock, stop=self._stop_event, idle_s=0.05)
        self._pipeline, self._poll_every = pipeline, poll_every
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            run(self._pipeline, self._messages, poll_every=self._poll_every)
        except BaseException as err:  # re-raised by the caller, in its thread
            self.error = err

    def finish(self) -> None:
        self._stop_event.set()
        self.join()


class PipelineProcess:
    """Drains ``bus`` into a pipeline that ``build(clock)`` makes in a child process.

    ``build`` must be picklable (a module-level function): the child is spawned, not forked (no fork
    of a process with threads and sockets). ``close`` sends what the bus holds, lets the child write it
    and stop, all within its timeout; what could not be written is reported, never waited for past it."""

    def __init__(self, bus: Bus, source: str, build: Callable[[Clock], ClosablePipeline]) -> None:
        self.bus = bus
        ctx = multiprocessing.get_context("spawn")
        self._conn, child_conn = ctx.Pipe()
        self._child = ctx.Process(
            target=_child_main, args=(child_conn, source, build), name="callpulse-pipeline", daemon=True
        )
        self._child.start()
        child_conn.close()
        self._stop = threading.Event()
        self._ready = threading.Event()
        self._done = threading.Event()
        self.sent = 0
        self.stats: dict[str, int] = {}
        self._thread = threading.Thread(target=self._feed, name="pipeline-feeder", daemon=True)
        self._thread.start()
        self._reader = threading.Thread(target=self._read, name="pipeline-answers", daemon=True)
        self._reader.start()

    def _feed(self) -> None:
        for batch in bus_batches(self.bus, stop=self._stop):
            self._conn.send(batch)
            self.sent += len(batch)

    def _read(self) -> None:
        """The child's answers: ``READY`` once its pipeline is built, its counts once it has stopped."""
        try:
            while not self._done.is_set():
                answer = self._conn.recv()
                if answer == READY:
                    self._ready.set()
                elif isinstance(answer, dict):
                    self.stats = answer
                    self._done.set()
        except (OSError, EOFError) as err:
            if not self._done.is_set():
                log.warning("the pipeline process went away: %s", type(err).__name__)
            self._done.set()

    @property
    def ready(self) -> bool:
        """Whether the child has built its pipeline (warehouse open, migrations applied)."""
        return self._ready.is_set()

    def wait_ready(self, timeout_s: float) -> bool:
        """Wait until the child has built its pipeline; False if ``timeout_s`` ran out or it died."""
        deadline = time.monotonic() + timeout_s
        while not self._ready.wait(min(0.1, _left(deadline))):
            if self._done.is_set() or not self._child.is_alive() or time.monotonic() >= deadline:
                return self._ready.is_set()
        return True

    def close(self, timeout_s: float) -> int:
        """Send what the bus holds, let the child write it and stop, up to ``timeout_s``; return how
        many messages were not confirmed written."""
        deadline = time.monotonic() + timeout_s
        self.bus.close()
        self._stop.set()
        self._thread.join(_left(deadline))
        with contextlib.suppress(OSError):
            self._conn.send(None)  # no more: join the pipeline and answer with its counts
        if not self._done.wait(_left(deadline)):
            state = "writing" if self._ready.is_set() else "still starting"
            log.warning("the pipeline process was %s when the shutdown bound ran out", state)
        self._child.join(_left(deadline))
        if self._child.is_alive():
            log.warning("the pipeline process did not stop within the shutdown bound; stopping it")
            self._child.terminate()
        written = int(self.stats.get("messages", 0))
        return self.bus.lag + max(0, self.sent - written)


def _left(deadline: float) -> float:
    return max(0.0, deadline - time.monotonic())


def _child_main(conn: Connection, source: str, build: Callable[[Clock], ClosablePipeline]) -> None:
    """The child: the pipeline over what the parent sends, until it sends None."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides when to stop (Ctrl-C hits both)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    clock = SystemClock()
    pipeline = build(clock)
    with contextlib.suppress(OSError):
        conn.send(READY)
    messages = 0
    while True:
        if not conn.poll(IDLE_S * 5):
            pipeline.poll()
            continue
        try:
            batch: Batch | None = conn.recv()
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
