"""How soon a per-call rule's match is on the wallboard: event emitted -> match in ``GET /api/v1/live``.

The embedded default, in one process: whole simulated calls (``agent/simulator``) at their own pace,
starting uniformly over a ramp (``--ramp``, 120 s, sent but not measured) and the measured window
(``--seconds``), as many as make ``--rate`` events/s in the window (1,000 by default: ~1,700 concurrent
calls), each event's ``ts`` set to the moment it is emitted. The callers run on a thread of their own
and only put each event on the bus at its planned time; the pipeline built by
``callpulse.compose.embedded_pipeline`` (the configured redactor, the default rule file, batches
flushed after ``CALLPULSE_BATCH_MAX_AGE_MS``, chDB) drains the bus on the main thread, polled every
50 ms, as ``callpulse demo --live``'s drain thread does. So the emitter keeps its schedule whatever the
pipeline's pace (before, it was the pipeline: at 1,000/s it fell 146 s behind and the bench measured a
slower load than it claimed), and a pipeline that cannot keep up shows as its backlog on the bus
(emit -> taken by the pipeline), printed beside the latency. A reader thread asks for what
``GET /api/v1/live`` answers (the route's ``SharedBoard``: a board read of the last 0.5 s, shared with
the wallboard's stream, as in one API process) every ``--poll-ms`` and notes when each (call, rule)
first shows up in a live call's ``matches``. Latency = first seen - the match's
event time (the triggering event's emit time; for silence and handle time, the moment the limit was
crossed), for events in the measured window.

The reader shares the chDB client with the writer under a lock (chDB is in-process; the embedded stack's
warehouse server serializes them the same way). Matches of calls that ended before a poll saw them are
counted as "not seen live" (they are in ``rule_matches``, but the live board lists live calls only).

    .venv/bin/python bench/rule_latency.py                     # 1,000 events/s for 120 s after a 120-s ramp
    .venv/bin/python bench/rule_latency.py --rate 200 --seconds 20 --ramp 30
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import tempfile
import threading
import time
from collections import deque
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import orjson
from pipeline import goal

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from agent.simulator.library import generate_calls, interleave_events  # noqa: E402
from api.pages import live_api  # noqa: E402
from callpulse import compose  # noqa: E402
from callpulse.settings import Settings  # noqa: E402
from devstack.serial_client import SerialClient  # noqa: E402
from ingest.clock import SystemClock  # noqa: E402
from stream.messages import Position, RawMessage  # noqa: E402

GOAL_S = 2.0
DRAIN_S = 10.0  # how long the pipeline may catch up after the callers stop
CALL_S = 90  # a simulated call's duration, about (most end within 120 s: RAMP_S)
RAMP_S = 120
"""Seconds of calls started before the measured window, sent but not measured: the window opens with a
full floor of calls in progress, so it runs at the planned rate from its first second (before, calls
started with the run and the rate was reached only after ~90 s: 577 events/s on average at
``--rate 1000``)."""


@dataclass(frozen=True, slots=True)
class Plan:
    """The events to send, ``(ms after the ramp's start, event)`` in time order, and where the measured
    window opens (``ramp_ms``): matches of events before it are not measured."""

    events: list[tuple[int, dict[str, Any]]]
    ramp_ms: int
    seconds: float

    @property
    def measured(self) -> int:
        """Events in the measured window."""
        return sum(1 for offset, _ in self.events if offset >= self.ramp_ms)

    @property
    def window_rate(self) -> float:
        """The planned events per second of the measured window."""
        return self.measured / self.seconds


def planned(rate: float, seconds: float, seed: int, ramp_s: float = RAMP_S) -> Plan:
    """Whole simulated calls at their own pace, starting uniformly over the ramp and the window, as many
    as make ``rate`` events/s in the window (counted, not assumed: the simulated calls' events per
    call vary by template, so the call count is corrected once from a first draw); events after the
    window's end are left out (those calls are still live when it stops)."""
    span_ms = int((ramp_s + seconds) * 1000)
    calls = max(1, round(rate * (ramp_s + seconds) / 50))  # ~50 events a call, corrected below
    plan = _draw(calls, seed, span_ms, int(ramp_s * 1000), seconds)
    if plan.window_rate > 0 and abs(plan.window_rate - rate) > 0.02 * rate:
        plan = _draw(max(1, round(calls * rate / plan.window_rate)), seed, span_ms, plan.ramp_ms, seconds)
    return plan


def _draw(calls: int, seed: int, span_ms: int, ramp_ms: int, seconds: float) -> Plan:
    end_ms = 1_767_225_600_000
    run_start = end_ms - span_ms
    out = []
    for event in interleave_events(generate_calls(calls, seed, end_ms, window_ms=span_ms)):
        if event["ts"] < end_ms:
            out.append((event["ts"] - run_start, event))
    return Plan(out, ramp_ms, seconds)


def per_second_peak(times: list[float], seconds: float = 10.0) -> float:
    """The most events per second in any ``seconds``-long stretch of these send times (sorted)."""
    best, low = 0, 0
    for high, t in enumerate(times):
        while t - times[low] > seconds:
            low += 1
        best = max(best, high - low + 1)
    return best / seconds


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] if ordered else float("nan")


