"""What the benchmarks that run real ``callpulse worker`` processes share: the Kafka broker and
``callpulse warehouse serve`` they start for them (``local_services``), the warehouse once it answers,
the workers' ``/metrics`` counters and histograms, a backlog produced onto a topic, and the CPU a
process (and its children: ``callpulse worker --processes N``) has used, read from ``/proc``.

``scale_out.py`` and ``rule_latency_kafka.py`` both start workers as separate processes and can only
watch them from outside; one home, so that a renamed worker metric, a slower warehouse start or a new
broker option is changed in one place for both (they had a copy each).
"""

from __future__ import annotations

import os
import sys
import time
import urllib.request
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import orjson
from kafka import KafkaProducer

from callpulse.warehouse import connect
from devstack import kafka_broker
from devstack.stack.processes import spawn, start_ticks, stop

WORKER_PREFIX = "callpulse_worker_"


@dataclass(frozen=True, slots=True)
class LocalServices:
    """Where the bench's broker and warehouse server listen; ``pids`` by name, to read their CPU."""

    bootstrap: str
    dsn: str
    pids: dict[str, int]


@contextmanager
def local_services(root: Path) -> Iterator[LocalServices]:
    """A one-node Kafka broker (KRaft, the Maven jars: ``make kafka-jars``) with its data in ``root/kafka``
    and ``callpulse warehouse serve`` on ``root/warehouse``, each on a free port; the broker has answered
    when this yields, and both are stopped when the block ends."""
    broker = kafka_broker.BrokerConfig(
        port=kafka_broker.free_port(), controller_port=kafka_broker.free_port(), data_dir=root / "kafka"
    )
    kafka_broker.fetch_jars(broker.libs)
    broker.data_dir.mkdir(parents=True)
    kafka = kafka_broker.start(broker)
    warehouse_port = kafka_broker.free_port()
    warehouse = spawn(
        [sys.executable, "-m", "callpulse.cli", "warehouse", "serve", "--port", str(warehouse_port),
         "--path", str(root / "warehouse")],
        {**os.environ, "CALLPULSE_DATA_DIR": str(root / "wh")}, root / "warehouse.log", Path.cwd(),
    )  # fmt: skip
    try:
        kafka_broker.wait_until_ready(broker, kafka, timeout_s=120)
        pids = {"warehouse server": warehouse.pid, "kafka": kafka.pid}
        yield LocalServices(broker.bootstrap, f"http://127.0.0.1:{warehouse_port}", pids)
    finally:
        stop(warehouse.pid, 15)
        kafka_broker.stop(kafka.pid, process=kafka)


def wait_for_warehouse(dsn: str, timeout_s: float = 60.0) -> Any:
    """A client of the warehouse at ``dsn``, retried every 0.3 s until it connects; the last error is
    raised after ``timeout_s`` (a warehouse server still starting refuses connections)."""
    deadline = time.monotonic() + timeout_s
    while True:
        try:
            return connect(dsn)
        except Exception:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.3)


def worker_metrics(port: int, timeout_s: float) -> str:
    """The Prometheus text a worker serves on ``port``; empty while it does not answer yet."""
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics", timeout=timeout_s) as reply:
            return str(reply.read().decode())
    except OSError:
        return ""


def worker_counter(ports: Iterable[int], name: str, timeout_s: float) -> float:
    """``callpulse_worker_<name>_total`` summed over the workers on ``ports`` (0 for one not answering)."""
    total = 0.0
    for port in ports:
        for line in worker_metrics(port, timeout_s).splitlines():
            if line.startswith(f"{WORKER_PREFIX}{name}_total "):
                total += float(line.split()[1])
    return total


def worker_histogram(port: int, name: str, timeout_s: float) -> tuple[float, float]:
    """(sum, count) of the histogram ``callpulse_worker_<name>`` (unlabelled series summed)."""
    total = count = 0.0
    for line in worker_metrics(port, timeout_s).splitlines():
        if line.startswith(f"{WORKER_PREFIX}{name}_sum"):
            total += float(line.split()[-1])
        elif line.startswith(f"{WORKER_PREFIX}{name}_count"):
            count += float(line.split()[-1])
    return total, count


def produce(bootstrap: str, topic: str, events: list[dict[str, Any]]) -> None:
    """A backlog on ``topic``, keyed by call SID (a call's events on one partition, as the emitter does),
    sent with ``acks=all`` and flushed before returning."""
    producer = KafkaProducer(bootstrap_servers=bootstrap, acks="all", linger_ms=20, batch_size=256_000)
    for event in events:
        producer.send(topic, key=event["call_sid"].encode(), value=orjson.dumps(event))
    producer.flush()
    producer.close()


def cpu_s(pid: int) -> float:
    """User + system CPU seconds of ``pid`` (0 when it is gone)."""
    if start_ticks(pid) is None:
        return 0.0
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def children(pid: int) -> list[int]:
    """The processes ``pid`` started (empty when it is gone)."""
    try:
        return [int(c) for c in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        return []
