"""Read back what is on a topic, as a consumer outside callpulse would."""

from __future__ import annotations

import time
from dataclasses import dataclass

import orjson
from kafka import KafkaConsumer, TopicPartition


@dataclass(frozen=True, slots=True)
class Record:
    """One turn event on the topic, and where it is."""

    partition: int
    offset: int
    key: bytes | None
    event_id: str
    call_sid: str
    seq: int


def read_topic(bootstrap: str, topic: str, timeout_s: float = 60) -> list[Record]:
    """Every record of ``topic`` up to its current end, in offset order per partition."""
    consumer = KafkaConsumer(bootstrap_servers=bootstrap, enable_auto_commit=False)
    try:
        tps = [TopicPartition(topic, p) for p in sorted(consumer.partitions_for_topic(topic) or ())]
        consumer.assign(tps)
        consumer.seek_to_beginning(*tps)
        ends = consumer.end_offsets(tps)
        records: list[Record] = []
        deadline = time.monotonic() + timeout_s
        while any(consumer.position(tp) < end for tp, end in ends.items()):
            assert time.monotonic() < deadline, f"could not read {topic} to its end"
            for tp, messages in consumer.poll(timeout_ms=500).items():
                for m in messages:
                    value = orjson.loads(m.value)
                    records.append(
                        Record(
                            tp.partition, m.offset, m.key, value["event_id"], value["call_sid"], value["seq"]
                        )
                    )
        return records
    finally:
        consumer.close()
