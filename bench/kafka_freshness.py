"""Event-to-queryable freshness: from ``emit()`` returning to ``SELECT ... FINAL`` returning the event.

Measured directly, not derived from the writer's batch lag (the simulated events' timestamps are not
the emit times). Every ``sample_every``-th event's emit time is kept; a poller queries the events
table ``FINAL`` for the ids not seen yet every ``poll_s`` and takes the moment its query returned as
the event's visible time, so each figure is an upper bound with ``poll_s`` (+ query time) resolution.
"""

from __future__ import annotations

import itertools
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import orjson

from ingest.contract.models import TurnEvent
from ingest.emit.kafka import KafkaEmitter
from stream.warehouse import Warehouse


@dataclass(frozen=True, slots=True)
class Freshness:
    samples: int
    unseen: int
    latencies_ms: tuple[float, ...]

    def percentile(self, p: float) -> float | None:
        """The ``p`` quantile (0-1) of the seen events' latencies, ms; ``None`` when none was seen."""
        if not self.latencies_ms:
            return None
        ordered = sorted(self.latencies_ms)
        return ordered[min(len(ordered) - 1, int(p * len(ordered)))]

    def __str__(self) -> str:
        if not self.latencies_ms:
            return f"no sampled event became visible ({self.unseen} unseen)"
        return (
            f"{len(self.latencies_ms):,} sampled events: p50 {statistics.median(self.latencies_ms):,.0f} ms, "
            f"p95 {self.percentile(0.95):,.0f} ms, p99 {self.percentile(0.99):,.0f} ms, "
            f"max {max(self.latencies_ms):,.0f} ms" + (f"; {self.unseen} never seen" if self.unseen else "")
        )


@dataclass(frozen=True, slots=True)
class Watch:
    """How a freshness run watches its events, whoever sends them: every ``sample_every``-th event is
    sampled and ``database.events`` polled through ``client`` every ``poll_s`` for the ones not seen yet;
    ``trace`` (attached to the worker) is told each sampled event's emit and visible times."""

    client: Warehouse
    database: str
    sample_every: int = 10
    poll_s: float = 0.1
    trace: StageTrace | None = None


class _Poller:
    """One run's sampled events, from their emit times (``emitted``) to the moment a poll saw them."""

    def __init__(self, watch: Watch) -> None:
        self._client, self._database, self._poll_s = watch.client, watch.database, watch.poll_s
        self._trace = watch.trace
        self._lock = threading.Lock()
        self._emitted_at: dict[str, float] = {}
        self._pending: set[str] = set()
        self.latencies_ms: list[float] = []
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._done = threading.Event()

    def start(self) -> None:
        """Start polling, and the trace's CPU count with it."""
        self._thread.start()
        if self._trace is not None:
            self._trace.start_cpu()

    def emitted(self, event_id: str, at: float, wall: float) -> None:
        """A sampled event's ``emit()`` returned at ``at`` (monotonic; ``wall``: the same, epoch)."""
        if self._trace is not None:
            self._trace.emitted(event_id, at, wall)
        with self._lock:
            self._emitted_at[event_id] = at
            self._pending.add(event_id)

    def finish(self, samples: int, wait_s: float) -> Freshness:
        """Wait until every sampled event was seen (at most ``wait_s``), stop the trace's CPU count; the
        run's figures, of ``samples`` sampled events."""
        deadline = time.monotonic() + wait_s
        while time.monotonic() < deadline:
            with self._lock:
                if not self._pending:
                    break
            time.sleep(0.1)
        self._done.set()
        self._thread.join()
        if self._trace is not None:
            self._trace.stop_cpu()
        return Freshness(samples, len(self._pending), tuple(self.latencies_ms))

    def _run(self) -> None:
        sql = f"SELECT event_id FROM {self._database}.events FINAL WHERE event_id IN %(ids)s"
        while not self._done.is_set():
            with self._lock:
                ids = list(self._pending)
            if ids:
                rows = self._client.query(sql, parameters={"ids": ids}).result_rows
                seen_at = time.monotonic()
                with self._lock:
                    for (event_id,) in rows:
                        if event_id in self._pending:
                            self._pending.discard(event_id)
                            self.latencies_ms.append((seen_at - self._emitted_at[event_id]) * 1000)
                            if self._trace is not None:
                                self._trace.visible(event_id, seen_at)
            self._done.wait(self._poll_s)


