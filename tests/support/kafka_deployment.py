"""A callpulse deployment on the tests' Kafka broker: topics, worker subprocesses, queries."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from broker_process import stop_process

from callpulse.settings import Settings
from devstack import kafka_broker

WAIT_S = 180.0  # upper bound on waiting for the worker; never a speed assertion
CALLPULSE = [sys.executable, "-m", "callpulse.cli"]


class Broker:
    """A broker this test process started; ``stop`` and ``start`` again keep its port and log dir.

    ``joins``: a started broker whose cluster this one joins as node 2 (a second replica)."""

    def __init__(self, data_dir: Path, joins: Broker | None = None) -> None:
        self.config = kafka_broker.BrokerConfig(
            port=kafka_broker.free_port(),
            controller_port=kafka_broker.free_port(),
            data_dir=data_dir,
            libs=kafka_broker.fetch_jars(),
            node_id=1 if joins is None else 2,
            joins=None if joins is None else joins.config,
        )
        self._process: subprocess.Popen[bytes] | None = None

    @property
    def bootstrap(self) -> str:
        return self.config.bootstrap

    def start(self) -> None:
        self._process = kafka_broker.start(self.config)
        kafka_broker.wait_until_ready(self.config, self._process, timeout_s=120)

    def stop(self) -> None:
        """A graceful stop (SIGTERM, as `callpulse kafka down` does); SIGKILL after 20 s."""
        stop_process(self._process)
        self._process = None


@dataclass
class Deployment:
    """Uniquely named topics and group on the session broker, and a data dir per worker."""

    bootstrap: str
    root: Path
    name: str = field(default_factory=lambda: uuid.uuid4().hex[:10])
    workers: list[subprocess.Popen[bytes]] = field(default_factory=list)

    @property
    def topic(self) -> str:
        return f"turns-{self.name}"

    def env(self, data_dir: Path, **extra: str) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith("CALLPULSE_")}
        env.update(
            CALLPULSE_DATA_DIR=str(data_dir),
            CALLPULSE_KAFKA_BOOTSTRAP=self.bootstrap,
            CALLPULSE_KAFKA_TOPIC=self.topic,
            CALLPULSE_KAFKA_DLQ_TOPIC=f"dlq-{self.name}",
            CALLPULSE_KAFKA_GROUP_ID=f"group-{self.name}",
            CALLPULSE_KAFKA_PARTITIONS="4",
            CALLPULSE_WORKER_METRICS_PORT="0",
            CALLPULSE_REDACTION_ENGINE="patterns",
            CALLPULSE_RAW_STORE="false",
            CALLPULSE_BATCH_MAX_AGE_MS="300",
            CALLPULSE_LIVE_UPDATE_INTERVAL_MS="1000",
        )
        env.update(extra)
        return env

    def settings(self, data_dir: Path, **extra: str) -> Settings:
        """The settings a worker started with ``env(data_dir, **extra)`` would read (in-process workers)."""
        values = self.env(data_dir, **extra)
        return Settings(
            **{
                k.removeprefix("CALLPULSE_").lower(): v
                for k, v in values.items()
                if k.startswith("CALLPULSE_")
            }
        )

    def cli(self, data_dir: Path, *args: str, **extra: str) -> str:
        result = subprocess.run(
            [*CALLPULSE, *args], env=self.env(data_dir, **extra), capture_output=True, text=True, timeout=300
        )
        assert result.returncode == 0, result.stderr[-2000:]
        return result.stdout

    def start_worker(self, data_dir: Path, **extra: str) -> subprocess.Popen[bytes]:
        log = (self.root / f"worker-{len(self.workers)}.log").open("ab")
        process = subprocess.Popen(
            [*CALLPULSE, "worker"], env=self.env(data_dir, **extra), stdout=log, stderr=subprocess.STDOUT
        )
        self.workers.append(process)
        return process

    def progress(self) -> tuple[int, int]:
        from callpulse.kafka_cluster import group_progress

        return group_progress(self.bootstrap, f"group-{self.name}", self.topic)

    def wait_all_committed(self, expected: int, workers: list[subprocess.Popen[bytes]]) -> None:
        deadline = time.monotonic() + WAIT_S
        while time.monotonic() < deadline:
            done, total = self.progress()
            if total >= expected and done >= total:
                return
            for worker in workers:
                assert worker.poll() is None, f"worker exited with {worker.returncode}: {self.logs()}"
            time.sleep(0.5)
        raise AssertionError(f"not everything committed: {self.progress()} of {expected}; {self.logs()}")

    def logs(self) -> str:
        return "\n".join(
            p.read_text(errors="replace")[-1500:] for p in sorted(self.root.glob("worker-*.log"))
        )

    def query(self, data_dir: Path, sql: str) -> list[dict[str, Any]]:
        out = self.cli(data_dir, "query", "--format", "jsonl", "--limit", "100000", sql)
        return [json.loads(line) for line in out.splitlines() if line.strip()]

    def stop_all(self) -> None:
        for worker in self.workers:
            if worker.poll() is None:
                worker.send_signal(signal.SIGTERM)
        for worker in self.workers:
            try:
                worker.wait(timeout=30)
            except subprocess.TimeoutExpired:
                worker.kill()
                worker.wait()
