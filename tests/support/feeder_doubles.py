"""Doubles for ``stream.kafka.feeder.Feeder`` tests (no broker): a fetched message with the fields of a
faust ``ConsumerMessage`` the feeder reads, and the worker telemetry it reports consumption to."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Message:
    """The fields of a faust ``ConsumerMessage`` the feeder reads."""

    offset: int
    topic: str = "turns"
    partition: int = 0
    value: bytes = b"{}"
    key: bytes = b"CA1"


class Telemetry:
    """The ``WorkerTelemetry`` calls the feeder makes; ``count`` is the messages it said it consumed."""

    history = None

    def __init__(self) -> None:
        self.count = 0

    def consumed(self, count: int) -> None:
        self.count += count

    def observe(self) -> None:
        pass
