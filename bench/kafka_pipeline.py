"""The production path's speed: Kafka -> faust worker -> steps -> ClickHouse (embedded chDB).

Starts its own Apache Kafka broker (``make kafka-jars`` first) and stops it at the end. In one run:

1. throughput of one faust worker (events/s, first event received -> last event's rows stored),
   without redaction and with the configured (production) redactor;
2. the same without faust: a bare aiokafka consumer feeding the worker's own chain (built by the same
   ``compose.worker``, fed by the same ``Feeder``) with the same commit-after-write rule
   (``bench/kafka_bare.py``), so the difference is what faust costs; faust and bare runs alternate
   (``--rounds``) and the ratio of the medians is printed, in events/s and in CPU per event;
3. freshness at a steady 1,000 events/s sent by the real ``KafkaEmitter`` (in a process of its own,
   ``bench/freshness_emitter.py``, as an agent would be; ``--emitter-in-process`` for beside the worker): for every 10th event,
   from the moment ``emit()`` returned to the moment ``SELECT ... FROM events FINAL`` returns it,
   polled every 100 ms on the worker's own warehouse (as a dashboard would query it).

The worker runs on a thread of this process (``devstack.threaded_worker``) so that the benchmark can
read its warehouse while it writes (chDB allows one data path per process). Figures are printed,
never asserted; the machine's other load shows in them (``os.getloadavg`` is printed).
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kafka_bare import BareConsumer
from kafka_freshness import Freshness, StageTrace, Watch, measure_freshness, measure_freshness_apart
from pipeline import goal, load_note
from pydantic import TypeAdapter
from worker_stack import produce

from agent.simulator.library import generate_calls, interleave_events
from callpulse.compose import tune_gc_for_streaming, worker_builder
from callpulse.kafka_cluster import create_topics
from callpulse.settings import Settings
from callpulse.warehouse import Migrator, connect
from devstack import kafka_broker
from devstack.threaded_worker import ThreadedWorker
from ingest.contract.models import TurnEvent
from ingest.emit.kafka import KafkaEmitter
from stream.warehouse import Warehouse

PARTITIONS = 6


def _events(calls: int, seed: int) -> list[dict[str, Any]]:
    start_ms = time.time_ns() // 1_000_000 - 2 * 3_600_000
    return list(interleave_events(generate_calls(calls, seed=seed, start_ms=start_ms)))


def _settings(root: Path, bootstrap: str, topic: str, database: str) -> Settings:
    return Settings(
        data_dir=root,
        kafka_bootstrap=bootstrap,
        kafka_topic=topic,
        kafka_dlq_topic=f"{topic}-dlq",
        kafka_partitions=PARTITIONS,
        database=database,
        restricted_database=f"{database}_r",
        raw_store=False,
        worker_metrics_port=0,
    )


def _database(client: Warehouse) -> str:
    name = f"bench_{uuid.uuid4().hex[:8]}"
    Migrator(client, name, f"{name}_r", raw_ttl_days=7).apply()
    return name


@dataclass(frozen=True, slots=True)
class Rate:
    """One consumer's run over ``events``: wall seconds and this process's CPU seconds (every thread:
    the event loop, the pipeline thread, the Kafka client's), from the first event received to the last
    one's rows stored."""

    events: int
    seconds: float
    cpu_s: float

    @property
    def per_s(self) -> float:
        return self.events / self.seconds

    @property
    def cpu_per_10k(self) -> float:
        return self.cpu_s / self.events * 10_000

    def __str__(self) -> str:
        return f"{self.per_s:8,.0f} events/s, {self.cpu_per_10k:5.2f} CPU-s per 10k events"


def _faust_rate(settings: Settings, client: Warehouse, expected: int, *, redact: bool) -> Rate:
    settings = settings.model_copy(
        update={"kafka_group_id": f"bench-{uuid.uuid4().hex[:6]}"}
    )  # from the start
    worker = ThreadedWorker(worker_builder(settings, client, redact=redact), "bench")
    assert worker.parts is not None
    tps = [(settings.kafka_topic, p) for p in range(PARTITIONS)]
    stats, ledger = worker.parts.pipeline.call_state.stats, worker.parts.ledger
    while stats.events == 0 and stats.duplicates == 0:
        time.sleep(0.002)
    first, cpu = time.monotonic(), time.process_time()
    while sum(ledger.written(tp) or 0 for tp in tps) < expected:
        time.sleep(0.01)
    done, cpu = time.monotonic(), time.process_time() - cpu
    worker.stop()
    return Rate(expected, done - first, cpu)


def _bare_rate(settings: Settings, client: Warehouse, expected: int) -> Rate:
    consumer = BareConsumer(settings, client, redact=False)
    (first, cpu_first), (done, cpu_done) = consumer.run(f"bare-{uuid.uuid4().hex[:6]}", expected)
    return Rate(expected, done - first, cpu_done - cpu_first)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=1_200, help="calls in the throughput runs")
    parser.add_argument(
        "--rounds", type=int, default=2, help="faust / bare pairs, alternated (the machine's load drifts)"
    )
    parser.add_argument("--redacted-events", type=int, default=15_000)
    parser.add_argument("--rate", type=int, default=1_000, help="events/s in the freshness run")
    parser.add_argument("--seconds", type=float, default=20.0, help="length of each freshness run")
    parser.add_argument(
        "--freshness-engines",
        default="presidio,patterns",
        help="redaction engines of the freshness runs ('' for none)",
    )
    parser.add_argument(
        "--freshness-only", action="store_true", help="skip the throughput rounds (freshness runs only)"
    )
    parser.add_argument(
        "--emitter-in-process",
        action="store_true",
        help="send the freshness run's events from this process, beside the worker (before 2026-12-04 "
        "the only way; by default bench/freshness_emitter.py sends them from a process of its own, as an "
        "agent would, so the emitter's CPU and GIL time are not the worker's)",
    )
    args = parser.parse_args()

    root = Path(tempfile.mkdtemp(prefix="callpulse-kafka-bench-"))
    config = kafka_broker.BrokerConfig(
        port=kafka_broker.free_port(), controller_port=kafka_broker.free_port(), data_dir=root / "kafka"
    )
    kafka_broker.fetch_jars(config.libs)
    broker = kafka_broker.start(config)
    try:
        kafka_broker.wait_until_ready(config, broker, timeout_s=120)
        client = connect(f"chdb://{root / 'warehouse'}")
        tune_gc_for_streaming()
        _run(args, root, config.bootstrap, client)
    finally:
        kafka_broker.stop(broker.pid, process=broker)


