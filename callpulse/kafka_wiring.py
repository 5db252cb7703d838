"""Wiring of the production path: topics, the faust worker, the Kafka emitter, from settings."""

from __future__ import annotations

import json
import logging
import sys
import threading
import time
from pathlib import Path
from typing import Any

from prometheus_client import CollectorRegistry, start_http_server

from callpulse import compose
from callpulse.settings import Settings
from stream.kafka.acks import AckLedger
from stream.kafka.app import AppConfig, build_app
from stream.kafka.feeder import Feeder
from stream.kafka.history import WarehouseHistory
from stream.kafka.telemetry import WorkerTelemetry
from stream.kafka.warehouse import DeadLetterTopic, RetryingInserts
from stream.pipeline import Pipeline
from stream.steps.base import SystemClock

TOPICS_FILE = Path(__file__).resolve().parents[1] / "deploy" / "kafka" / "topics.json"
log = logging.getLogger("callpulse.worker")


def security_options(settings: Settings) -> dict[str, Any]:
    """kafka-python's security keyword arguments (also accepted by the emitter)."""
    options: dict[str, Any] = {"security_protocol": settings.kafka_security_protocol}
    if settings.kafka_security_protocol.startswith("SASL"):
        options["sasl_mechanism"] = settings.kafka_sasl_mechanism
        options["sasl_plain_username"] = settings.kafka_sasl_username
        options["sasl_plain_password"] = settings.kafka_sasl_password.get_secret_value()
    if settings.kafka_ssl_cafile is not None:
        options["ssl_cafile"] = str(settings.kafka_ssl_cafile)
    return options


def faust_security(settings: Settings) -> dict[str, Any]:
    """faust's ``broker_credentials`` for the same settings (empty for PLAINTEXT)."""
    import ssl

    import faust

    protocol = settings.kafka_security_protocol
    if protocol == "PLAINTEXT":
        return {}
    context = ssl.create_default_context(cafile=settings.kafka_ssl_cafile) if "SSL" in protocol else None
    if protocol == "SSL":
        return {"broker_credentials": faust.SSLCredentials(context)}
    return {
        "broker_credentials": faust.SASLCredentials(
            username=settings.kafka_sasl_username,
            password=settings.kafka_sasl_password.get_secret_value(),
            mechanism=settings.kafka_sasl_mechanism,
            ssl_context=context,
        )
    }


def topic_specs(settings: Settings) -> list[tuple[str, int, dict[str, str]]]:
    """(name, partitions, config) of every topic in ``deploy/kafka/topics.json``, settings applied."""
    specs = []
    for topic in json.loads(TOPICS_FILE.read_text())["topics"]:
        name = getattr(settings, topic["name_setting"])
        partitions = (
            getattr(settings, topic["partitions_setting"])
            if "partitions_setting" in topic
            else topic["partitions"]
        )
        config = {
            key: str(getattr(settings, value)) if hasattr(settings, value) else value
            for key, value in topic["config"].items()
        }
        specs.append((name, int(partitions), config))
    return specs


def create_topics(settings: Settings) -> list[str]:
    """Create the missing topics; returns the names created (empty when all exist)."""
    from kafka.admin import KafkaAdminClient, NewTopic

    admin = KafkaAdminClient(bootstrap_servers=settings.kafka_bootstrap, **security_options(settings))
    try:
        existing = set(admin.list_topics())
        new = [
            NewTopic(name, partitions, 1 if _single_broker(admin) else 3, topic_configs=config)
            for name, partitions, config in topic_specs(settings)
            if name not in existing
        ]
        if new:
            admin.create_topics(new)
        return [t.name for t in new]
    finally:
        admin.close()


def _single_broker(admin: Any) -> bool:
    return len(admin.describe_cluster()["brokers"]) < 3


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


def run_worker(settings: Settings) -> int:
    """Run one faust worker until SIGTERM/SIGINT; exit 3 when the pipeline stops it (e.g. invalid ratio)."""
    import faust
    from kafka import KafkaProducer

    logging.basicConfig(level=logging.WARNING, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    client = compose.open_warehouse(settings)
    compose.tune_gc_for_streaming()
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
        redaction=compose.redaction(settings),
        commit=ledger.commit,
        history=history,
    )
    telemetry = WorkerTelemetry(registry, pipeline, history)
    retry_holder.append(telemetry)
    if settings.worker_metrics_port:
        start_http_server(settings.worker_metrics_port, addr="0.0.0.0", registry=registry)
    feeder = Feeder(pipeline, pipeline.call_state, ledger, clock, telemetry)
    fatal: list[BaseException] = []
    config = AppConfig(
        group_id=settings.kafka_group_id,
        bootstrap=settings.kafka_bootstrap,
        topic=settings.kafka_topic,
        partitions=settings.kafka_partitions,
        security_options=faust_security(settings),
    )
    app = build_app(config, feeder, fatal.append, stopping)
    worker = faust.Worker(app, loglevel="WARNING", quiet=True, redirect_stdouts=False)
    try:
        worker.execute_from_commandline()
    except SystemExit:
        pass
    finally:
        stopping.set()
        feeder.close()
        producer.close(timeout=5)
    if fatal:
        print(f"callpulse worker: stopped: {fatal[0]}", file=sys.stderr)
        return 3
    return 0


def group_progress(
    bootstrap: str, group_id: str, topic: str, security: dict[str, Any] | None = None
) -> tuple[int, int]:
    """(messages committed by ``group_id``, messages in ``topic``), summed over its partitions."""
    from kafka import KafkaAdminClient, KafkaConsumer, TopicPartition
    from kafka.errors import CoordinatorNotAvailableError

    admin = KafkaAdminClient(bootstrap_servers=bootstrap, **(security or {}))
    consumer = KafkaConsumer(bootstrap_servers=bootstrap, **(security or {}))
    try:
        partitions = consumer.partitions_for_topic(topic) or set()
        tps = [TopicPartition(topic, p) for p in sorted(partitions)]
        ends = consumer.end_offsets(tps) if tps else {}
        try:
            committed = admin.list_group_offsets({group_id: tps}).get(group_id, {}) if tps else {}
        except CoordinatorNotAvailableError:  # nothing committed yet: the offsets topic does not exist
            committed = {}
        done = sum(max(0, meta.offset) for tp, meta in committed.items() if meta is not None)
        return done, sum(ends.values())
    finally:
        consumer.close()
        admin.close()