def latency_goals(
    where: str,
    latencies: list[float],
    pushed: list[float],
    reference: str,
    watch_ms: int,
    load: tuple[tuple[float, ...], tuple[float, ...]],
) -> None:
    """The two goals both rule-latency benches print (``where``: how the events came, and at what rate): the
    p99 from an event to its match in the live JSON, then to the wallboard's push, each against ``GOAL_S``;
    ``reference`` is the first goal's same-run figure, ``load`` the load average at the start and at the end."""
    note = f"load average {load[0][0]:.1f} -> {load[1][0]:.1f} on {os.cpu_count()} cores"
    p99 = percentile(latencies, 0.99)
    goal(
        f"per-call rule latency{where}: p99 <= {GOAL_S:.0f} s",
        f"p99 {p99:.2f} s (n={len(latencies)})",
        reference,
        p99 / GOAL_S,
        bool(latencies) and p99 <= GOAL_S,
        note,
    )
    wall_p99 = percentile(pushed, 0.99)
    goal(
        f"per-call rule latency to the wallboard's push{where}: p99 <= {GOAL_S:.0f} s",
        f"p99 {wall_p99:.2f} s (n={len(pushed)})",
        f"live JSON p99 {p99:.2f} s; watch every {watch_ms} ms",
        wall_p99 / GOAL_S,
        bool(pushed) and wall_p99 <= GOAL_S,
        note,
    )


class Pacer:
    """Holds each planned event until its offset from ``started`` (wall-clock seconds), and notes how far
    behind the plan the sender fell at worst: a late sender understates the rate it was asked for."""

    def __init__(self, started: float) -> None:
        self.started = started
        self.behind_max_s = 0.0

    def wait_until(self, offset_ms: int) -> None:
        due = self.started + offset_ms / 1000
        now = time.time()
        if due > now:
            time.sleep(due - now)
        else:
            self.behind_max_s = max(self.behind_max_s, now - due)


class Wallboard:
    """The wallboard's push as a browser gets it: ``GET /api/v1/live/stream``'s frames (``board_events``
    over the route's ``SharedBoard``, with its watch of the newest rule matches every ``watch_s``; 0: no watch,
    the stream before it had one) on a thread of its own, reconnecting after the stream's ``retry`` as
    EventSource does. ``seen``: when each (call, rule) was first in a pushed board (wall ms)."""

    def __init__(self, ctx: Any, watch_s: float) -> None:
        self._ctx = ctx
        self._watch_s = watch_s
        self.shared = live_api.SharedBoard(ctx)  # the route's reads: the stream's and GET /api/v1/live's
        self.seen: dict[tuple[str, str], tuple[float, int]] = {}  # -> (pushed ms, event ms)
        self.boards = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=lambda: asyncio.run(self._run()), daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(10)

    async def _run(self) -> None:
        ctx = self._ctx
        shared = self.shared

        async def read(fresher_than_ms: int | None) -> Any:
            return await asyncio.to_thread(shared, fresher_than_ms)

        async def disconnected() -> bool:
            return self._stop.is_set()

        while not self._stop.is_set():
            watch = live_api.NewestMatch(ctx, ctx.clock.now_ms())  # what the wallboard's stream watches
            async for frame in live_api.board_events(
                read,
                disconnected,
                watch=watch if self._watch_s > 0 else None,
                watch_s=self._watch_s,
                clock=shared.now_ms,
            ):
                if frame.startswith("event: board\n"):
                    self._note(frame)
            await asyncio.sleep(live_api.STREAM_RETRY_MS / 1000)  # EventSource's reconnect

    def _note(self, frame: str) -> None:
        now_ms = time.time() * 1000
        self.boards += 1
        data = "".join(line[6:] for line in frame.splitlines() if line.startswith("data: "))
        for call in orjson.loads(data)["calls"]:
            for m in call["matches"]:
                self.seen.setdefault((call["call_sid"], m["rule"]), (now_ms, int(m["event_ms"])))

    def latencies(self, since_ms: float, until_ms: float) -> list[float]:
        """Event -> pushed, in seconds, of the matches of events from ``since_ms`` to ``until_ms``."""
        return [(seen - event) / 1000 for seen, event in self.seen.values() if since_ms <= event < until_ms]


