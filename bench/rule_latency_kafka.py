"""How soon a per-call rule's match is on the wallboard through Kafka: event produced -> match in
``GET /api/v1/live``'s query, with one ``callpulse worker`` process.

The production path on one machine, every part started by this bench and stopped at its end: Apache
Kafka (KRaft, one broker, from the Maven jars: ``make kafka-jars``), ``callpulse warehouse serve`` (chDB
behind ClickHouse's HTTP interface, so the bench can read what the worker writes) and ONE ``callpulse
worker`` process (the real faust worker, production settings: the default redactor unless
``CALLPULSE_REDACTION_ENGINE`` says otherwise, the default rule file, batches flushed after
``CALLPULSE_BATCH_MAX_AGE_MS``, the live update every ``CALLPULSE_LIVE_UPDATE_INTERVAL_MS``).

The same simulated calls as ``bench/rule_latency.py`` (whole calls at their own pace, a 120-s ramp that
is sent but not measured, then ``--rate`` events/s for ``--seconds``), each event's ``ts`` set when it is
handed to the real ``KafkaEmitter`` (keyed by call SID, 6 partitions) by one of ``--producers`` processes
(``bench/rule_latency_producer.py``, 2 by default, each with whole calls: the agents' side, apart from
the bench's reader). Before, one emitter in the bench's own process sent ~577 events/s on average at
``--rate 1000`` (the plan ramped up over the run) and printed it; now each producer's schedule, its CPU
and the measured window's rate are printed. A reader
thread asks for what ``GET /api/v1/live`` answers through the warehouse server (the route's
``SharedBoard``: a board read of the last 0.5 s, shared with the wallboard's stream, as in one API
process; before 2026-12-06 it ran ``live_calls`` itself on every poll) every ``--poll-ms`` and notes when
each (call, rule) first shows up in a live call's ``matches``.
Latency = first seen - the match's event time (the triggering event's ``ts``; for silence and handle
time, the moment the limit was crossed). Split in two with the row's ``matched_at`` (the worker's clock,
the same machine's): event -> the worker's rule step found it (Kafka, consume, decode, redaction), and
found -> seen (the batch's age, the write, the reader's poll).

The reader also notes when each match is first queryable in ``rule_matches`` (any call, live or not):
found -> queryable is the batch's age and the write; queryable -> on the board is the live route's
own limit (it lists the ``MAX_LIVE`` most recently active live calls, then sorts those by risk).

Matches of calls that ended before a poll saw them are "not seen live" (they are in ``rule_matches``,
but the board lists live calls only). Figures are printed, never asserted.

    .venv/bin/python bench/rule_latency_kafka.py                     # 1,000 events/s, 120 s after a 120-s ramp
    .venv/bin/python bench/rule_latency_kafka.py --rate 200 --seconds 30 --ramp 30
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import zlib
from pathlib import Path
from typing import Any

import orjson
from pydantic import TypeAdapter
from rule_latency import (
    Plan,
    Wallboard,
    add_load_options,
    latency_goals,
    per_second_peak,
    percentile,
    planned,
)
from scale_out import _free_ports
from worker_stack import (
    LocalServices,
    children,
    cpu_s,
    local_services,
    wait_for_warehouse,
    worker_counter,
    worker_histogram,
)

from agent.simulator.library import generate_calls, interleave_events
from api.pages import live_api
from api.store.live import live_calls
from callpulse import compose
from callpulse.kafka_cluster import create_topics
from callpulse.settings import Settings
from devstack import kafka_broker
from devstack.stack.processes import spawn, stop
from ingest.contract.models import TurnEvent
from ingest.emit.kafka import KafkaEmitter

PARTITIONS = 6
TOPIC = "rule-latency"
METRICS_TIMEOUT_S = 5.0  # how long one read of the worker's /metrics may wait (scale_out.py: 2 s)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    add_load_options(parser, "produce")
    parser.add_argument(
        "--board-limit", type=int, default=None,
        help="pass this limit to live_calls instead of the route's MAX_LIVE (what-if; not the route)",
    )  # fmt: skip
    parser.add_argument(
        "--producers", type=int, default=2,
        help="producer processes, each sending whole calls (default 2: the agents' side, apart from the reader)",
    )  # fmt: skip
    parser.add_argument(
        "--worker-processes", type=int, default=1,
        help="`callpulse worker --processes N` (default 1: one worker, as the goal's figures so far)",
    )  # fmt: skip
    parser.add_argument("--keep", action="store_true", help="keep the temporary directory (logs, data)")
    args = parser.parse_args()

    root = Path(tempfile.mkdtemp(prefix="callpulse-rule-latency-kafka-"))
    try:
        with local_services(root) as services:
            settings = Settings(
                _env_file=None, kafka_bootstrap=services.bootstrap, kafka_topic=TOPIC,
                kafka_dlq_topic=f"{TOPIC}.dlq", kafka_partitions=PARTITIONS,
            )  # type: ignore[call-arg]  # fmt: skip
            create_topics(settings)
            wait_for_warehouse(services.dsn)  # the warehouse server answers before the worker connects to it
            metrics_port = _free_ports(args.worker_processes)  # one /metrics port per worker process
            env = {
                **os.environ,
                "CALLPULSE_DATA_DIR": str(root / "worker"),
                "CALLPULSE_KAFKA_BOOTSTRAP": services.bootstrap,
                "CALLPULSE_KAFKA_TOPIC": TOPIC,
                "CALLPULSE_KAFKA_DLQ_TOPIC": f"{TOPIC}.dlq",
                "CALLPULSE_KAFKA_PARTITIONS": str(PARTITIONS),
                "CALLPULSE_KAFKA_GROUP_ID": "rule-latency",
                "CALLPULSE_WAREHOUSE_DSN": services.dsn,
                "CALLPULSE_WORKER_METRICS_PORT": str(metrics_port),
            }
            worker = spawn(
                [sys.executable, "-m", "callpulse.cli", "worker", "--processes", str(args.worker_processes)],
                env,
                root / "worker.log",
                Path.cwd(),
            )
            try:
                ports = [metrics_port + index for index in range(args.worker_processes)]
                run(args, root, services, ports, worker, settings.database)
            finally:
                stop(worker.pid, 40)
    finally:
        if args.keep:
            print(f"kept {root}")
        else:
            shutil.rmtree(root, ignore_errors=True)


def run(
    args: argparse.Namespace,
    root: Path,
    services: LocalServices,
    port: list[int],
    worker: Any,
    database: str,
) -> None:
    bootstrap, dsn = services.bootstrap, services.dsn
    load_start = os.getloadavg()
    adapter: TypeAdapter[TurnEvent] = TypeAdapter(TurnEvent)
    plan = planned(args.rate, args.seconds, args.seed, args.ramp)
    sids = {event["call_sid"] for _, event in plan.events}
    producers = _start_producers(plan, args.producers, root, bootstrap)
    emitter = KafkaEmitter(bootstrap_servers=bootstrap, topic=TOPIC, client_id="rule-latency-warm-up")
    try:
        _warm_up(emitter, adapter, port, worker, root, args.seed)
    finally:
        emitter.close(30)
    reader_client = wait_for_warehouse(dsn)
    seen: dict[tuple[str, str], tuple[float, int, int]] = {}  # -> (seen ms, event ms, matched ms)
    stored: dict[tuple[str, str], float] = {}  # -> first time in rule_matches (any call, live or not)
    polls: list[float] = []
    limit = {} if args.board_limit is None else {"limit": args.board_limit}
    stop_reading = threading.Event()

    def reader() -> None:
        while not stop_reading.is_set():
            began = time.time()
            # what GET /api/v1/live answers now (the route's shared read, also the wallboard stream's);
            # the --board-limit what-if reads live_calls itself
            board = (
                live_calls(reader_client, database, int(began * 1000), **limit)
                if limit
                else wallboard.shared().calls
            )
            for call in board:
                if call.call_sid not in sids:
                    continue  # the warm-up's calls
                for m in call.matches:
                    key = (call.call_sid, m.rule)
                    if key not in seen:
                        seen[key] = (time.time() * 1000, m.event_ms, m.matched_ms)
            for sid, rule in reader_client.query(
                f"SELECT call_sid, rule FROM {database}.rule_matches "
                "WHERE matched_at >= fromUnixTimestamp64Milli({since:Int64}, 'UTC')",
                parameters={"since": int(began * 1000) - 120_000},
            ).result_rows:
                if (sid, rule) not in stored and sid in sids:
                    stored[(sid, rule)] = time.time() * 1000
            polls.append(time.time() - began)
            stop_reading.wait(max(0.0, args.poll_ms / 1000 - (time.time() - began)))

    samples: list[tuple[float, float]] = []  # (time, consumed), every second

    def sampler() -> None:
        while not stop_reading.is_set():
            samples.append((time.time(), _consumed(port)))
            stop_reading.wait(1.0)

    api_settings = Settings(_env_file=None, data_dir=root / "api")  # type: ignore[call-arg]
    wallboard = Wallboard(
        compose.api_context(api_settings, client=wait_for_warehouse(dsn)), args.wallboard_watch_ms / 1000
    )
    thread = threading.Thread(target=reader, daemon=True)
    counting = threading.Thread(target=sampler, daemon=True)
    consumed_start = _consumed(port)
    cpu_start = _cpu(services, worker.pid)
    started = time.time() + 1.0
    for producer in producers:
        assert producer.stdin is not None
        producer.stdin.write(f"go {started}\n".encode())
        producer.stdin.flush()
    thread.start()
    wallboard.start()
    counting.start()
    window_start = started + plan.ramp_ms / 1000
    window_end = window_start + args.seconds
    time.sleep(max(0.0, window_end - time.time()))
    consumed_at_end = _consumed(port) - consumed_start
    reports = [_report(producer) for producer in producers]
    deadline = time.time() + 10  # let the last batches land and the reader see them
    while time.time() < deadline and _consumed(port) - consumed_start < len(plan.events):
        time.sleep(0.2)
    time.sleep(3)
    drained_s = time.time() - started
    cpu = {name: used - cpu_start.get(name, 0.0) for name, used in _cpu(services, worker.pid).items()}
    stop_reading.set()
    thread.join(10)
    wallboard.stop()
    counting.join(5)
    consumed = _consumed(port) - consumed_start
    load_end = os.getloadavg()

    client = wait_for_warehouse(dsn)
    by_rule = dict(
        client.query(
            f"SELECT rule, count() FROM {database}.rule_matches FINAL "
            "WHERE call_sid IN {sids:Array(String)} GROUP BY rule ORDER BY rule",
            parameters={"sids": sorted(sids)},
        ).result_rows
    )
    total = sum(by_rule.values())
    window_ms = window_start * 1000
    end_ms = window_end * 1000  # silences found after the producers stopped are not measured
    measured = {k: v for k, v in seen.items() if window_ms <= v[1] < end_ms}
    latencies = [(s - e) / 1000 for s, e, _ in measured.values()]
    to_found = [(m - e) / 1000 for _, e, m in measured.values()]
    found_to_seen = [(s - m) / 1000 for s, _, m in measured.values()]
    in_table = [(stored[k] - e) / 1000 for k, (_, e, _) in measured.items() if k in stored]
    written = [(stored[k] - m) / 1000 for k, (_, _, m) in measured.items() if k in stored]
    writes = _histogram(port, "write_seconds")
    lag = _histogram(port, "event_to_write_lag_seconds")

    sent = sorted(t / 1000 for report in reports for t in report["sent_ms"])
    in_window = [t for t in sent if window_start <= t]
    produced_s = (sent[-1] - started) if sent else float("nan")
    window_consumed = _consumed_between(samples, window_start, window_end)

    def pct(values: list[float]) -> str:
        return (
            f"p50 {percentile(values, 0.5):.2f} s, p95 {percentile(values, 0.95):.2f} s, "
            f"p99 {percentile(values, 0.99):.2f} s, max {max(values, default=float('nan')):.2f} s"
        )

    print(f"kafka {kafka_broker.KAFKA_VERSION}, {PARTITIONS} partitions, {args.worker_processes} `callpulse worker` process(es) "
          f"({os.environ.get('CALLPULSE_REDACTION_ENGINE', 'presidio (default)')} redaction, default rules), "
          f"`callpulse warehouse serve`, {args.producers} producer processes; {os.cpu_count()} cores")  # fmt: skip
    print(f"load average at start {load_start[0]:.2f} / {load_start[1]:.2f} / {load_start[2]:.2f}, "
          f"at end {load_end[0]:.2f} / {load_end[1]:.2f} / {load_end[2]:.2f} (1 / 5 / 15 min)")  # fmt: skip
    print(f"produced {len(sent):,} events in {produced_s:.1f} s: a {plan.ramp_ms / 1000:.0f}-s ramp (not measured), "
          f"then {len(in_window):,} in the {args.seconds:.0f}-s measured window = "
          f"{len(in_window) / args.seconds:,.0f} events/s (planned {plan.window_rate:,.0f}/s for --rate "
          f"{args.rate:,.0f}; busiest 10 s {per_second_peak(in_window):,.0f}/s)")  # fmt: skip
    print("producers: " + "; ".join(
        f"{len(r['sent_ms']):,} events, at most {r['behind_max_s']:.2f} s behind schedule, "
        f"{r['cpu_s']:.0f} CPU-s sending ({r['cpu_s'] / max(produced_s, 1e-9):.0%} of a core), "
        f"delivered {r['delivered']:,}, dropped {r['dropped']}, failed {r['failed']}" for r in reports
    ))  # fmt: skip
    print(f"consumed by the worker: {window_consumed:,.0f} events/s in the measured window; "
          f"{consumed_at_end:,.0f} of {len(plan.events):,} by its end; {consumed:,.0f} after "
          f"{drained_s:.1f} s")  # fmt: skip
    print(f"worker: {writes[1]:,.0f} batches written, mean write {writes[0] / max(writes[1], 1) * 1000:.0f} ms; "
          f"mean event -> written lag {lag[0] / max(lag[1], 1):.2f} s")  # fmt: skip
    print(f"matches: {total} rows in rule_matches, {len(seen)} seen live on the board ({len(measured)} of "
          f"events in the measured window), {total - len(seen)} not seen live (the call ended before a poll "
          f"saw it, or still in flight)"
          + (f"; {len(plan.events) - consumed:,.0f} events not consumed by the end: their matches are in neither"
             if consumed < len(plan.events) else ""))  # fmt: skip
    print(f"by rule: {by_rule}")
    if args.board_limit is not None:
        print(f"WHAT-IF: live_calls read with limit={args.board_limit}, not the route's MAX_LIVE")
    print(_cpu_line(cpu, reports, drained_s + 1.0, consumed))
    print(f"reader: {len(polls)} polls (the live board, {wallboard.shared.reads} shared reads of it; then the new rule_matches rows) every {args.poll_ms} ms, "
          f"p50 {percentile(polls, 0.5) * 1000:.0f} ms, p99 {percentile(polls, 0.99) * 1000:.0f} ms")  # fmt: skip
    print(f"event -> found by the worker's rule step: {pct(to_found)}")
    print(f"found -> seen in the live JSON:           {pct(found_to_seen)}")
    print(
        f"found -> queryable in rule_matches:       {pct(written)} (same matches; the batch age and the write)"
    )
    print(f"event -> queryable in rule_matches:       {pct(in_table)} (same matches)")
    print(f"event -> visible in the live JSON:         {pct(latencies)} (n={len(latencies)})")
    pushed = wallboard.latencies(window_ms, end_ms)
    print(f"event -> pushed to the wallboard:          {pct(pushed)} (n={len(pushed)}; the stream reads the "
          f"board every {live_api.STREAM_INTERVAL_S:g} s, watches new matches every {args.wallboard_watch_ms} ms; "
          f"{wallboard.boards} boards pushed)")  # fmt: skip
    for low in range(0, int(args.seconds), 30):  # whether a backlog built up
        part = [(s - e) / 1000 for s, e, _ in measured.values() if low <= e / 1000 - window_start < low + 30]
        if part:
            print(f"  events {low}-{low + 30} s into the window: p50 {percentile(part, 0.5):.2f} s, "
                  f"p99 {percentile(part, 0.99):.2f} s (n={len(part)})")  # fmt: skip
    latency_goals(
        f" through Kafka at {args.rate:,.0f} events/s, {args.worker_processes} worker process(es)",
        latencies,
        pushed,
        f"produced {len(in_window) / args.seconds:,.0f} events/s in the measured window, "
        f"{per_second_peak(in_window):,.0f} in its busiest 10 s (consumed {window_consumed:,.0f}/s)",
        args.wallboard_watch_ms,
        (load_start, load_end),
    )


def _cpu(services: LocalServices, worker_pid: int) -> dict[str, float]:
    """CPU seconds used so far: the worker (the parent and the processes it started), the warehouse
    server, the broker, and this process (the reader, the wallboard's stream, the sampler)."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    return {
        "worker": cpu_s(worker_pid) + sum(cpu_s(pid) for pid in children(worker_pid)),
        **{name: cpu_s(pid) for name, pid in services.pids.items()},
        "reader": own.ru_utime + own.ru_stime,
    }


