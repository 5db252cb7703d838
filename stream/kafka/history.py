"""Rebuild a call's events from the warehouse when its partition moved to this worker.

Offsets are committed only after their rows are stored, so a call's events are split in two: the
ones before the committed offset are in ``events`` (stored by the previous owner), the ones after
are re-read from Kafka. This module reads the first part back as ``TurnEvent``s. Stored payloads are
redacted, and a few redacted values no longer match the contract (a DTMF digit becomes ``<DTMF>``);
those are put back in a contract-valid neutral form, which no metric reads.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import orjson
from pydantic import ValidationError

from ingest.codec import ADAPTER
from ingest.contract.models import SCHEMA_VERSION, TurnEvent
from stream.steps.call_state import StoredEvent
from stream.warehouse import Warehouse

_COLUMNS = (
    "event_id, call_sid, session_id, seq, toUnixTimestamp64Milli(ts), type, workflow, agent_name, "
    "agent_version, agent_model, prompt_version, canary, shadow, data"
)
_NEUTRAL = {"dtmf": {"digit": "0"}}


class WarehouseHistory:
    """``history(call_sid)`` for ``CallStateStep``: the call's stored events, in seq order, each with
    the content it is stored with (so a redelivered copy is told from a conflicting one)."""

    def __init__(self, client: Warehouse, database: str) -> None:
        self._client = client
        self._database = database
        self.lookups = 0
        self.restored = 0  # lookups that found stored events (a call first seen mid-way here)
        self.unreadable = 0

    def __call__(self, call_sid: str) -> Sequence[StoredEvent]:
        self.lookups += 1
        result = self._client.query(
            f"SELECT {_COLUMNS} FROM {self._database}.events FINAL WHERE call_sid = %(sid)s ORDER BY seq",
            parameters={"sid": call_sid},
        )
        events = []
        for row in result.result_rows:
            event = self._event(row)
            if event is not None:
                events.append(StoredEvent(event, _content(row)))
        self.restored += bool(events)
        return events

    def _event(self, row: Sequence[Any]) -> TurnEvent | None:
        (event_id, call_sid, session_id, seq, ts, type_, workflow, name, version, model, prompt, canary,
         shadow, data) = row  # fmt: skip
        obj: dict[str, Any] = {
            "schema_version": SCHEMA_VERSION, "event_id": event_id, "call_sid": call_sid,
            "session_id": session_id, "seq": seq, "ts": int(ts), "type": type_, "workflow": workflow,
            "agent": {"name": name, "version": version, "model": model, "prompt_version": prompt},
            "flags": {"canary": bool(canary), "shadow": bool(shadow)}, "data": orjson.loads(data),
        }  # fmt: skip
        obj["data"].update(_NEUTRAL.get(type_, {}))
        try:
            return ADAPTER.validate_json(orjson.dumps(obj))
        except ValidationError:
            self.unreadable += 1  # counted, not fatal: the call's metrics miss one stored event
            return None


def _content(row: Sequence[Any]) -> tuple[Any, ...]:
    """The stored columns from ``session_id`` to ``data`` as ``event_content`` builds them."""
    (_, _, session_id, seq, ts, type_, workflow, name, version, model, prompt, canary, shadow,
     data) = row  # fmt: skip
    return (
        session_id, int(seq), int(ts), type_, workflow, name, version, model, prompt, bool(canary),
        bool(shadow), data,
    )  # fmt: skip
