"""Chaos: SIGKILL the real `callpulse worker` at random moments while calls stream in, then check that
nothing was lost, nothing was counted twice, and every call's rows equal the embedded pipeline's.

    python bench/chaos_worker.py [--seed 7] [--kills 20] [--calls 120] [--bootstrap HOST:PORT]

Seeded: the calls, which events are sent twice (a producer's retry), how the stream is cut into
chunks and how long after a worker starts committing it is killed all come from ``--seed``. Without
``--bootstrap`` it starts its own Apache Kafka broker (``make kafka-jars`` first) and stops it at the
end. Each round starts a fresh worker process, sends the first tenth of the round's chunk of events
and waits until that worker has committed (it is consuming, not starting up), then streams the rest
of the chunk over ``--chunk-s`` seconds and kills the worker with SIGKILL at a random moment of
that, so every kill lands while events are arriving. After the last kill one worker
takes the rest of the stream and is stopped with SIGTERM (its drain time and exit code are printed).

Then, on the worker's warehouse: every distinct event is stored exactly once (``events FINAL``), no
event was dead-lettered, and ``calls``, ``turn_metrics`` and ``interruptions`` (FINAL, without the
write-time column ``updated_at``) equal, call by call and row for row, what the embedded pipeline
computes from the same events in a second database. Prints the kill count and
``0 lost, 0 double-counted, N of N calls equal to the embedded result``, or the differences (exit 1).
"""

from __future__ import annotations

import argparse
import os
import random
import signal
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson

REPO = Path(__file__).resolve().parents[1]
CALLPULSE = [sys.executable, "-m", "callpulse.cli"]
PARTITIONS = 4
WAIT_S = 180.0
DUPLICATE_SHARE = 0.02  # events a producer sends twice (a retry): exact duplicates, stored once
TABLES = {
    "calls": "* EXCEPT updated_at",  # when a row was written differs; what it says must not
    "turn_metrics": "*",
    "interruptions": "*",
}


@dataclass
class Outcome:
    kills: int = 0
    kills_mid_stream: int = 0
    sent: int = 0
    distinct: int = 0
    lost: int = 0
    double_counted: int = 0
    dead_lettered: int = 0
    calls: int = 0
    calls_equal: int = 0
    stop_s: float = 0.0
    stop_code: int | None = None
    differences: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return (
            not self.lost
            and not self.double_counted
            and not self.dead_lettered
            and self.calls_equal == self.calls > 0
            and self.stop_code == 0
        )


class Run:
    """One chaos run: a topic, a consumer group and a worker data dir of its own."""

    def __init__(self, bootstrap: str, root: Path, seed: int, insert_delay_ms: int) -> None:
        self.bootstrap = bootstrap
        self.root = root
        self.rng = random.Random(seed)
        name = uuid.UUID(int=random.Random(seed).getrandbits(128)).hex[:10] + uuid.uuid4().hex[:4]
        self.topic, self.group = f"chaos-{name}", f"chaos-group-{name}"
        self.data_dir = root / "worker"
        self.env = {k: v for k, v in os.environ.items() if not k.startswith("CALLPULSE_")}
        self.env.update(
            CALLPULSE_DATA_DIR=str(self.data_dir),
            CALLPULSE_KAFKA_BOOTSTRAP=bootstrap,
            CALLPULSE_KAFKA_TOPIC=self.topic,
            CALLPULSE_KAFKA_DLQ_TOPIC=f"{self.topic}-dlq",
            CALLPULSE_KAFKA_GROUP_ID=self.group,
            CALLPULSE_KAFKA_PARTITIONS=str(PARTITIONS),
            CALLPULSE_WORKER_METRICS_PORT="0",
            CALLPULSE_REDACTION_ENGINE="patterns",
            CALLPULSE_RAW_STORE="false",
            CALLPULSE_BATCH_MAX_AGE_MS="300",
            CALLPULSE_LIVE_UPDATE_INTERVAL_MS="1000",
            CALLPULSE_FAULT_INSERT_DELAY_MS=str(insert_delay_ms),
        )
        self.logs = root / "workers.log"

    def cli(self, *args: str) -> str:
        done = subprocess.run(
            [*CALLPULSE, *args], env=self.env, capture_output=True, text=True, timeout=300, check=False
        )
        if done.returncode != 0:
            raise RuntimeError(f"callpulse {' '.join(args)} failed: {done.stderr[-2000:]}")
        return done.stdout

    def start_worker(self) -> subprocess.Popen[bytes]:
        with self.logs.open("ab") as log:
            return subprocess.Popen(
                [*CALLPULSE, "worker"], env=self.env, stdout=log, stderr=subprocess.STDOUT, cwd=self.root
            )

    def progress(self) -> tuple[int, int]:
        from callpulse.kafka_cluster import group_progress

        return group_progress(self.bootstrap, self.group, self.topic)

    def tail(self) -> str:
        return self.logs.read_text(errors="replace")[-3000:] if self.logs.exists() else ""


