"""Pipeline throughput: events/s through validate + call state + metrics + write, and write latency.

Run with ``make bench`` (pinned to one core with ``taskset`` when available). In the same run and
on the same events it measures, for comparison:

- ``clickhouse-jsoneachrow``: ClickHouse's own JSON ingestion of the raw events into a plain
  MergeTree table — what a user would do instead (load first, compute later in SQL). It validates
  nothing, computes no metric, and redacts nothing: it is the floor, not a competitor;
- ``callpulse + redaction``: the full chain with the production redactor (Presidio with the speech
  recognizer, NER batched over 64 events at a time), for the cost of redaction.

Figures are printed, never asserted.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

import orjson

from agent.simulator.library import generate_calls
from callpulse import compose as pii
from callpulse.compose import tune_gc_for_streaming
from callpulse.settings import Settings
from callpulse.warehouse import Migrator, connect
from ingest.clock import SystemClock
from stream.messages import Position, RawMessage
from stream.pipeline import Pipeline, Redaction
from stream.runner import run

REDACTED = 20_000  # events in the runs with redaction (NER is the slow part; 20k give a stable rate)
MIGRATIONS = Path(__file__).resolve().parents[1] / "deploy" / "clickhouse" / "migrations"
RAW_TABLE = """
CREATE TABLE IF NOT EXISTS {db}.raw_events (
    schema_version UInt8, event_id String, call_sid String, session_id String, seq UInt32,
    ts UInt64, type LowCardinality(String), workflow LowCardinality(String),
    agent String, flags String, data String
) ENGINE = MergeTree ORDER BY (call_sid, ts)
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=2_000)
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--repeat", type=int, default=3, help="runs per variant; the median is printed")
    args = parser.parse_args()

    start_ms = SystemClock().now_ms() - 2 * 3_600_000
    events = [e for call in generate_calls(args.calls, seed=args.seed, start_ms=start_ms) for e in call]
    events.sort(key=lambda e: (e["ts"], e["call_sid"], e["seq"]))
    values = [orjson.dumps(e) for e in events]
    del events
    tune_gc_for_streaming()
    print(f"{len(values):,} events from {args.calls:,} simulated calls")

    with tempfile.TemporaryDirectory() as tmp:
        client = connect(f"chdb://{tmp}/warehouse")
        bench_pipeline(client, values[:5_000], redact=False)  # warm-up: engine, lexicons, VADER
        print(f"{'run (median of ' + str(args.repeat) + ')':<26}{'events/s':>10}{'batches':>9}"
              f"{'write p50':>11}{'write p95':>11}{'write max':>11}")  # fmt: skip
        variants = {
            "callpulse (no redaction)": lambda: bench_pipeline(client, values, redact=False),
            "clickhouse-jsoneachrow": lambda: bench_raw_json(client, values),
            "callpulse + redaction": lambda: bench_pipeline(client, values[:REDACTED], redact=True),
            "  same, one at a time": lambda: bench_pipeline(
                client, values[:REDACTED], redact=True, redact_batch=1
            ),
        }
        for name, variant in variants.items():
            runs = sorted((variant() for _ in range(args.repeat)), key=lambda r: r[0])
            _row(name, *runs[len(runs) // 2])


def _redaction() -> Redaction:
    settings = Settings(redaction_engine="presidio")
    redactor = pii.redactor(settings)  # built once per process (spaCy load), so empty its text cache:
    getattr(redactor, "_cache", {}).clear()  # each run starts cold, as a fresh worker would
    return Redaction(redactor, pii.tokenizer(settings))


def _fresh_databases(client: Any) -> str:
    database = f"bench_{uuid.uuid4().hex[:8]}"
    Migrator(client, database, f"{database}_restricted", 7, MIGRATIONS).apply()
    return database


def bench_pipeline(
    client: Any, values: list[bytes], *, redact: bool, redact_batch: int = 64
) -> tuple[float, list[float]]:
    database = _fresh_databases(client)
    clock = SystemClock()
    pipeline = Pipeline(client, database, clock, redaction=_redaction() if redact else None)
    if pipeline.redact is not None:
        pipeline.redact._batch_size = redact_batch  # the one knob this comparison turns
    now_ms = clock.now_ms()
    messages = (RawMessage(v, Position("bench", 0, i), now_ms) for i, v in enumerate(values))
    started = time.perf_counter()
    run(pipeline, messages)
    elapsed = time.perf_counter() - started
    history = pipeline.writer.history
    return len(values) / elapsed, [float(s.write_ms) for s in history]


def bench_raw_json(client: Any, values: list[bytes], batch: int = 20_000) -> tuple[float, list[float]]:
    database = _fresh_databases(client)
    client.command(RAW_TABLE.format(db=database))
    write_ms: list[float] = []
    started = time.perf_counter()
    for i in range(0, len(values), batch):
        block = b"\n".join(values[i : i + batch])
        t0 = time.perf_counter()
        client.raw_insert(f"{database}.raw_events", insert_block=block, fmt="JSONEachRow")
        write_ms.append((time.perf_counter() - t0) * 1000)
    elapsed = time.perf_counter() - started
    return len(values) / elapsed, write_ms


def _row(name: str, rate: float, write_ms: list[float]) -> None:
    write_ms = write_ms or [0.0]
    p95 = statistics.quantiles(write_ms, n=20, method="inclusive")[-1] if len(write_ms) > 1 else write_ms[0]
    print(
        f"{name:<26}{rate:>10,.0f}{len(write_ms):>9}{statistics.median(write_ms):>9.1f}ms"
        f"{p95:>9.1f}ms{max(write_ms):>9.1f}ms"
    )


if __name__ == "__main__":
    main()