def measure_freshness(
    emitter: KafkaEmitter, events: Sequence[TurnEvent], watch: Watch, *, rate: int
) -> Freshness:
    """Emit ``events`` at ``rate`` per second and measure how soon sampled ones can be queried."""
    poller = _Poller(watch)
    poller.start()
    started = time.monotonic()
    for index, event in enumerate(events):
        ahead_s = started + index / rate - time.monotonic()
        if ahead_s > 0:
            time.sleep(ahead_s)
        emitter.emit(event)
        if index % watch.sample_every == 0:
            poller.emitted(str(event.event_id), time.monotonic(), time.time())
    return poller.finish(len(events) // watch.sample_every, wait_s=60)


def measure_freshness_apart(
    bootstrap: str, topic: str, events: Sequence[TurnEvent], watch: Watch, *, rate: int
) -> Freshness:
    """``measure_freshness`` with the events sent by ``bench/freshness_emitter.py`` in a process of its
    own (as an agent is): the worker's process, whose CPU ``watch.trace`` reports, runs the worker and
    the poller only. The child reads the events from a file, is started and ready before the clock
    starts, and reports each sampled event's emit times on its stdout."""
    with tempfile.NamedTemporaryFile("wb", suffix=".jsonl", delete=False) as spool:
        for event in events:
            spool.write(event.model_dump_json().encode() + b"\n")
    command = [
        sys.executable, str(Path(__file__).with_name("freshness_emitter.py")),
        "--bootstrap", bootstrap, "--topic", topic, "--events", spool.name,
        "--rate", str(rate), "--sample-every", str(watch.sample_every),
    ]  # fmt: skip
    child = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, bufsize=1)
    assert child.stdin is not None and child.stdout is not None
    try:
        if child.stdout.readline().strip() != "ready":
            raise RuntimeError(f"freshness emitter did not start (exit {child.wait(10)})")
        poller = _Poller(watch)
        poller.start()
        child.stdin.write("go\n")
        child.stdin.flush()
        samples = 0
        for line in child.stdout:
            fields = line.split()
            if fields[0] == "done":
                break
            poller.emitted(fields[0], float(fields[1]), float(fields[2]))
            samples += 1
        return poller.finish(samples, wait_s=60)
    finally:
        child.stdin.close()
        child.wait(60)
        os.unlink(spool.name)


STAGES = ("emit", "produced", "fed", "picked", "processed", "flushed", "stored", "visible")
"""A sampled event's path through a worker on a thread of this process, in order: ``emit()`` returned;
the emitter's thread handed it to the Kafka producer (the record's CreateTime); faust's agent handed
its fetch to ``Feeder.feed``; the pipeline thread began that fetch; the fetch was submitted through
the chain (validate, redaction, call state, rules; the ``poll`` at its end); its batch reached the
writer; the ``events`` insert holding it returned; the poller saw it."""


@dataclass
class _Write:
    started: float
    rows: int = 0
    messages: int = 0
    seconds: float = 0.0
    inserts: dict[str, float] | None = None


