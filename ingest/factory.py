"""Builds valid v1 events for one call: the place where events enter the system from an agent.

An utterance over the contract's limits (a 2 MB prompt, a reply of 2,001 token chunks) is cut to
fit and flagged ``data.truncated`` (``ingest/truncate.py``) rather than refused, so the call keeps its
turns; what still breaks the contract raises, and ``ingest/producer.py`` dead-letters it.
"""

from __future__ import annotations

import threading
import uuid
from collections.abc import Mapping
from typing import Any

from pydantic import BaseModel, ValidationError

from ingest.clock import Clock
from ingest.codec import ADAPTER
from ingest.contract.models import EVENT_TYPES, SCHEMA_VERSION, AgentInfo, Flags, TurnEvent
from ingest.errors import InvalidEvent, UnknownEventType
from ingest.reasons import describe
from ingest.truncate import fit_to_contract

_EVENT_TYPES = frozenset(EVENT_TYPES)


class CallEventFactory:
    """Stamps the envelope (schema_version, a uuid4 ``event_id``, per-call ``seq`` from 0, ``ts``)
    and validates the result against the v1 contract.

    ``seq`` only advances for events that were built, so a rejected event leaves no gap. Thread-safe:
    a relay handler and a tool worker may build events for the same call.
    """

    def __init__(
        self,
        call_sid: str,
        session_id: str,
        workflow: str,
        agent: AgentInfo,
        flags: Flags,
        clock: Clock,
    ) -> None:
        self.call_sid = call_sid
        self.session_id = session_id
        self.workflow = workflow
        self._agent = agent
        self._flags = flags
        self._clock = clock
        self._next_seq = 0
        self._lock = threading.Lock()

    @property
    def next_seq(self) -> int:
        """The ``seq`` the next built event will carry."""
        return self._next_seq

    def make(self, type: str, data: Mapping[str, Any] | BaseModel, ts: int | None = None) -> TurnEvent:
        """Build one event of ``type``; ``ts`` defaults to the clock's now.

        An over-long text or too many chunks are cut to the contract's limits (``data.truncated`` is
        then true). Raises ``UnknownEventType`` or ``InvalidEvent`` (the reason names fields, never
        values) for anything else.
        """
        if type not in _EVENT_TYPES:
            raise UnknownEventType("type: is not a known v1 event type")
        with self._lock:
            envelope = {
                "schema_version": SCHEMA_VERSION,
                "event_id": str(uuid.uuid4()),
                "call_sid": self.call_sid,
                "session_id": self.session_id,
                "seq": self._next_seq,
                "ts": self._clock.now_ms() if ts is None else ts,
                "type": type,
                "workflow": self.workflow,
                "agent": self._agent,
                "flags": self._flags,
                "data": data if isinstance(data, BaseModel) else dict(data),
            }
            try:
                event = ADAPTER.validate_python(envelope)
            except ValidationError as err:
                event = _validate_cut(envelope, err)
            self._next_seq += 1
        return event


def _validate_cut(envelope: dict[str, Any], err: ValidationError) -> TurnEvent:
    """The event with its data cut to the contract's limits, or ``InvalidEvent`` with the first error
    when cutting is not possible or not enough. Only runs once an event has failed validation."""
    data = envelope["data"]
    fitted = fit_to_contract(envelope["type"], data) if isinstance(data, Mapping) else None
    if fitted is not None:
        try:
            return ADAPTER.validate_python({**envelope, "data": fitted})
        except ValidationError as again:
            err = again
    raise InvalidEvent(describe(err)) from None