def _cpu_line(cpu: dict[str, float], reports: list[dict[str, Any]], seconds: float, consumed: float) -> str:
    """Where the machine's CPU went from the first event to the drain: whether the rig saturates it."""
    sending = sum(r["cpu_s"] for r in reports)
    total = sum(cpu.values()) + sending
    cores = os.cpu_count() or 1
    parts = ", ".join(f"{name} {used:,.0f}" for name, used in cpu.items())
    return (
        f"CPU-s from the first event to the drain ({seconds:.0f} s on {cores} cores = {seconds * cores:,.0f} "
        f"CPU-s): {parts}, producers {sending:,.0f}; together {total:,.0f} = {total / (seconds * cores):.0%} of "
        f"the machine; the worker {cpu['worker'] / max(consumed, 1) * 10_000:.2f} CPU-s per 10k events "
        f"({cpu['worker'] / seconds:.0%} of a core)"
    )


def _start_producers(plan: Plan, count: int, root: Path, bootstrap: str) -> list[subprocess.Popen[bytes]]:
    """``count`` producer processes, each with the whole calls whose SID hashes to it; ready to go."""
    shares: list[list[bytes]] = [[] for _ in range(count)]
    for offset_ms, event in plan.events:
        shares[zlib.crc32(event["call_sid"].encode()) % count].append(orjson.dumps([offset_ms, event]))
    producers = []
    for index, share in enumerate(shares):
        path = root / f"producer-{index}.jsonl"
        path.write_bytes(b"\n".join(share) + b"\n")
        producers.append(
            subprocess.Popen(
                [sys.executable, str(Path(__file__).with_name("rule_latency_producer.py")),
                 "--bootstrap", bootstrap, "--topic", TOPIC, "--events", str(path),
                 "--client-id", f"rule-latency-producer-{index}"],
                stdin=subprocess.PIPE, stdout=subprocess.PIPE,
            )
        )  # fmt: skip
    for producer in producers:
        assert producer.stdout is not None
        if producer.stdout.readline().strip() != b"ready":
            raise SystemExit("a producer did not start")
    return producers