class StageTrace:
    """Where the time of sampled events goes inside a worker running on a thread of this process
    (``devstack.threaded_worker``), measured by wrapping the parts it is built of, not guessed.

    Bench-only: it replaces a few bound methods of the worker's objects with timing wrappers (the
    feeder's ``feed`` and per-fetch submit, the pipeline's ``poll``, the writer's ``submit``, its
    warehouse's ``insert``); the worker's behaviour is unchanged. Also keeps per-fetch and per-write
    figures (messages per fetch, the pipeline thread's time per fetch, rows and inserts per write)
    and every thread's CPU over the run (``/proc``)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.at: dict[str, dict[str, float]] = {}
        self._by_position: dict[tuple[int, int], str] = {}
        self._current: list[str] = []  # sampled ids of the fetch being submitted (pipeline thread)
        self._writing: list[str] = []
        self._write: _Write | None = None
        self.fetches: list[tuple[int, float]] = []  # (messages, pipeline thread seconds)
        self.writes: list[_Write] = []
        self._cpu_start: dict[int, tuple[str, float]] = {}
        self.cpu: dict[str, float] = {}
        self.cpu_seconds = 0.0

    def emitted(self, event_id: str, mono: float, wall: float) -> None:
        with self._lock:
            self.at[event_id] = {"emit": mono, "_wall": wall}

    def visible(self, event_id: str, mono: float) -> None:
        with self._lock:
            stages = self.at.get(event_id)
            if stages is not None:
                stages["visible"] = mono

    def _stamp(self, ids: Sequence[str], stage: str, mono: float) -> None:
        for event_id in ids:
            stages = self.at.get(event_id)
            if stages is not None and stage not in stages:
                stages[stage] = mono

    def attach(self, parts: Any) -> None:
        """Wrap the worker's ``feeder``, ``pipeline``, writer and its warehouse client."""
        feeder, pipeline = parts.feeder, parts.pipeline
        writer = pipeline.writer
        inserts = writer._client  # the RetryingInserts the worker writes through (bench-only access)
        feed, submit_all, poll = feeder.feed, feeder._submit_all, pipeline.poll
        write, insert = writer.submit, inserts.insert

        async def traced_feed(batch: Any) -> None:
            now, ids = time.monotonic(), []
            for message in batch.messages:
                try:
                    event_id = str(orjson.loads(message.value)["event_id"])
                except (orjson.JSONDecodeError, KeyError, TypeError):
                    continue
                stages = self.at.get(event_id)
                if stages is not None:
                    ids.append(event_id)
                    stages["fed"] = now
                    if message.timestamp:  # CreateTime, this machine's wall clock
                        stages["produced"] = stages["emit"] + (message.timestamp - stages["_wall"])
                    self._by_position[(message.partition, message.offset)] = event_id
            await feed(batch)

        def traced_submit_all(raws: Sequence[Any], keys: Any) -> None:
            started = time.monotonic()
            by_position = self._by_position
            ids = [
                event_id
                for raw in raws
                if (event_id := by_position.pop((raw.position.partition, raw.position.offset), None))
            ]
            self._stamp(ids, "picked", started)
            self._current = ids
            try:
                submit_all(raws, keys)
            finally:
                self._current = []
                self.fetches.append((len(raws), time.monotonic() - started))

        def traced_poll() -> None:
            if self._current:
                self._stamp(self._current, "processed", time.monotonic())
                self._current = []
            poll()

        def traced_write(batch: Any) -> None:
            started = time.monotonic()
            ids = [str(row[0]) for row in batch.by_table.get("events", ())]
            self._stamp(ids, "flushed", started)
            self._writing = ids
            self._write = _Write(started, batch.rows, batch.messages, inserts={})
            try:
                write(batch)
            finally:
                record, self._write, self._writing = self._write, None, []
                record.seconds = time.monotonic() - started
                self.writes.append(record)

        def traced_insert(*args: Any, **kwargs: Any) -> object:
            started = time.monotonic()
            result = insert(*args, **kwargs)
            done = time.monotonic()
            context = kwargs.get("context")
            table = str(
                context.table if context is not None else kwargs.get("table", args[0] if args else "")
            )
            table = table.rpartition(".")[2]
            if self._write is not None and self._write.inserts is not None:
                self._write.inserts[table] = self._write.inserts.get(table, 0.0) + done - started
            if table == "events":
                self._stamp(self._writing, "stored", done)
            return result

        feeder.feed = traced_feed
        feeder._submit_all = traced_submit_all
        pipeline.poll = traced_poll
        writer.submit = traced_write
        inserts.insert = traced_insert

    def start_cpu(self) -> None:
        self._cpu_start = _thread_cpu()
        self.cpu_seconds = time.process_time()

    def stop_cpu(self) -> None:
        end = _thread_cpu()
        self.cpu_seconds = time.process_time() - self.cpu_seconds
        cpu: dict[str, float] = {}
        for tid, (name, seconds) in end.items():
            spent = seconds - self._cpu_start.get(tid, (name, 0.0))[1]
            cpu[name] = cpu.get(name, 0.0) + spent
        self.cpu = cpu

    def report(self) -> list[str]:
        """The lines to print: each stage's share of the sampled events' latency, the fetches, the
        writes and where the process's CPU went."""
        complete = [s for s in self.at.values() if all(stage in s for stage in STAGES)]
        lines = [f"where the time goes ({len(complete):,} of {len(self.at):,} sampled events seen at every stage;"
                 " ms, p50 / p95 / p99):"]  # fmt: skip
        for before, after in itertools.pairwise(STAGES):
            spans = [(s[after] - s[before]) * 1000 for s in complete]
            lines.append(f"  {before:>9} -> {after:<9} {_pcts(spans)}")
        total = [(s["visible"] - s["emit"]) * 1000 for s in complete]
        lines.append(f"  {'emit':>9} -> {'visible':<9} {_pcts(total)}")
        if self.fetches:
            sizes = [float(n) for n, _ in self.fetches]
            per = [seconds * 1000 for _, seconds in self.fetches]
            lines.append(
                f"  fetches: {len(self.fetches):,}, messages each {_pcts(sizes, '')}; pipeline thread per "
                f"fetch (submit, then poll: may include a write) {_pcts(per)} ms"
            )
        if self.writes:
            rows = [float(w.rows) for w in self.writes]
            secs = [w.seconds * 1000 for w in self.writes]
            inserts = [len(w.inserts or {}) for w in self.writes]
            per_table: dict[str, list[float]] = {}
            for w in self.writes:
                for table, seconds in (w.inserts or {}).items():
                    per_table.setdefault(table, []).append(seconds * 1000)
            lines.append(
                f"  writes: {len(self.writes):,} ({sum(inserts):,} inserts, {statistics.mean(inserts):.1f} per write); "
                f"rows each {_pcts(rows, '')}; write {_pcts(secs)} ms"
            )
            lines.append(
                "  insert ms by table (p50 / p99, count): "
                + ", ".join(
                    f"{table} {_pct(v, 0.5):.0f}/{_pct(v, 0.99):.0f} ({len(v)})"
                    for table, v in sorted(per_table.items(), key=lambda kv: -sum(kv[1]))
                )
            )
        if self.cpu:
            top = sorted(self.cpu.items(), key=lambda kv: -kv[1])[:8]
            lines.append(
                f"  process CPU {self.cpu_seconds:.1f} s; by thread: "
                + ", ".join(f"{name} {seconds:.1f}" for name, seconds in top if seconds >= 0.05)
            )
        return lines


