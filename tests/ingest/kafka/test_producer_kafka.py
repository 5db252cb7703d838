"""On Kafka, a producer's losses are stored like every other dead letter: a 2 MB prompt (which would
not even fit a Kafka message) is stored cut and flagged, an event that cannot be repaired lands in
the ``dlq`` table and on the dead-letter topic with its reason, and the emitter's count of messages
equals events stored + dead letters."""

from __future__ import annotations

from pathlib import Path

import orjson
import pytest
from kafka import KafkaConsumer

from ingest.clock import SystemClock
from ingest.contract.models import AgentInfo, Flags
from ingest.emit.kafka import KafkaEmitter
from ingest.factory import CallEventFactory
from ingest.producer import CallProducer, ProducerStats

from kafka_deployment import Deployment

pytestmark = pytest.mark.kafka
SID = "CA" + "6" * 32


def test_a_producers_cut_and_dead_lettered_events_are_all_accounted_on_kafka(
    deployment: Deployment, tmp_path: Path
) -> None:
    emitter = KafkaEmitter(bootstrap_servers=deployment.bootstrap, topic=deployment.topic)
    agent = AgentInfo(name="tapped-agent", version="1", model="m", prompt_version="p")
    factory = CallEventFactory(
        SID, "VX" + "6" * 32, "billing", agent, Flags(canary=False, shadow=False), SystemClock()
    )
    producer = CallProducer(factory, emitter, "tap")
    producer.emit("call.started", {"direction": "inbound"})
    producer.emit("caller.utterance", {"text": "a" * 2_000_000, "final": True})
    producer.emit("agent.error", {"code": "relay_invalid_message", "message": "m" * 5_000})
    producer.emit("call.ended", {"status": "completed", "reason": "hangup"})
    assert emitter.close(60) == 0
    assert producer.stats == ProducerStats(emitted=2, truncated=1, dead_lettered=1)
    assert (emitter.stats.emitted, emitter.stats.delivered, emitter.stats.failed) == (4, 4, 0)

    warehouse = tmp_path / "worker-data"
    worker = deployment.start_worker(warehouse)
    deployment.wait_all_committed(4, [worker])
    consumer = KafkaConsumer(
        f"dlq-{deployment.name}", bootstrap_servers=deployment.bootstrap, auto_offset_reset="earliest",
        consumer_timeout_ms=5_000,
    )  # fmt: skip
    on_topic = [orjson.loads(m.value) for m in consumer]
    consumer.close()
    deployment.stop_all()

    assert [(r["reason_code"], r["call_sid"]) for r in on_topic] == [("invalid_event", SID)]
    dlq = deployment.query(warehouse, "SELECT reason_code, reason FROM dlq FINAL")
    assert dlq == [
        {"reason_code": "invalid_event", "reason": "tap: data.message: is longer than 4000 characters"}
    ]
    prompt = deployment.query(
        warehouse,
        "SELECT length(JSONExtractString(data, 'text')) AS chars, JSONExtractBool(data, 'truncated') AS cut "
        "FROM events FINAL WHERE type = 'caller.utterance'",
    )
    assert prompt == [{"chars": 20_000, "cut": True}]
    stored = deployment.query(warehouse, "SELECT count() AS n FROM events FINAL")[0]["n"]
    assert emitter.stats.emitted == stored + len(dlq) == 4
