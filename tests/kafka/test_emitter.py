"""The KafkaEmitter on a real broker: what an agent's events look like on the topic, what "delivered"
means (every in-sync replica has it), and what the counters and metrics say when Kafka is away."""

from __future__ import annotations

import time
from collections import defaultdict
from pathlib import Path
from typing import Any

import pytest
from kafka import KafkaProducer
from kafka.admin import KafkaAdminClient, NewTopic
from prometheus_client import CollectorRegistry

from ingest.codec import encode
from ingest.emit.kafka import KafkaEmitter
from ingest.emit.kafka_config import kafka_producer
from ingest.telemetry import EmitterCollector

from kafka_deployment import Broker, Deployment
from kafka_events import simulated_events
from kafka_topic import read_topic

pytestmark = pytest.mark.kafka


def test_each_call_arrives_on_one_partition_in_seq_order(deployment: Deployment) -> None:
    events = simulated_events(30, seed=3)
    producers: list[Any] = []

    def keep(config: dict[str, Any]) -> Any:
        producers.append(kafka_producer(config))
        return producers[-1]

    emitter = KafkaEmitter(
        bootstrap_servers=deployment.bootstrap,
        topic=deployment.topic,
        buffer_size=5_000,
        producer_factory=keep,
    )
    assert all(emitter.emit(event) for event in events)
    assert emitter.close(60) == 0
    stats = emitter.stats
    assert (stats.emitted, stats.delivered, stats.dropped, stats.failed) == (len(events), len(events), 0, 0)

    assert [(p.config["acks"], p.config["enable_idempotence"]) for p in producers] == [(-1, True)]
    records = read_topic(deployment.bootstrap, deployment.topic)
    assert len(records) == len(events), "delivered once each in a run without faults"
    by_call: dict[str, list[tuple[int, int, bytes | None]]] = defaultdict(list)
    for record in sorted(records, key=lambda r: (r.partition, r.offset)):
        by_call[record.call_sid].append((record.partition, record.seq, record.key))
    expected: dict[str, list[int]] = defaultdict(list)
    for event in events:
        expected[event.call_sid].append(event.seq)
    assert {sid: [seq for _, seq, _ in got] for sid, got in by_call.items()} == expected, "in seq order"
    for call_sid, got in by_call.items():
        assert {partition for partition, _, _ in got} == {got[0][0]}, "one partition per call"
        assert {key for _, _, key in got} == {call_sid.encode()}, "keyed by call SID"
    assert len({got[0][0] for got in by_call.values()}) > 1, "calls are spread over partitions"


def test_an_event_counts_as_delivered_only_once_every_in_sync_replica_has_it(tmp_path: Path) -> None:
    """acks=all on a two-broker cluster: while the second replica is down, a topic that needs two
    in-sync replicas takes a leader-only (acks=1) write but confirms none of the emitter's events;
    they are held, and delivered once the replica is back."""
    first = Broker(tmp_path / "kafka-1")
    first.start()
    second = Broker(tmp_path / "kafka-2", joins=first)
    try:
        second.start()
        admin = KafkaAdminClient(bootstrap_servers=first.bootstrap)
        admin.create_topics([NewTopic("replicated", 1, 2, topic_configs={"min.insync.replicas": "2"})])
        admin.close()
        events = simulated_events(3, seed=4)[:41]
        emitter = KafkaEmitter(bootstrap_servers=first.bootstrap, topic="replicated", buffer_size=100)
        assert all(emitter.emit(event) for event in events[:20])
        _wait_for(lambda: emitter.stats.delivered == 20, "both replicas up: delivered")

        second.stop()  # controlled shutdown: the replica leaves the in-sync set at once
        assert all(emitter.emit(event) for event in events[20:40])
        leader_only = KafkaProducer(bootstrap_servers=first.bootstrap, acks=1)
        leader_only.send("replicated", key=b"control", value=encode(events[40])).get(timeout=30)
        leader_only.close()
        time.sleep(2)  # the emitter's producer retried meanwhile; what it was told is in its stats
        held = emitter.stats
        second.start()
        _wait_for(lambda: emitter.stats.delivered == 40, "the replica back: delivered")
        assert emitter.close(30) == 0
        on_topic = read_topic(first.bootstrap, "replicated")
    finally:
        second.stop()
        first.stop()
    assert (held.delivered, held.buffered, held.failed) == (20, 20, 0), "held, not confirmed, not lost"
    assert {r.event_id for r in on_topic} == {str(e.event_id) for e in events}


def _wait_for(condition: Any, what: str, timeout_s: float = 120) -> None:
    deadline = time.monotonic() + timeout_s
    while not condition():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.1)


def test_a_full_buffer_drops_the_newest_while_kafka_is_away_and_the_metrics_say_so(tmp_path: Path) -> None:
    broker = Broker(tmp_path / "kafka")  # not started yet: the agent starts before Kafka is up
    topic = "turns"
    events = simulated_events(3, seed=9)[:80]
    registry = CollectorRegistry()
    emitter = KafkaEmitter(
        bootstrap_servers=broker.bootstrap, topic=topic, buffer_size=50, max_retry_backoff_s=1.0
    )
    registry.register(EmitterCollector(lambda: emitter.stats))

    def metric(name: str, outcome: str | None = None) -> float | None:
        return registry.get_sample_value(name, {"outcome": outcome} if outcome else {})

    accepted = [emitter.emit(event) for event in events]
    assert accepted == [True] * 50 + [False] * 30, "the newest events are the ones dropped"
    assert metric("callpulse_emitter_events_total", "dropped") == 30
    assert metric("callpulse_emitter_events_total", "emitted") == 50
    assert metric("callpulse_emitter_buffered_events") == 50
    assert metric("callpulse_emitter_events_total", "delivered") == 0

    broker.start()
    try:
        Deployment(broker.bootstrap, tmp_path).cli(
            tmp_path / "admin", "kafka", "topics", CALLPULSE_KAFKA_TOPIC=topic
        )
        deadline = time.monotonic() + 120
        while emitter.stats.delivered < 50 and time.monotonic() < deadline:
            time.sleep(0.2)
        assert emitter.close(30) == 0
        on_topic = read_topic(broker.bootstrap, topic)
    finally:
        broker.stop()
    assert metric("callpulse_emitter_events_total", "delivered") == 50
    assert metric("callpulse_emitter_buffered_events") == 0
    assert metric("callpulse_emitter_events_total", "failed") == 0
    assert sorted(r.event_id for r in on_topic) == sorted(str(e.event_id) for e in events[:50])