def _events(calls: int, seed: int) -> list[dict[str, Any]]:
    from agent.simulator.library import generate_calls, interleave_events

    start_ms = time.time_ns() // 1_000_000 - 5 * 60_000
    return list(interleave_events(generate_calls(calls, seed=seed, start_ms=start_ms, window_ms=600_000)))


class _Sender(threading.Thread):
    """Sends events spread over about ``seconds`` (acks=all, keyed by call SID); ``sent`` counts the
    events handed to the producer so far."""

    def __init__(self, bootstrap: str, topic: str, events: list[dict[str, Any]], seconds: float) -> None:
        super().__init__(name="chaos-producer", daemon=True)
        self.bootstrap, self.topic, self.events, self.seconds = bootstrap, topic, events, seconds
        self.sent = 0
        self.start()

    def run(self) -> None:
        from kafka import KafkaProducer

        producer = KafkaProducer(bootstrap_servers=self.bootstrap, acks="all", linger_ms=5)
        pause = self.seconds / max(1, len(self.events))
        for event in self.events:
            producer.send(self.topic, key=event["call_sid"].encode(), value=orjson.dumps(event))
            self.sent += 1
            time.sleep(pause)
        producer.flush()
        producer.close()


def _wait(condition: Any, what: str, run: Run, worker: subprocess.Popen[bytes] | None = None) -> None:
    deadline = time.monotonic() + WAIT_S
    while not condition():
        if worker is not None and worker.poll() is not None:
            raise RuntimeError(
                f"worker exited with {worker.returncode} while waiting for {what}:\n{run.tail()}"
            )
        if time.monotonic() > deadline:
            raise RuntimeError(f"timed out waiting for {what}: {run.progress()}\n{run.tail()}")
        time.sleep(0.2)