def _run(args: argparse.Namespace, root: Path, bootstrap: str, client: Warehouse) -> None:
    events = _events(args.calls, seed=11)
    redacted = events[: args.redacted_events]
    topics = {"plain": f"bench-{uuid.uuid4().hex[:6]}", "redacted": f"bench-r-{uuid.uuid4().hex[:6]}"}
    for name, topic in topics.items():
        create_topics(_settings(root, bootstrap, topic, "unused"))
        produce(bootstrap, topic, events if name == "plain" else redacted)
    print(
        f"kafka {kafka_broker.KAFKA_VERSION}, {PARTITIONS} partitions, load average {os.getloadavg()[0]:.1f}"
    )
    if args.freshness_only:
        for engine in filter(None, args.freshness_engines.split(",")):
            _freshness(args, root, bootstrap, client, engine)
        return
    print(f"throughput ({len(events):,} events pre-produced; first event received -> last rows stored):")

    faust: list[Rate] = []
    bare: list[Rate] = []
    for round_ in range(1, args.rounds + 1):
        settings = _settings(root, bootstrap, topics["plain"], _database(client))
        faust.append(_faust_rate(settings, client, len(events), redact=False))
        print(f"  round {round_}: faust worker, no redaction:           {faust[-1]}")
        settings = _settings(root, bootstrap, topics["plain"], _database(client))
        bare.append(_bare_rate(settings, client, len(events)))
        print(f"  round {round_}: bare aiokafka consumer, no redaction: {bare[-1]}")
    f_rate, b_rate = (statistics.median(r.per_s for r in rates) for rates in (faust, bare))
    f_cpu, b_cpu = (statistics.median(r.cpu_per_10k for r in rates) for rates in (faust, bare))
    print(
        f"  faust / bare (medians of {args.rounds}): bare is {b_rate / f_rate:.2f}x faster; faust costs "
        f"{f_cpu / b_cpu:.2f}x the CPU per event (goal: within 1.5x); load average {os.getloadavg()[0]:.1f}"
    )
    goal(
        "Kafka: the faust worker within 1.5x of a bare aiokafka consumer, same events (CPU per event)",
        f"faust {f_cpu:.2f} CPU-s per 10k events ({f_rate:,.0f} events/s)",
        f"bare aiokafka {b_cpu:.2f} CPU-s per 10k events ({b_rate:,.0f} events/s)",
        f_cpu / b_cpu,
        f_cpu / b_cpu <= 1.5,
        f"medians of {args.rounds} alternated rounds, {len(events):,} events each; wall-clock ratio "
        f"(bare / faust events/s) {b_rate / f_rate:.2f}x",
    )
    if args.redacted_events:
        settings = _settings(root, bootstrap, topics["redacted"], _database(client))
        rate = _faust_rate(settings, client, len(redacted), redact=True)
        engine = settings.redaction_engine
        print(f"  faust worker, redaction ({engine}):  {rate} ({len(redacted):,} events)")

    fresh = {
        engine: _freshness(args, root, bootstrap, client, engine)
        for engine in filter(None, args.freshness_engines.split(","))
    }
    if "presidio" in fresh:
        p99 = fresh["presidio"].percentile(0.99)
        reference = fresh["patterns"].percentile(0.99) if "patterns" in fresh else None
        goal(
            f"freshness at {args.rate:,} events/s, default redaction, one worker: p99 <= 1 s",
            "no event seen" if p99 is None else f"p99 {p99:,.0f} ms",
            "not run" if reference is None else f"pattern redaction p99 {reference:,.0f} ms",
            (p99 / reference) if p99 is not None and reference else float("nan"),
            p99 is not None and p99 <= 1_000 and not fresh["presidio"].unseen,
            "emit() -> visible to SELECT ... FINAL, every 10th event, polled every 100 ms (an upper "
            f"bound); {load_note('after it')}",
        )


