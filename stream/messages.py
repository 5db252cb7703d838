"""What flows between the processing steps.

A step receives one of these, does its one job, and submits the result to the next step. Every
item that came from the bus carries its ``Position`` so that the writer can commit it only after the
rows derived from it are stored.

The per-event messages (``RawMessage``, ``ValidEvent``, ``Rows``) are plain slotted dataclasses, not
frozen ones: they are built several times per event on the hot path, and a frozen dataclass costs three
times as much to construct. Treat them as immutable all the same.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from ingest.contract.lean import TurnEvent


@dataclass(frozen=True, slots=True, order=True)
class Position:
    """Where a message came from: a Kafka topic partition and offset, or a file and line."""

    source: str
    partition: int
    offset: int


@dataclass(slots=True)
class RawMessage:
    """Bytes as they arrived, before decoding."""

    value: bytes
    position: Position
    received_ms: int  # wall-clock time the transport handed the message over


@dataclass(slots=True)
class ValidEvent:
    """A decoded event that passed the v1 contract (and, after the redact step, carries no PII).

    ``event`` is lean (``ingest.contract.lean``, as the validate step decodes it); a pydantic event
    put here at an edge (a test, a tool) is converted by the call state step (``ingest.codec.as_lean``).
    """

    event: TurnEvent
    position: Position
    received_ms: int


@dataclass(frozen=True, slots=True)
class DeadLetter:
    """A message that could not be accepted, with the reason. ``payload`` is redacted before storage."""

    position: Position
    received_ms: int
    reason_code: str  # e.g. "malformed_json", "unknown_schema_version", "invalid_event", "future_timestamp"
    reason: str  # one line a human can act on; never transcript text
    payload: str
    call_sid: str | None = None
    event_id: str | None = None
    noted_by_producer: bool = False  # a producer's own note of an event it lost, not a malformed message


Row = tuple[Any, ...]


@dataclass(slots=True)
class Rows:
    """Rows for the warehouse derived from one message (or from a call-state update).

    ``position`` is set when the rows complete the processing of that message; ``event_ts_ms`` is the
    event time used to measure event-to-write lag.
    """

    by_table: Mapping[str, tuple[Row, ...]]
    position: Position | None = None
    event_ts_ms: int | None = None


@dataclass(slots=True)
class Batch:
    """Rows of many messages, written together. ``offsets`` maps (source, partition) to the next
    offset to consume, i.e. what may be committed once the batch is written."""

    by_table: dict[str, list[Row]] = field(default_factory=dict)
    offsets: dict[tuple[str, int], int] = field(default_factory=dict)
    messages: int = 0
    oldest_event_ts_ms: int | None = None
    opened_ms: int = 0

    @property
    def rows(self) -> int:
        return sum(len(rows) for rows in self.by_table.values())
