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
- ``ObservingProcess``: for ``callpulse tap``, one step further: the relay's raw frames (plain values,
  ``ingest.tap.observing.FrameItem``) go down the pipe and the child also runs the observers that turn
  them into events (JSON parsing, event building and validation, encoding), into its own bus and on to
  its pipeline. The relay's process does nothing for analytics but append to a list and, every
  ``FEED_EVERY_S``, write what gathered to a non-blocking pipe, on the event loop itself: no other
  thread of the relay takes the interpreter lock while calls run (measured, bench/tap.py and
  docs/sizing.md: on a busy machine a second thread holding the lock is preempted while the loop waits
  for it, for milliseconds).

Both children lower their own scheduling priority (``ANALYTICS_NICE``): on a busy machine the kernel
runs the relay (and the agent) before analytics, which only has to keep up on average.
"""

from __future__ import annotations

import asyncio
import contextlib
import fcntl
import logging
import multiprocessing
import os
import pickle
import select
import struct
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any, Protocol

from ingest.clock import Clock, SystemClock
from ingest.emit.base import Emitter
from ingest.emit.inprocess import InProcessBus
from ingest.tap.observer import ObserverStats
from ingest.tap.observing import FrameItem, ObserverHost, ObserverSpec
from stream.messages import Position, RawMessage
from stream.runner import Feedable, run

log = logging.getLogger(__name__)

BATCH = 1_000
"""Messages taken from the bus at a time."""
IDLE_S = 0.02
"""How long to wait for the producer when the bus is empty."""

READY = "ready"
"""What the child answers once its pipeline is built."""
ANALYTICS_NICE = 10
"""How much a pipeline child lowers its priority (``os.nice``): at 10 it gets about a tenth of the CPU
a normal process gets when both want it, and all of it when the machine is idle."""
FEED_EVERY_S = 0.01
"""How often ``ObservingProcess`` writes the frames gathered since to its child (one write per tick,
not per frame)."""
CHILD_BUS = 1_000_000
"""The child's own bus between its observers and its pipeline (drained after every batch)."""

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
    bus: Bus,
    *,
    stop: threading.Event | None = None,
    batch: int = BATCH,
    idle_s: float = IDLE_S,
    on_idle: Callable[[], None] | None = None,
) -> Iterator[Batch]:
    """The bus's messages in batches, oldest first. Without ``stop``: until the bus is empty (everything
    was emitted before). With ``stop``: an empty bus is waited on, calling ``on_idle`` before each wait;
    once ``stop`` is set, what is left is drained and the iteration ends."""
    while True:
        got = bus.poll(batch)
        if got:
            yield [(value, offset) for _key, value, offset in got]
        elif stop is None or stop.is_set():
            return
        else:
            if on_idle is not None:
                on_idle()
            stop.wait(idle_s)


def bus_messages(
    bus: Bus,
    source: str,
    clock: Clock,
    *,
    stop: threading.Event | None = None,
    idle_s: float = IDLE_S,
    on_idle: Callable[[], None] | None = None,
) -> Iterator[RawMessage]:
    """``bus_batches`` as raw messages at ``source`` (partition 0, the bus offset), stamped on arrival."""
    for batch in bus_batches(bus, stop=stop, idle_s=idle_s, on_idle=on_idle):
        for value, offset in batch:
            yield RawMessage(value, Position(source, 0, offset), clock.now_ms())


class DrainThread(threading.Thread):
    """``stream.runner.run`` over ``bus_messages`` on a thread: the pipeline stores events while the
    producer is still emitting. ``finish`` says nothing more will be emitted and waits for the drain;
    ``error`` is then what the pipeline raised, if anything (for the caller to re-raise). While the bus
    is empty the chain is polled at each wait: its batch age and the call rules' clock run on ``poll``,
    and a quiet bus is exactly when a caller's silence grows (before: polled only every ``poll_every``
    messages, so a ``dead_air`` match, and the last events' write, waited for the next traffic)."""

    def __init__(
        self, pipeline: Feedable, bus: Bus, source: str, clock: Clock, *, poll_every: int = 50
    ) -> None:
        super().__init__(name=f"drain-{source}", daemon=True)
        self._stop_event = threading.Event()
        self._messages = bus_messages(
            bus, source, clock, stop=self._stop_event, idle_s=0.05, on_idle=pipeline.poll
        )
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


