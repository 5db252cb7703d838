"""The Kafka cluster the settings name: its security options (kafka-python's keyword arguments), the
topics ``deploy/kafka/topics.json`` declares (what the migrations are to the warehouse), creating the
missing ones, and how far a consumer group has read."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from callpulse.settings import Settings

TOPICS_FILE = Path(__file__).resolve().parents[1] / "deploy" / "kafka" / "topics.json"


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


def admin_options(settings: Settings) -> dict[str, Any]:
    """The security options plus how long an admin command waits for the cluster to answer."""
    return {**security_options(settings), "bootstrap_timeout_ms": int(settings.kafka_admin_timeout_s * 1000)}


def create_topics(settings: Settings) -> list[str]:
    """Create the missing topics; returns the names created (empty when all exist)."""
    from kafka.admin import KafkaAdminClient, NewTopic

    admin = KafkaAdminClient(bootstrap_servers=settings.kafka_bootstrap, **admin_options(settings))
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
