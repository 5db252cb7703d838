"""Poison messages are dead-lettered (table and topic) with their reason and the worker goes on;
a producer sending mostly garbage stops the worker with a clear error instead."""

from __future__ import annotations

import orjson
import pytest
from kafka import KafkaConsumer, KafkaProducer

from ingest.codec import encode

from kafka_deployment import Deployment
from kafka_events import emit_all, simulated_events

pytestmark = pytest.mark.kafka


def _produce(bootstrap: str, topic: str, values: list[tuple[bytes, bytes]]) -> None:
    producer = KafkaProducer(bootstrap_servers=bootstrap, acks="all", max_request_size=2_000_000)
    for key, value in values:
        producer.send(topic, key=key, value=value)
    producer.flush()
    producer.close()


def test_poison_messages_are_dead_lettered_and_the_worker_goes_on(deployment: Deployment, tmp_path) -> None:
    events = simulated_events(5)
    wrong_schema = orjson.loads(encode(events[0]))
    wrong_schema["schema_version"] = 2
    huge = orjson.loads(encode(events[1]))
    huge["event_id"] = "not-a-uuid"
    huge["data"] = {"text": "9" * 900_000}
    poison = [
        (b"CAfeed", b"this is not json"),
        (b"CAfeed", orjson.dumps(wrong_schema)),
        (b"CAfeed", orjson.dumps(huge)),
    ]
    _produce(deployment.bootstrap, deployment.topic, poison)
    emit_all(deployment.bootstrap, deployment.topic, events)
    warehouse = tmp_path / "worker-data"
    worker = deployment.start_worker(warehouse)
    deployment.wait_all_committed(len(events) + 3, [worker])

    consumer = KafkaConsumer(
        f"dlq-{deployment.name}", bootstrap_servers=deployment.bootstrap, auto_offset_reset="earliest",
        consumer_timeout_ms=5_000,
    )  # fmt: skip
    on_topic = sorted(orjson.loads(m.value)["reason_code"] for m in consumer)
    consumer.close()
    deployment.stop_all()

    codes = ["invalid_event", "malformed_json", "unknown_schema_version"]
    assert on_topic == codes
    table = deployment.query(
        warehouse, "SELECT reason_code, reason, payload FROM dlq FINAL ORDER BY reason_code"
    )
    assert [row["reason_code"] for row in table] == codes
    assert all(row["reason"] for row in table)
    assert all(len(row["payload"]) <= 64_000 for row in table), "a huge payload is cut, not stored whole"
    stored = deployment.query(warehouse, "SELECT count() AS n FROM events FINAL")[0]["n"]
    assert stored == len(events)


def test_a_producer_sending_garbage_stops_the_worker_with_a_clear_error(
    deployment: Deployment, tmp_path
) -> None:
    _produce(deployment.bootstrap, deployment.topic, [(b"k", b"garbage %d" % i) for i in range(300)])
    worker = deployment.start_worker(tmp_path / "worker-data", CALLPULSE_INVALID_RATIO_WINDOW="100")
    assert worker.wait(timeout=180) == 3
    assert "invalid" in deployment.logs()
    done, total = deployment.progress()
    assert done < total, "the messages past the limit were not committed"