def chaos(
    bootstrap: str, root: Path, *, seed: int, kills: int, calls: int, chunk_s: float, insert_delay_ms: int
) -> Outcome:
    run = Run(bootstrap, root, seed, insert_delay_ms)
    out = Outcome()
    events = _events(calls, seed)
    stream: list[dict[str, Any]] = []
    for event in events:
        stream.append(event)
        if run.rng.random() < DUPLICATE_SHARE:
            stream.append(event)
    out.sent, out.distinct, out.calls = len(stream), len(events), len({e["call_sid"] for e in events})
    run.cli("kafka", "topics")
    step = len(stream) / (kills + 1)  # chunks of about equal size, each cut moved by up to 30%
    cuts = [int((i + run.rng.uniform(-0.3, 0.3)) * step) for i in range(1, kills + 1)]
    chunks = [stream[a:b] for a, b in zip([0, *cuts], [*cuts, len(stream)], strict=True)]
    sent = 0
    for round_ in range(kills):
        chunk = chunks[round_]
        prime = max(1, len(chunk) // 10)
        committed_before = run.progress()[0]
        worker = run.start_worker()
        _Sender(bootstrap, run.topic, chunk[:prime], 0.0).join()  # the worker consumes once it commits
        _wait(lambda b=committed_before: run.progress()[0] > b, f"round {round_ + 1} to commit", run, worker)
        sender = _Sender(bootstrap, run.topic, chunk[prime:], chunk_s)  # the rest streams in ...
        time.sleep(run.rng.uniform(0.1, chunk_s))  # ... and the worker dies at a random moment of it
        done, _ = run.progress()
        at_kill = sent + prime + sender.sent
        worker.send_signal(signal.SIGKILL)
        worker.wait()
        sender.join()
        sent += len(chunk)
        out.kills += 1
        out.kills_mid_stream += done < at_kill
        print(
            f"kill {out.kills:>2}: SIGKILL with {done:,} of {at_kill:,} events sent so far committed",
            flush=True,
        )
    sender = _Sender(bootstrap, run.topic, chunks[-1], chunk_s)
    worker = run.start_worker()
    sender.join()
    _wait(
        lambda: run.progress()[0] >= len(stream) and run.progress()[1] >= len(stream), "the rest", run, worker
    )
    stopped = time.monotonic()
    worker.send_signal(signal.SIGTERM)
    out.stop_code = worker.wait(timeout=60)
    out.stop_s = time.monotonic() - stopped
    _check(run, events, out)
    return out


def _check(run: Run, events: list[dict[str, Any]], out: Outcome) -> None:
    """Compare the worker's warehouse with the embedded pipeline on the same events (this process
    opens the worker's chDB path, now that the worker is gone: one data path per process)."""
    from callpulse import compose
    from callpulse.settings import Settings
    from callpulse.warehouse import Migrator
    from ingest.clock import SystemClock
    from stream.messages import Position, RawMessage
    from stream.pipeline import Pipeline

    settings = Settings.model_validate(
        {k.removeprefix("CALLPULSE_").lower(): v for k, v in run.env.items() if k.startswith("CALLPULSE_")}
    )
    client = compose.open_warehouse(settings)
    db, ref = settings.database, "chaos_reference"
    Migrator(client, ref, f"{ref}_restricted", raw_ttl_days=7).apply()
    clock = SystemClock()
    pipeline = Pipeline(
        client, ref, clock, config=compose.pipeline_config(settings), redaction=compose.redaction(settings)
    )
    for offset, event in enumerate(events):
        pipeline.submit(RawMessage(orjson.dumps(event), Position("reference", 0, offset), clock.now_ms()))
    pipeline.poll()
    pipeline.join()

    columns: dict[str, tuple[str, ...]] = {}

    def rows(sql: str, table: str = "") -> list[tuple[Any, ...]]:
        result = client.query(sql)
        columns[table] = tuple(result.column_names)
        return [tuple(r) for r in result.result_rows]

    ids = {e["event_id"] for e in events}
    stored = rows(f"SELECT event_id, count() FROM {db}.events FINAL GROUP BY event_id")
    stored_ids = {event_id for event_id, _ in stored}
    out.lost = len(ids - stored_ids)
    out.double_counted = sum(n - 1 for _, n in stored) + len(stored_ids - ids)
    out.dead_lettered = rows(f"SELECT count() FROM {db}.dlq")[0][0]
    by_call: dict[str, list[str]] = defaultdict(list)
    for table, selected in TABLES.items():
        order = "call_sid" if table == "calls" else "call_sid, 2"
        mine = _per_call(rows(f"SELECT {selected} FROM {db}.{table} FINAL ORDER BY {order}", table))
        theirs = _per_call(rows(f"SELECT {selected} FROM {ref}.{table} FINAL ORDER BY {order}"))
        for sid in set(mine) | set(theirs):
            if mine.get(sid) != theirs.get(sid):
                by_call[sid].append(
                    f"{table}: {len(mine.get(sid, []))} rows from the worker, {len(theirs.get(sid, []))} embedded"
                    + _first_difference(mine.get(sid, []), theirs.get(sid, []), columns[table])
                )
    sids = {e["call_sid"] for e in events}
    out.calls_equal = len(sids - set(by_call))
    out.differences = [f"{sid}: {'; '.join(what)}" for sid, what in sorted(by_call.items())]
    if out.lost:
        out.differences.append(f"lost event ids (first 5): {sorted(ids - stored_ids)[:5]}")
    client.close()


def _per_call(table_rows: list[tuple[Any, ...]]) -> dict[str, list[tuple[Any, ...]]]:
    grouped: dict[str, list[tuple[Any, ...]]] = defaultdict(list)
    for row in table_rows:
        grouped[row[0]].append(row)
    return grouped


def _first_difference(
    mine: list[tuple[Any, ...]], theirs: list[tuple[Any, ...]], names: tuple[str, ...]
) -> str:
    """The columns of the first row that differs (names only: values may be transcript-derived)."""
    for a, b in zip(mine, theirs, strict=False):
        if a != b:
            cols = [names[i] for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y]
            return f" (first differing row: {', '.join(cols)})"
    return ""


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--kills", type=int, default=20)
    parser.add_argument("--calls", type=int, default=120)
    parser.add_argument(
        "--chunk-s",
        type=float,
        default=4.0,
        help="each round's events stream in over this; the kill lands in it",
    )
    parser.add_argument(
        "--insert-delay-ms",
        type=int,
        default=60,
        help="the worker waits this long before each table insert (a slow warehouse), so kills often land "
        "between the inserts of one batch; 0: as fast as it goes",
    )
    parser.add_argument("--bootstrap", help="use this Kafka broker instead of starting one")
    args = parser.parse_args()
    if args.kills < 1:
        parser.error("--kills must be at least 1")
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="callpulse-chaos-") as tmp:
        root = Path(tmp)
        broker = None
        bootstrap = args.bootstrap
        if bootstrap is None:
            from devstack import kafka_broker

            config = kafka_broker.BrokerConfig(
                port=kafka_broker.free_port(),
                controller_port=kafka_broker.free_port(),
                data_dir=root / "kafka",
                libs=kafka_broker.fetch_jars(),
            )
            broker = kafka_broker.start(config)
            kafka_broker.wait_until_ready(config, broker, timeout_s=120)
            bootstrap = config.bootstrap
        try:
            out = chaos(
                bootstrap, root, seed=args.seed, kills=args.kills, calls=args.calls, chunk_s=args.chunk_s,
                insert_delay_ms=args.insert_delay_ms,
            )  # fmt: skip
        finally:
            if broker is not None:
                from devstack import kafka_broker

                kafka_broker.stop(broker.pid, process=broker)
    print(
        f"seed {args.seed}: {out.kills} SIGKILLs ({out.kills_mid_stream} with sent events not yet "
        f"committed), {out.sent:,} events sent ({out.distinct:,} distinct, {out.sent - out.distinct:,} "
        f"sent twice), {out.calls} calls, {time.monotonic() - started:.0f} s"
    )
    print(f"last worker: SIGTERM -> exit {out.stop_code} in {out.stop_s:.1f} s")
    print(f"each insert delayed {args.insert_delay_ms} ms (CALLPULSE_FAULT_INSERT_DELAY_MS)")
    print(
        f"{out.lost} lost, {out.double_counted} double-counted, "
        f"{out.calls_equal} of {out.calls} calls equal to the embedded result"
    )
    if out.dead_lettered:
        print(f"{out.dead_lettered} events dead-lettered (expected none)")
    for line in out.differences[:50]:
        print("  " + line)
    return 0 if out.ok else 1


if __name__ == "__main__":
    sys.exit(main())