class _Child:
    """A spawned pipeline child and the parent's end of its pipe: the thread reading its answers
    (``READY`` once its pipeline is built, its counts once it has stopped), readiness, and the stop."""

    def __init__(
        self, target: Callable[..., None], args: tuple[Any, ...], *, inbox: Connection | None = None
    ) -> None:
        ctx = multiprocessing.get_context("spawn")
        self.conn, child_conn = ctx.Pipe()
        self.process = ctx.Process(
            target=target, args=(child_conn, *args, inbox), name="callpulse-pipeline", daemon=True
        )
        self.process.start()
        child_conn.close()
        if inbox is not None:  # the child's end of a one-way pipe: only the child keeps it open
            inbox.close()
        self.ready = threading.Event()
        self.done = threading.Event()
        self.answer: dict[str, Any] = {}
        self._reader = threading.Thread(target=self._read, name="pipeline-answers", daemon=True)
        self._reader.start()

    def _read(self) -> None:
        try:
            while not self.done.is_set():
                answer = self.conn.recv()
                if answer == READY:
                    self.ready.set()
                elif isinstance(answer, dict):
                    self.answer = answer
                    self.done.set()
        except (OSError, EOFError) as err:
            if not self.done.is_set():
                log.warning("the pipeline process went away: %s", type(err).__name__)
            self.done.set()

    def wait_ready(self, timeout_s: float) -> bool:
        deadline = time.monotonic() + timeout_s
        while not self.ready.wait(min(0.1, _left(deadline))):
            if self.done.is_set() or not self.process.is_alive() or time.monotonic() >= deadline:
                return self.ready.is_set()
        return True

    def stop(self, deadline: float, *, say_done: bool = True) -> None:
        """Say there is no more (after the last batch); wait for the answer and exit by ``deadline``.
        The child gets back its parent's priority first, where the system allows it: no call is left to
        protect, and what it still holds must be written within the bound."""
        if self.process.pid is not None:
            _restore_priority(self.process.pid)
        if say_done:
            with contextlib.suppress(OSError):
                self.conn.send(None)  # no more: join the pipeline and answer with its counts
        if not self.done.wait(_left(deadline)):
            state = "writing" if self.ready.is_set() else "still starting"
            log.warning("the pipeline process was %s when the shutdown bound ran out", state)
        self.process.join(_left(deadline))
        if self.process.is_alive():
            log.warning("the pipeline process did not stop within the shutdown bound; stopping it")
            self.process.terminate()


class _InChild:
    """What both children's parents answer alike: readiness and the child's counts once it stopped."""

    _child: _Child

    @property
    def stats(self) -> dict[str, Any]:
        """The child's counts once it has stopped (``messages`` written), else empty."""
        return self._child.answer

    @property
    def ready(self) -> bool:
        """Whether the child has built its pipeline (warehouse open, migrations applied)."""
        return self._child.ready.is_set()

    def wait_ready(self, timeout_s: float) -> bool:
        """Wait until the child has built its pipeline; False if ``timeout_s`` ran out or it died."""
        return self._child.wait_ready(timeout_s)


class PipelineProcess(_InChild):
    """Drains ``bus`` into a pipeline that ``build(clock)`` makes in a child process.

    ``build`` must be picklable (a module-level function): the child is spawned, not forked (no fork
    of a process with threads and sockets). ``close`` sends what the bus holds, lets the child write it
    and stop, all within its timeout; what could not be written is reported, never waited for past it."""

    def __init__(
        self,
        bus: Bus,
        source: str,
        build: Callable[[Clock], ClosablePipeline],
        *,
        nice: int = ANALYTICS_NICE,
    ) -> None:
        self.bus = bus
        self._child = _Child(_child_main, (source, build, None, nice))
        self._stop = threading.Event()
        self.sent = 0
        self._thread = threading.Thread(target=self._feed, name="pipeline-feeder", daemon=True)
        self._thread.start()

    def _feed(self) -> None:
        for batch in bus_batches(self.bus, stop=self._stop):
            self._child.conn.send(batch)
            self.sent += len(batch)

    def close(self, timeout_s: float) -> int:
        """Send what the bus holds, let the child write it and stop, up to ``timeout_s``; return how
        many messages were not confirmed written."""
        deadline = time.monotonic() + timeout_s
        self.bus.close()
        self._stop.set()
        self._thread.join(_left(deadline))
        self._child.stop(deadline)
        written = int(self.stats.get("messages", 0))
        return self.bus.lag + max(0, self.sent - written)