def add_load_options(parser: argparse.ArgumentParser, verb: str) -> None:
    """The load and the reader of both rule-latency benches (embedded and ``rule_latency_kafka.py``), so
    the two take the same options with the same defaults and their figures compare."""
    parser.add_argument("--rate", type=float, default=1_000.0, help="events per second (default 1000)")
    parser.add_argument("--seconds", type=float, default=120.0, help=f"how long to {verb} (default 120)")
    parser.add_argument(
        "--ramp", type=float, default=RAMP_S,
        help=f"seconds of calls sent before the measured window, not measured (default {RAMP_S})",
    )  # fmt: skip
    parser.add_argument("--poll-ms", type=int, default=200, help="how often the reader polls (default 200)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument(
        "--wallboard-watch-ms", type=int, default=round(live_api.STREAM_WATCH_S * 1000),
        help="the wallboard stream's watch of new matches (default the route's; 0: none, as before 2026-12-05)",
    )  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    add_load_options(parser, "emit")
    args = parser.parse_args()

    plan = planned(args.rate, args.seconds, args.seed, args.ramp)
    with tempfile.TemporaryDirectory(prefix="rule-latency-") as tmp:
        os.environ.setdefault("CALLPULSE_DATA_DIR", tmp)
        settings = Settings(data_dir=Path(tmp))
        raw = compose.open_warehouse(settings)
        client = SerialClient(raw)  # the writer thread and the reader thread
        clock = SystemClock()
        pipeline, _ = compose.embedded_pipeline(settings, client, clock)
        seen: dict[tuple[str, str], float] = {}
        event_ms: dict[tuple[str, str], int] = {}
        stop = threading.Event()
        polls: list[float] = []
        load_start = os.getloadavg()

        def reader() -> None:
            while not stop.is_set():
                began = time.time()
                for call in wallboard.shared().calls:  # what GET /api/v1/live answers now
                    for m in call.matches:
                        key = (call.call_sid, m.rule)
                        if key not in seen:
                            seen[key] = time.time() * 1000
                            event_ms[key] = m.event_ms
                polls.append(time.time() - began)
                stop.wait(max(0.0, args.poll_ms / 1000 - (time.time() - began)))

        bus: deque[RawMessage] = deque()  # the emitter's side of the in-process bus
        sent: list[float] = []
        emitted = threading.Event()
        started = time.time() + 0.5
        pace = Pacer(started)

        def emitter() -> None:
            """The callers: each event stamped and put on the bus at its planned time, nothing else (the
            pipeline drains the bus on the main thread, as ``callpulse demo --live``'s drain thread does)."""
            for i, (offset_ms, event) in enumerate(plan.events):
                pace.wait_until(offset_ms)
                emit_ms = int(time.time() * 1000)
                bus.append(
                    RawMessage(orjson.dumps({**event, "ts": emit_ms}), Position("bench", 0, i), emit_ms)
                )
                sent.append(emit_ms / 1000)
            emitted.set()

        wallboard = Wallboard(compose.api_context(settings, client=client), args.wallboard_watch_ms / 1000)
        thread = threading.Thread(target=reader, daemon=True)
        thread.start()
        wallboard.start()
        callers = threading.Thread(target=emitter, daemon=True)
        callers.start()
        last_poll = time.time()
        lags: list[float] = []  # emit -> submitted to the pipeline, one in 100
        taken = 0
        taken_at_end: int | None = None
        drain_until = float(
            "inf"
        )  # after the callers stop, the pipeline gets DRAIN_S more, as the Kafka bench
        while not (emitted.is_set() and not bus) and time.time() < drain_until:
            if taken_at_end is None and emitted.is_set():
                taken_at_end = taken
                drain_until = time.time() + DRAIN_S
            if not bus:
                time.sleep(0.005)
            while bus:
                message = bus.popleft()
                if message.position.offset % 100 == 0:
                    lags.append(time.time() - message.received_ms / 1000)
                pipeline.submit(message)
                taken += 1
                if time.time() - last_poll >= 0.05:
                    break
            if time.time() - last_poll >= 0.05:
                pipeline.poll()
                last_poll = time.time()
        taken_at_end = taken if taken_at_end is None else taken_at_end
        emitted_s = sent[-1] - started if sent else float("nan")
        drained_s = time.time() - started
        deadline = time.time() + 5
        while time.time() < deadline:  # let the last batch land and the reader see it
            pipeline.poll()
            time.sleep(0.05)
        # what the stream found while it ran: Pipeline.join's last poll may find silences (every call is
        # quiet once the callers stopped) after the last write, which no batch takes any more
        rules_stats = dict(pipeline.call_rules.by_rule) if pipeline.call_rules else {}
        stop.set()
        thread.join(5)
        wallboard.stop()
        pipeline.join()
        load_end = os.getloadavg()
        with client.lock:
            total = raw.query(f"SELECT count() FROM {settings.database}.rule_matches FINAL").result_rows[0][0]
        window_ms = (started + plan.ramp_ms / 1000) * 1000
        end_ms = window_ms + args.seconds * 1000  # silences found after the callers stopped: not measured
        measured = [k for k in seen if window_ms <= event_ms[k] < end_ms]
        latencies = [(seen[k] - event_ms[k]) / 1000 for k in measured]
        in_window = [t for t in sent if t >= window_ms / 1000]
        pushed = wallboard.latencies(window_ms, end_ms)
        p99 = percentile(latencies, 0.99)
        print(f"embedded pipeline ({settings.redaction_engine} redaction), one process on {os.cpu_count()} cores; "
              f"load average at start {load_start[0]:.2f} / {load_start[1]:.2f} / {load_start[2]:.2f}, "
              f"at end {load_end[0]:.2f} / {load_end[1]:.2f} / {load_end[2]:.2f} (1 / 5 / 15 min)")  # fmt: skip
        print(f"emitted {len(plan.events):,} events in {emitted_s:.1f} s: a {plan.ramp_ms / 1000:.0f}-s ramp "
              f"(not measured), then {len(in_window):,} in the {args.seconds:.0f}-s measured window = "
              f"{len(in_window) / args.seconds:,.0f} events/s (planned {plan.window_rate:,.0f}/s for --rate "
              f"{args.rate:,.0f}; busiest 10 s {per_second_peak(in_window):,.0f}/s; emitter at most "
              f"{pace.behind_max_s:.2f} s behind schedule)")  # fmt: skip
        print(f"pipeline: {taken_at_end:,} of {len(plan.events):,} events taken by the end of emitting, "
              f"{taken:,} after {drained_s:.1f} s ({len(plan.events) - taken:,} never: their matches are in "
              f"neither count); emit -> taken by the pipeline p50 {percentile(lags, 0.5):.2f} s, "
              f"p99 {percentile(lags, 0.99):.2f} s, max {max(lags, default=float('nan')):.2f} s (the backlog "
              "on the bus: the pipeline's own pace, not the emitter's)")  # fmt: skip
        print(f"matches: {sum(rules_stats.values())} by the stream, {total} rows in rule_matches, "
              f"{len(seen)} seen live on the board, {len(measured)} of them of events in the measured window "
              "(the rest: call ended before a poll saw it)")  # fmt: skip
        print(f"by rule: {dict(sorted(rules_stats.items()))}")
        print(f"reader: {len(polls)} polls of the live board (shared reads: {wallboard.shared.reads}), p50 {percentile(polls, 0.5) * 1000:.0f} ms, "
              f"p99 {percentile(polls, 0.99) * 1000:.0f} ms")  # fmt: skip
        print(f"emit -> visible in the live JSON: p50 {percentile(latencies, 0.5):.2f} s, "
              f"p90 {percentile(latencies, 0.9):.2f} s, p99 {p99:.2f} s, "
              f"max {max(latencies, default=float('nan')):.2f} s (n={len(latencies)})")  # fmt: skip
        print(f"emit -> pushed to the wallboard:  p50 {percentile(pushed, 0.5):.2f} s, "
              f"p90 {percentile(pushed, 0.9):.2f} s, p99 {percentile(pushed, 0.99):.2f} s, "
              f"max {max(pushed, default=float('nan')):.2f} s (n={len(pushed)}; the stream reads the board every "
              f"{live_api.STREAM_INTERVAL_S:g} s, watches new matches every {args.wallboard_watch_ms} ms; "
              f"{wallboard.boards} boards pushed)")  # fmt: skip
        latency_goals(
            f", embedded, at {args.rate:,.0f} events/s",
            latencies,
            pushed,
            f"emitted {len(in_window) / args.seconds:,.0f} events/s in the measured window",
            args.wallboard_watch_ms,
            (load_start, load_end),
        )
        raw.close()


if __name__ == "__main__":
    main()