def _freshness(
    args: argparse.Namespace, root: Path, bootstrap: str, client: Warehouse, engine: str
) -> Freshness:
    topic = f"fresh-{uuid.uuid4().hex[:6]}"
    settings = _settings(root, bootstrap, topic, _database(client)).model_copy(
        update={"redaction_engine": engine}
    )
    create_topics(settings)
    adapter: TypeAdapter[TurnEvent] = TypeAdapter(TurnEvent)
    steady = [adapter.validate_python(e) for e in _events(1_000, seed=12)[: int(args.rate * args.seconds)]]
    worker = ThreadedWorker(worker_builder(settings, client), "fresh")
    trace = StageTrace()
    trace.attach(worker.parts)
    watch = Watch(client, settings.database, trace=trace)
    load = os.getloadavg()[0]
    try:
        if args.emitter_in_process:
            emitter = KafkaEmitter(bootstrap_servers=bootstrap, topic=topic, buffer_size=len(steady) + 1)
            try:
                result = measure_freshness(emitter, steady, watch, rate=args.rate)
            finally:
                emitter.close(30)
        else:
            result = measure_freshness_apart(bootstrap, topic, steady, watch, rate=args.rate)
    finally:
        worker.stop()
    print(
        f"freshness at {args.rate:,} events/s for {args.seconds:.0f} s, {engine} redaction "
        f"(emit() -> visible to SELECT ... FINAL; every 10th event; polled every 100 ms; emitter "
        f"{'in this process' if args.emitter_in_process else 'in a process of its own'}; "
        f"load average {load:.1f} -> {os.getloadavg()[0]:.1f}):"
    )
    print(f"  {result}")
    for line in trace.report():
        print(f"  {line}")
    writer = worker.parts.pipeline.writer if worker.parts else None
    if writer is not None and writer.history:
        write_ms = sorted(b.write_ms for b in writer.history)
        print(
            f"  batches written: {writer.batches}, write time p50 {statistics.median(write_ms):.0f} ms, "
            f"max {write_ms[-1]:.0f} ms"
        )
    return result


if __name__ == "__main__":
    main()