def _report(producer: subprocess.Popen[bytes]) -> dict[str, Any]:
    """A producer's last line, once it has sent, flushed and closed."""
    out, _ = producer.communicate(timeout=600)
    return dict(orjson.loads(out.splitlines()[-1]))


def _consumed_between(samples: list[tuple[float, float]], start: float, end: float) -> float:
    """Events/s the worker consumed between two wall times, from the once-a-second samples."""
    inside = [(t, c) for t, c in samples if start <= t <= end]
    if len(inside) < 2:
        return float("nan")
    return (inside[-1][1] - inside[0][1]) / (inside[-1][0] - inside[0][0])


def _warm_up(
    emitter: KafkaEmitter,
    adapter: TypeAdapter[TurnEvent],
    port: list[int],
    worker: Any,
    root: Path,
    seed: int,
) -> None:
    """Events of other calls until the worker consumed one: it is up, has its partitions and its tables."""
    now_ms = int(time.time() * 1000)
    warm = list(interleave_events(generate_calls(20, seed + 1_000, now_ms)))
    deadline = time.monotonic() + 180
    index = 0
    while _consumed(port) == 0:
        if worker.poll() is not None:
            log = (root / "worker.log").read_text(errors="replace")[-3000:]
            raise SystemExit(f"the worker exited with {worker.returncode}:\n{log}")
        if time.monotonic() > deadline:
            raise SystemExit("the worker consumed nothing in 180 s")
        if index < len(warm):
            emitter.emit(adapter.validate_python({**warm[index], "ts": int(time.time() * 1000)}))
            index += 1
        time.sleep(0.2)
    time.sleep(2)  # the first batch (and the warehouse's tables) written


def _consumed(ports: list[int]) -> float:
    """``callpulse_worker_events_consumed_total`` of the workers (0 for one before it answers)."""
    return worker_counter(ports, "events_consumed", METRICS_TIMEOUT_S)


def _histogram(ports: list[int], name: str) -> tuple[float, float]:
    """(sum, count) of a worker histogram over the worker processes."""
    parts = [worker_histogram(port, name, METRICS_TIMEOUT_S) for port in ports]
    return sum(p[0] for p in parts), sum(p[1] for p in parts)


if __name__ == "__main__":
    main()