class ObservingProcess(_InChild):
    """A ``FrameSink`` (``ingest.tap.observing``) whose observers and pipeline run in a child process.

    Everything this process does for analytics happens on the relay's event loop, in microseconds, and
    no other thread of it takes the interpreter lock while calls run: a second thread holding the lock
    is a thread the kernel can preempt while the loop waits for it, which on a busy machine cost the
    loop tens of milliseconds at a time (measured, docs/sizing.md). ``put`` appends to a list and, once
    per ``FEED_EVERY_S``, a timer on the loop pickles what gathered and writes it to a non-blocking
    one-way pipe; what the pipe cannot take waits for the next tick. When ``capacity`` frames wait
    (the child is behind), ``put`` drops (False; a call's setup and end are never dropped).

    ``close`` (from any thread, once the relay stopped putting) writes the rest and a last ``None``,
    lets the child observe and write it and stop, within its timeout, and returns how many frames
    were not confirmed observed; ``totals`` and ``errors`` are then the child's observer counts, and
    ``stats`` its answer (``messages`` written, ``events`` its observers emitted)."""

    def __init__(
        self,
        source: str,
        build: Callable[[Clock], ClosablePipeline],
        spec: ObserverSpec,
        *,
        capacity: int,
        nice: int = ANALYTICS_NICE,
    ) -> None:
        self.capacity = capacity
        self.accepted = self.dropped = self.sent = 0
        self._pending: list[FrameItem] = []
        self._out: deque[tuple[int, memoryview]] = deque()  # (frames, bytes) written in order
        self._waiting = 0  # frames in _pending and _out
        self._closing = self._broken = False
        self._timer: asyncio.TimerHandle | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        ctx = multiprocessing.get_context("spawn")
        inbox, outbox = ctx.Pipe(duplex=False)
        self._fd = outbox.fileno()
        self._outbox = outbox  # kept open (and the fd with it) until close
        _grow_pipe(self._fd)
        os.set_blocking(self._fd, False)
        self._child = _Child(_child_main, (source, build, spec, nice), inbox=inbox)

    def put(self, item: FrameItem, *, essential: bool = False) -> bool:
        """On the relay's event loop only."""
        if self._closing or (self._waiting >= self.capacity and not essential):
            self.dropped += 1
            return False
        self._pending.append(item)
        self._waiting += 1
        self.accepted += 1
        if self._timer is None:
            loop = self._loop = self._loop or asyncio.get_running_loop()
            self._timer = loop.call_later(FEED_EVERY_S, self._tick)
        return True

    def _tick(self) -> None:
        self._timer = None
        if self._closing:
            return
        self._pack()
        self._write()
        if self._out and self._loop is not None:  # the pipe is full: the rest at the next tick
            self._timer = self._loop.call_later(FEED_EVERY_S, self._tick)

    def _pack(self) -> None:
        if self._pending:
            batch, self._pending = self._pending, []
            self._out.append((len(batch), _framed(batch)))

    def _write(self) -> None:
        """Write what the pipe takes now, without waiting."""
        while self._out and not self._broken:
            frames, data = self._out[0]
            try:
                n = os.write(self._fd, data)
            except BlockingIOError:
                return
            except OSError:  # the child went away: what is left is counted as not observed
                self._broken = True
                return
            if n < len(data):
                self._out[0] = (frames, data[n:])
                return
            self._out.popleft()
            self._waiting -= frames
            self.sent += frames

    def wait_idle(self, timeout_s: float) -> bool:
        """Whether every frame put so far was written to the child within ``timeout_s`` (observing it
        there is not awaited: the child answers only when it stops)."""
        deadline = time.monotonic() + timeout_s
        while self.sent < self.accepted:
            if time.monotonic() >= deadline:
                return False
            time.sleep(FEED_EVERY_S)
        return True

    def close(self, timeout_s: float) -> int:
        deadline = time.monotonic() + timeout_s
        self._closing = True
        loop = self._loop
        if loop is not None and loop.is_running() and not _on_loop(loop):
            stopped = threading.Event()

            def stop_timer() -> None:  # after this no tick touches the queue: this thread owns it
                if self._timer is not None:
                    self._timer.cancel()
                stopped.set()

            loop.call_soon_threadsafe(stop_timer)
            stopped.wait(_left(deadline))
        elif self._timer is not None:
            self._timer.cancel()
        self._pack()
        self._out.append((0, _framed(None)))  # no more: the child joins its pipeline and answers
        while self._out and not self._broken and _left(deadline) > 0:
            select.select([], [self._fd], [], min(0.1, _left(deadline)))
            self._write()
        self._child.stop(deadline, say_done=False)
        self._outbox.close()
        observed = int(self._child.answer.get("frames_in", 0))
        return max(0, self.accepted - observed)

    @property
    def totals(self) -> ObserverStats:
        return ObserverStats(**self._child.answer.get("totals", {}))

    @property
    def errors(self) -> int:
        return int(self._child.answer.get("observer_errors", 0))


