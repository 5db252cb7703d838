"""The faust worker assembled from settings: warehouse client, pipeline, ack ledger, feeder, app.

``build_worker`` wires the parts around a warehouse client it is given, so two workers of one
consumer group can share one embedded chDB client in one process (the rebalance test and the Kafka
benchmark do); ``run_worker`` is ``callpulse worker``: one worker per process under faust's
``Worker`` (signals, logging), with its own client.
"""

from __future__ import annotations

import logging
import os
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from prometheus_client import CollectorRegistry, start_http_server

from callpulse import compose
from callpulse.kafka_wiring import faust_security, security_options
from callpulse.settings import Settings
from ingest.clock import SystemClock
from stream.kafka.acks import AckLedger
from stream.kafka.app import AppConfig, build_app
from stream.kafka.feeder import Feeder
from stream.kafka.history import WarehouseHistory
from stream.kafka.telemetry import WorkerTelemetry
from stream.kafka.warehouse import DeadLetterTopic, RetryingInserts
from stream.observe import PipelineObserver
from stream.pipeline import Pipeline

log = logging.getLogger("callpulse.worker")

FAUST_STOP_S = 3.0
"""What faust's own stop takes after the drain (the consumer's last commit, leaving the group, its
loop's 1 s sentinel and task gathering); the drain gets the rest of ``shutdown_timeout_s``."""


class _RefuseUntil:
    """TESTS ONLY (``fault_warehouse_refuse_s``): inserts raise until a deadline set by the first one."""

    def __init__(self, client: Any, seconds: float) -> None:
        self._client, self._seconds, self._until = client, seconds, 0.0

    def __getattr__(self, name: str) -> Any:
        return getattr(self._client, name)

    def insert(self, **kwargs: Any) -> Any:
        now = time.monotonic()
        if not self._until:
            self._until = now + self._seconds
        if now < self._until:
            raise ConnectionError("warehouse refusing writes (fault injection)")
        return self._client.insert(**kwargs)


class _SlowInserts:
    """TESTS ONLY (``fault_insert_delay_ms``): every insert waits first, as a slow warehouse would."""

    def __init__(self, client: Any, delay_ms: int) -> None:
        self._client, self._delay_s = client, delay_ms / 1000

    def __getattr__(self, name: str) -> Any:
        return getattr(self._client, name)

    def insert(self, **kwargs: Any) -> Any:
        time.sleep(self._delay_s)
        return self._client.insert(**kwargs)


@dataclass
class WorkerParts:
    """One worker's parts; ``app`` is the faust app to run, ``close`` releases the rest after it stopped."""

    app: Any
    pipeline: Pipeline
    feeder: Feeder
    registry: CollectorRegistry
    stopping: threading.Event
    producer: Any
    ledger: AckLedger[Any]
    fatal: list[BaseException] = field(default_factory=list)

    def close(self) -> None:
        self.stopping.set()
        self.feeder.close()
        self.producer.close(timeout=5)


def build_worker(
    settings: Settings,
    client: Any,
    *,
    shutdown: Callable[[], None] | None = None,
    redact: bool = True,
) -> WorkerParts:
    """A worker's parts around ``client`` (a clickhouse-connect client on a migrated warehouse).

    ``shutdown`` stops the app after a fatal pipeline error; the default signals this process (right
    for ``callpulse worker``, wrong for a worker sharing its process with others). ``redact=False``
    is for the benchmark alone (the cost of redaction); a deployed worker always redacts."""
    from kafka import KafkaProducer

    stopping = threading.Event()
    registry = CollectorRegistry()
    producer = KafkaProducer(
        bootstrap_servers=settings.kafka_bootstrap, acks="all", retries=5, **security_options(settings)
    )
    dlq = DeadLetterTopic(producer, settings.kafka_dlq_topic)
    raw_client = (
        _RefuseUntil(client, settings.fault_warehouse_refuse_s)
        if settings.fault_warehouse_refuse_s
        else client
    )
    if settings.fault_insert_delay_ms:
        raw_client = _SlowInserts(raw_client, settings.fault_insert_delay_ms)
    retry_holder: list[WorkerTelemetry] = []
    inserts = RetryingInserts(
        raw_client, stopping=stopping, dead_letters=dlq, on_retry=lambda table: retry_holder[0].retried(table)
    )
    history = WarehouseHistory(client, settings.database)
    ledger: AckLedger[Any] = AckLedger()
    clock = SystemClock()
    pipeline = Pipeline(
        inserts,
        settings.database,
        clock,
        config=compose.pipeline_config(settings),
        redaction=compose.redaction(settings) if redact else None,
        commit=ledger.commit,
        history=history,
        observer=PipelineObserver(registry),  # the call/tool/TTFHW metrics alerts/rules read (as embedded)
    )
    telemetry = WorkerTelemetry(registry, pipeline, history)
    retry_holder.append(telemetry)
    feeder = Feeder(pipeline, pipeline.call_state, ledger, clock, telemetry)
    fatal: list[BaseException] = []
    settings.data_dir.mkdir(parents=True, exist_ok=True)  # faust creates its datadir, not the parents
    config = AppConfig(
        group_id=settings.kafka_group_id,
        bootstrap=settings.kafka_bootstrap,
        topic=settings.kafka_topic,
        partitions=settings.kafka_partitions,
        datadir=str(settings.data_dir / "faust"),
        security_options=faust_security(settings),
        drain_timeout_s=max(0.5, settings.shutdown_timeout_s - FAUST_STOP_S),
    )
    extra = {} if shutdown is None else {"shutdown": shutdown}
    app = build_app(config, feeder, fatal.append, stopping, **extra)
    return WorkerParts(app, pipeline, feeder, registry, stopping, producer, ledger, fatal)


def _overdue(timeout_s: float) -> None:
    """The drain bound passed: exit now (1); nothing uncommitted is lost, the next owner re-reads it."""
    print(
        f"callpulse worker: did not stop within {timeout_s:g} s (CALLPULSE_SHUTDOWN_TIMEOUT_S); "
        "exiting; what was not committed will be re-read",
        file=sys.stderr,
        flush=True,
    )
    os._exit(1)


def run_worker(settings: Settings) -> int:
    """Run one faust worker until SIGTERM/SIGINT, then drain (``stream.kafka.app``) and exit 0 within
    ``shutdown_timeout_s``; exit 3 when the pipeline stops it (e.g. invalid ratio)."""
    import faust

    class Worker(faust.Worker):
        """faust's worker, with a watchdog from the first stop signal to ``shutdown_timeout_s``."""

        def _schedule_shutdown(self, signal: Any) -> None:
            if not self._signal_stop_time:
                timer = threading.Timer(settings.shutdown_timeout_s, _overdue, (settings.shutdown_timeout_s,))
                timer.daemon = True
                timer.start()
            super()._schedule_shutdown(signal)

    logging.basicConfig(level=logging.WARNING, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    client = compose.open_warehouse(settings)
    compose.tune_gc_for_streaming()
    parts = build_worker(settings, client)
    if settings.worker_metrics_port:
        start_http_server(settings.worker_metrics_port, addr="0.0.0.0", registry=parts.registry)
    worker = Worker(parts.app, loglevel="WARNING", quiet=True, redirect_stdouts=False)
    try:
        worker.execute_from_commandline()
    except SystemExit:
        pass
    finally:
        parts.close()
    if parts.fatal:
        print(f"callpulse worker: stopped: {parts.fatal[0]}", file=sys.stderr)
        return 3
    return 0
