"""A call's event stream: what the agent reports is built into v1 events off the event loop.

``emit`` never raises and never waits. With a hand-off (the server's ``EventHandoff``) it only stamps
the time and queues the report; the hand-off's thread builds and validates the event, cuts it to fit
or dead-letters it (``ingest.producer.CallProducer``), encodes it and gives it to the emitter. So a
voice turn pays microseconds for analytics, whatever the emitter or the warehouse behind it is doing.
When the queue is full the report is dropped, counted, and a dead-letter note (``producer_overload``)
takes its place, so the loss is accounted for downstream. Without a hand-off (benchmarks, tools run
outside a server) the event is built inline.
"""

from __future__ import annotations

import logging
from typing import Any

from ingest.clock import Clock
from ingest.emit.base import Emitter
from ingest.emit.offloop import DEFAULT_CAPACITY, OffLoop
from ingest.factory import CallEventFactory
from ingest.producer import CallProducer

log = logging.getLogger(__name__)
OVERLOAD_REASON = "event not built: the agent's analytics queue was full"

_Report = tuple["CallEvents", str, dict[str, Any], int]


class EventHandoff:
    """The agent's one analytics thread: builds every call's events in the order they were reported."""

    def __init__(self, capacity: int = DEFAULT_CAPACITY) -> None:
        self._offloop: OffLoop[_Report] = OffLoop(_build, capacity=capacity, name="agent-events")

    def put(self, report: _Report) -> bool:
        return self._offloop.put(report)

    def wait_idle(self, timeout_s: float) -> bool:
        """Wait until every report so far was built and emitted (tests)."""
        return self._offloop.wait_idle(timeout_s)

    def close(self, timeout_s: float) -> int:
        """Build what is queued (up to ``timeout_s``) and stop; return how many reports were left."""
        return self._offloop.close(timeout_s)


def _build(report: _Report) -> None:
    events, type_, data, ts = report
    events.producer.emit(type_, data, ts)


class CallEvents:
    def __init__(
        self,
        factory: CallEventFactory,
        emitter: Emitter,
        *,
        handoff: EventHandoff | None = None,
        clock: Clock | None = None,
    ) -> None:
        if handoff is not None and clock is None:
            raise ValueError("a hand-off needs the clock that stamps each report")
        self.factory = factory
        self.producer = CallProducer(factory, emitter, origin="agent")
        self._handoff = handoff
        self._clock = clock
        self.overloaded = 0  # reports the hand-off refused (each dead-letter noted)

    def emit(self, type: str, data: dict[str, Any], ts: int | None = None) -> None:
        if self._handoff is None or self._clock is None:
            self.producer.emit(type, data, ts)
            return
        stamped = self._clock.now_ms() if ts is None else ts
        if not self._handoff.put((self, type, data, stamped)):
            self.overloaded += 1
            self.producer.dead_letter("producer_overload", f"{type} {OVERLOAD_REASON}", type, stamped)