def _pct(values: Sequence[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(p * len(ordered)))] if ordered else float("nan")


def _pcts(values: Sequence[float], unit: str = "") -> str:
    if not values:
        return "none"
    return " / ".join(f"{_pct(values, p):,.0f}{unit}" for p in (0.5, 0.95, 0.99))


def _thread_cpu() -> dict[int, tuple[str, float]]:
    """CPU seconds per thread of this process (``/proc/self/task``), named by Python thread name
    where there is one, else the kernel's (chDB's own threads)."""
    names = {t.native_id: t.name for t in threading.enumerate() if t.native_id is not None}
    tick = os.sysconf("SC_CLK_TCK")
    out: dict[int, tuple[str, float]] = {}
    for task in Path("/proc/self/task").iterdir():
        try:
            stat = (task / "stat").read_text()
        except OSError:
            continue
        tid = int(task.name)
        comm = stat[stat.index("(") + 1 : stat.rindex(")")]
        fields = stat[stat.rindex(")") + 2 :].split()
        name = names.get(tid, comm)
        name = (
            name.rstrip("_0123456789")
            if name.startswith(("ThreadPoolExecutor", "callpulse-pipeline"))
            else name
        )
        out[tid] = (name, (int(fields[11]) + int(fields[12])) / tick)
    return out
