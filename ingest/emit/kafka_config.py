"""The KafkaProducer configuration behind the delivery guarantees, and the producer seam for tests.

acks=all + retries + idempotence: a record is acknowledged only once every in-sync replica has it,
and broker-side de-duplication means the producer's own retries add no duplicates. Options are only
passed when the installed kafka-python knows them (``enable_idempotence`` arrived in 2.1), so an
older client degrades to plain acks=all + retries instead of refusing to start.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping, Sequence
from typing import Any, Protocol

_SECURITY_PREFIXES = ("ssl_", "sasl_")
_SECURITY_KEYS = frozenset({"security_protocol"})


class ProducerFuture(Protocol):
    """What ``KafkaProducer.send`` returns (``kafka.producer.future.FutureRecordMetadata``)."""

    def add_callback(self, f: Callable[[Any], object]) -> object: ...

    def add_errback(self, f: Callable[[BaseException], object]) -> object: ...


class Producer(Protocol):
    """The part of ``kafka.KafkaProducer`` the emitter uses."""

    def send(self, topic: str, value: bytes | None = None, key: bytes | None = None) -> ProducerFuture: ...

    def flush(self, timeout: float | None = None) -> None: ...

    def close(self, timeout: float | None = None) -> None: ...


ProducerFactory = Callable[[dict[str, Any]], Producer]


def kafka_producer(config: dict[str, Any]) -> Producer:
    """The real factory. Constructing a KafkaProducer connects to the cluster (and may wait for it)."""
    from kafka import KafkaProducer

    producer: Producer = KafkaProducer(**config)
    return producer


def supported_producer_options() -> frozenset[str]:
    """Config keys the installed kafka-python accepts."""
    from kafka import KafkaProducer

    return frozenset(KafkaProducer.DEFAULT_CONFIG)


def producer_config(
    *,
    bootstrap_servers: str | Sequence[str],
    client_id: str,
    linger_ms: int,
    retries: int,
    delivery_timeout_ms: int,
    max_block_ms: int,
    security_options: Mapping[str, Any] | None = None,
    supported: Collection[str] | None = None,
) -> dict[str, Any]:
    """Build the KafkaProducer kwargs. ``security_options`` may only hold ``security_protocol``,
    ``ssl_*`` and ``sasl_*`` keys, so it cannot silently weaken acks or retries."""
    known = supported_producer_options() if supported is None else frozenset(supported)
    servers = [bootstrap_servers] if isinstance(bootstrap_servers, str) else list(bootstrap_servers)
    config: dict[str, Any] = {
        "bootstrap_servers": servers,
        "client_id": client_id,
        "acks": "all",
        "retries": retries,
        "linger_ms": linger_ms,
        "max_block_ms": max_block_ms,
    }
    optional = {
        "enable_idempotence": True,
        "delivery_timeout_ms": delivery_timeout_ms,
        "bootstrap_timeout_ms": max_block_ms,
    }
    config.update({k: v for k, v in optional.items() if k in known})
    for key in security_options or {}:
        if key not in _SECURITY_KEYS and not key.startswith(_SECURITY_PREFIXES):
            raise ValueError(
                f"security option {key!r} is not a security setting; "
                "pass only security_protocol, ssl_* or sasl_* keys"
            )
    config.update(security_options or {})
    return config