def _framed(obj: object) -> memoryview:
    """``obj`` as ``multiprocessing.connection.Connection.recv`` reads it: a 4-byte big-endian length,
    then the pickle (batches are far below the 2 GiB where the format changes)."""
    payload = pickle.dumps(obj, pickle.HIGHEST_PROTOCOL)
    return memoryview(struct.pack("!i", len(payload)) + payload)


def _grow_pipe(fd: int) -> None:
    """Ask for a 1 MiB pipe buffer (Linux; the default 64 KiB fills in a burst of large frames)."""
    with contextlib.suppress(OSError, AttributeError):
        fcntl.fcntl(fd, fcntl.F_SETPIPE_SZ, 1 << 20)


def _on_loop(loop: asyncio.AbstractEventLoop) -> bool:
    try:
        return asyncio.get_running_loop() is loop
    except RuntimeError:
        return False


def _lower_priority(nice: int) -> None:
    """Make this process yield the CPU to everything else on the machine: ``nice`` for schedulers
    that rank processes (a cgroup, a container), and, where the kernel groups processes by session
    (autogroup, desktop and plain servers), a session of its own whose group gets the same ``nice``: in
    its parent's session it would take CPU from the parent's group, i.e. from the relay."""
    with contextlib.suppress(OSError):
        os.setsid()
    with contextlib.suppress(OSError):
        Path("/proc/self/autogroup").write_text(str(nice))
    with contextlib.suppress(OSError):
        os.nice(nice)


def _restore_priority(pid: int) -> None:
    """The child's priority back to this process's (best effort: raising it may need privileges)."""
    with contextlib.suppress(OSError):
        os.setpriority(os.PRIO_PROCESS, pid, os.getpriority(os.PRIO_PROCESS, 0))
    with contextlib.suppress(OSError, ValueError, IndexError):
        mine = Path("/proc/self/autogroup").read_text().split()[-1]
        Path(f"/proc/{pid}/autogroup").write_text(mine)


def _left(deadline: float) -> float:
    return max(0.0, deadline - time.monotonic())


def _child_main(
    conn: Connection,
    source: str,
    build: Callable[[Clock], ClosablePipeline],
    spec: ObserverSpec | None,
    nice: int,
    inbox: Connection | None = None,
) -> None:
    """The child: the pipeline over what the parent sends, until it sends None. With ``spec`` the
    batches are relayed frames, observed here into a bus of this process first; else encoded events.
    They come on ``inbox`` when given (a one-way pipe), else on ``conn``, which carries the answers."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides when to stop (Ctrl-C hits both)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    clock = SystemClock()
    pipeline = build(clock)
    if nice:  # only now: starved of CPU at a low priority, loading models took minutes on a busy machine
        _lower_priority(nice)
    observe = _Observing(spec, clock) if spec is not None else None
    with contextlib.suppress(OSError):
        conn.send(READY)
    messages = 0
    source_conn = inbox or conn
    while True:
        if not source_conn.poll(IDLE_S * 5):
            pipeline.poll()
            continue
        try:
            batch: list[Any] | None = source_conn.recv()
        except EOFError:  # the parent died: write what came and stop
            batch = None
        if batch is None:
            break
        encoded: Batch = observe.batch(batch) if observe is not None else batch
        for value, offset in encoded:
            pipeline.submit(RawMessage(value, Position(source, 0, offset), clock.now_ms()))
        messages += len(encoded)
        pipeline.poll()
    pipeline.join()
    pipeline.close()
    answer: dict[str, Any] = {"messages": messages}
    if observe is not None:
        answer.update(observe.report())
    with contextlib.suppress(OSError):
        conn.send(answer)


class _Observing:
    """The child's observers (``ingest.tap.observing.ObserverHost``) over its own bus."""

    def __init__(self, spec: ObserverSpec, clock: Clock) -> None:
        self.bus = InProcessBus(capacity=CHILD_BUS)
        emitter: Emitter = self.bus
        self.host = ObserverHost(spec, emitter, clock)
        self.frames = 0

    def batch(self, items: list[FrameItem]) -> Batch:
        for item in items:
            self.host.observe(item)
        self.frames += len(items)
        return [(value, offset) for _key, value, offset in self.bus.poll(max(1, self.bus.lag))]

    def report(self) -> dict[str, Any]:
        stats = self.bus.stats
        return {
            "frames_in": self.frames,
            "totals": vars(self.host.totals),
            "observer_errors": self.host.errors,
            "events": stats.emitted,
            "open_calls": self.host.open_calls,
        }
