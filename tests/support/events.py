"""Builders of valid turn-event dicts for tests (schema v1), with readable defaults."""

from __future__ import annotations

import uuid
from typing import Any

import orjson

from ingest.contract.models import TurnEvent

T0 = 1_764_000_000_000  # 2025-11-24T16:00:00Z
AGENT = {"name": "test-agent", "version": "1.0.0", "model": "rules-v1", "prompt_version": "p1"}


class CallBuilder:
    """Events of one call with increasing seq; ``at`` is ms after the call start."""

    def __init__(
        self, call_sid: str = "CA" + "1" * 32, workflow: str = "billing", start_ms: int = T0
    ) -> None:
        self.call_sid = call_sid
        self.workflow = workflow
        self.start_ms = start_ms
        self.seq = 0
        self.events: list[dict[str, Any]] = []

    def add(self, type_: str, at: int, **data: Any) -> dict[str, Any]:
        event = {
            "schema_version": 1,
            "event_id": str(
                uuid.uuid5(uuid.NAMESPACE_URL, f"{self.call_sid}/{self.seq}")
            ),  # stable across runs
            "call_sid": self.call_sid,
            "session_id": "VX" + "0" * 32,
            "seq": self.seq,
            "ts": self.start_ms + at,
            "type": type_,
            "workflow": self.workflow,
            "agent": AGENT,
            "flags": {"canary": False, "shadow": False},
            "data": data,
        }
        self.seq += 1
        self.events.append(event)
        return event

    def started(self, at: int = 0) -> CallBuilder:
        self.add("call.started", at, direction="inbound", caller="+14155550198")
        return self

    def caller(self, at: int, text: str) -> CallBuilder:
        self.add("caller.utterance", at, text=text, final=True, lang="en-US")
        return self

    def agent(self, at: int, *chunks: str, gap: int = 50, tags: tuple[str, ...] = ()) -> CallBuilder:
        pieces = [{"text": c, "ts": self.start_ms + at + i * gap} for i, c in enumerate(chunks)]
        self.add("agent.utterance", at, text="".join(chunks), chunks=pieces, tags=list(tags))
        return self

    def asks_for_a_person(self) -> CallBuilder:
        """The greeting, the caller asking for a person, the agent's hand-off line and ``handoff.requested``
        (0.1-4 s in): a hand-off the test then ends its own way (connected, never started, failed)."""
        self.agent(100, "Hi, how can I help?", tags=("greeting",))
        self.caller(2_000, "I want to talk to a person")
        self.agent(2_900, "Let me connect you with a colleague.")
        self.add("handoff.requested", 4_000, reason="caller asked for a person", trigger="caller_request")
        return self

    def ended(self, at: int, status: str = "completed", reason: str = "hangup") -> CallBuilder:
        self.add("call.ended", at, status=status, reason=reason)
        return self

    def lines(self) -> list[bytes]:
        return [orjson.dumps(e) for e in self.events]


def as_bytes(event: dict[str, Any]) -> bytes:
    return orjson.dumps(event)


def parsed(events: list[dict[str, Any]]) -> list[TurnEvent]:
    from pydantic import TypeAdapter

    adapter: TypeAdapter[TurnEvent] = TypeAdapter(TurnEvent)
    return [adapter.validate_python(e) for e in events]
