"""How soon a per-call rule's match is on the wallboard: event emitted -> match in ``GET /api/v1/live``.

The embedded default, in one process: whole simulated calls (``agent/simulator``) at their own pace,
starting uniformly over the run, enough of them to reach ``--rate`` events/s once the first have run
their ~90 s (1,000 by default: ~1,700 concurrent calls), each event's ``ts`` set to the moment it is
emitted, fed to
the embedded pipeline built by ``callpulse.compose.embedded_pipeline`` (the configured redactor, the
default rule file, batches flushed after ``CALLPULSE_BATCH_MAX_AGE_MS``) writing to chDB, polled every
50 ms as the in-process bus drain polls it. A reader thread runs what the live route runs
(``api.store.live.live_calls``, the query of ``GET /api/v1/live``) every ``--poll-ms`` and notes when
each (call, rule) first shows up in a live call's ``matches``. Latency = first seen - the match's event
time (the triggering event's emit time; for silence and handle time, the moment the limit was crossed).

The reader shares the chDB client with the writer under a lock (chDB is in-process; the embedded stack's
warehouse server serializes them the same way). Matches of calls that ended before a poll saw them are
counted as "not seen live" (they are in ``rule_matches``, but the live board lists live calls only).

    .venv/bin/python bench/rule_latency.py                     # up to 1,000 events/s, 120 s
    .venv/bin/python bench/rule_latency.py --rate 200 --seconds 20
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

import orjson

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from agent.simulator.library import generate_calls, interleave_events  # noqa: E402
from api.store.live import live_calls  # noqa: E402
from callpulse import compose  # noqa: E402
from callpulse.settings import Settings  # noqa: E402
from devstack.serial_client import SerialClient  # noqa: E402
from ingest.clock import SystemClock  # noqa: E402
from stream.messages import Position, RawMessage  # noqa: E402

EVENTS_PER_CALL_S = 0.6  # a simulated call's events per second of its duration, about
CALL_S = 90  # a simulated call's duration, about


def planned(rate: float, seconds: float, seed: int) -> list[tuple[int, dict[str, Any]]]:
    """(ms after the run's start, event): whole calls at their own pace, starting uniformly over the run,
    as many as make ``rate`` events/s once the first ones have run their ~90 s (the run ramps up to it;
    events after the run's end are left out: those calls are still live when it stops)."""
    calls = int(rate / EVENTS_PER_CALL_S / CALL_S * seconds)
    end_ms = 1_767_225_600_000
    run_start = end_ms - int(seconds * 1000)
    out = []
    for event in interleave_events(generate_calls(calls, seed, end_ms, window_ms=int(seconds * 1000))):
        if event["ts"] < end_ms:
            out.append((event["ts"] - run_start, event))
    return out


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] if ordered else float("nan")


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


def add_load_options(parser: argparse.ArgumentParser, verb: str) -> None:
    """The load and the reader of both rule-latency benches (embedded and ``rule_latency_kafka.py``), so
    the two take the same options with the same defaults and their figures compare."""
    parser.add_argument("--rate", type=float, default=1_000.0, help="events per second (default 1000)")
    parser.add_argument("--seconds", type=float, default=120.0, help=f"how long to {verb} (default 120)")
    parser.add_argument("--poll-ms", type=int, default=200, help="how often the reader polls (default 200)")
    parser.add_argument("--seed", type=int, default=7)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    add_load_options(parser, "emit")
    args = parser.parse_args()

    events = planned(args.rate, args.seconds, args.seed)
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

        def reader() -> None:
            while not stop.is_set():
                began = time.time()
                for call in live_calls(client, settings.database, int(began * 1000)):
                    for m in call.matches:
                        key = (call.call_sid, m.rule)
                        if key not in seen:
                            seen[key] = time.time() * 1000
                            event_ms[key] = m.event_ms
                polls.append(time.time() - began)
                stop.wait(max(0.0, args.poll_ms / 1000 - (time.time() - began)))

        thread = threading.Thread(target=reader, daemon=True)
        thread.start()
        started = time.time()
        last_poll = started
        pace = Pacer(started)
        for i, (offset_ms, event) in enumerate(events):
            pace.wait_until(offset_ms)
            emit_ms = int(time.time() * 1000)
            event = {**event, "ts": emit_ms}
            pipeline.submit(RawMessage(orjson.dumps(event), Position("bench", 0, i), emit_ms))
            if time.time() - last_poll >= 0.05:
                pipeline.poll()
                last_poll = time.time()
        emitted_s = time.time() - started
        deadline = time.time() + 5
        while time.time() < deadline:  # let the last batch land and the reader see it
            pipeline.poll()
            time.sleep(0.05)
        stop.set()
        thread.join(5)
        pipeline.join()
        with client.lock:
            total = raw.query(f"SELECT count() FROM {settings.database}.rule_matches FINAL").result_rows[0][0]
        latencies = [(seen[k] - event_ms[k]) / 1000 for k in seen]
        rules_stats = pipeline.call_rules.by_rule if pipeline.call_rules else {}
        print(f"embedded pipeline ({settings.redaction_engine} redaction), {len(events):,} events in "
              f"{emitted_s:.1f} s = {len(events) / emitted_s:,.0f} events/s (planned {args.rate:,.0f}; "
              f"emitter at most {pace.behind_max_s:.2f} s behind schedule)")  # fmt: skip
        print(f"matches: {sum(rules_stats.values())} by the stream, {total} rows in rule_matches, "
              f"{len(seen)} seen live on the board (the rest: call ended before a poll saw it)")  # fmt: skip
        print(f"by rule: {dict(sorted(rules_stats.items()))}")
        print(f"reader: {len(polls)} polls of live_calls, p50 {percentile(polls, 0.5) * 1000:.0f} ms, "
              f"p99 {percentile(polls, 0.99) * 1000:.0f} ms")  # fmt: skip
        print(f"emit -> visible in the live JSON: p50 {percentile(latencies, 0.5):.2f} s, "
              f"p90 {percentile(latencies, 0.9):.2f} s, p99 {percentile(latencies, 0.99):.2f} s, "
              f"max {max(latencies, default=float('nan')):.2f} s (n={len(latencies)})")  # fmt: skip
        raw.close()


if __name__ == "__main__":
    main()
