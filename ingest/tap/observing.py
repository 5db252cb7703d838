"""Where the tap's relayed frames are observed: a host of one ``RelayObserver`` per open call, fed
frame items in relay order, and the in-process place it runs (``LocalAnalytics``: one thread).

The relay's event loop only forwards a frame and puts ``(call key, kind, frame, relay ms, lost)`` on a
``FrameSink``; it never builds an event. A frame item holds nothing but plain values, so the same host
runs on a thread of the relay's process (``LocalAnalytics``, tests and the Kafka sink) or in another
process (``stream.bus_drain.ObservingProcess``, the embedded pipeline: there the observing work does
not even share the relay's interpreter lock).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Literal, Protocol

from ingest.clock import Clock
from ingest.contract.models import AgentInfo, Flags
from ingest.emit.base import Emitter
from ingest.emit.offloop import DEFAULT_CAPACITY, OffLoop
from ingest.tap.observer import EndCause, ObserverStats, RelayObserver

log = logging.getLogger(__name__)

FrameKind = Literal["twilio", "agent", "closed"]
FrameItem = tuple[int, FrameKind, "str | bytes", int, int]
"""(call key, what, the frame or the end cause, relay time ms, frames lost before the end)."""


def unnamed_agent() -> AgentInfo:
    """The ``agent`` a tap stamps on events when it is not told which agent it relays for."""
    return AgentInfo(name="tapped-agent", version="unknown", model="unknown", prompt_version="unknown")


def no_flags() -> Flags:
    """Neither canary nor shadow: a tap's default."""
    return Flags(canary=False, shadow=False)


@dataclass(frozen=True)
class ObserverSpec:
    """What every call's observer is made with (picklable: it crosses to a child process)."""

    agent: AgentInfo = field(default_factory=unnamed_agent)
    flags: Flags = field(default_factory=no_flags)
    workflow_param: str = "workflow"
    default_workflow: str = "unknown"


class FrameSink(Protocol):
    """Where the relay hands frames over. ``put`` never waits: False means the item was dropped."""

    def put(self, item: FrameItem, *, essential: bool = False) -> bool: ...

    def wait_idle(self, timeout_s: float) -> bool: ...

    def close(self, timeout_s: float) -> int: ...

    @property
    def totals(self) -> ObserverStats: ...

    @property
    def errors(self) -> int: ...


class ObserverHost:
    """The observers of every open call. ``observe`` takes one frame item; an observer that raises is
    counted and logged, never propagated (analytics must never break a call). A call's stats are added
    to ``totals`` when it ends."""

    def __init__(self, spec: ObserverSpec, emitter: Emitter, clock: Clock) -> None:
        self.spec, self.emitter, self.clock = spec, emitter, clock
        self.totals = ObserverStats()
        self.errors = 0
        self._calls: dict[int, RelayObserver] = {}

    def observe(self, item: FrameItem) -> None:
        key, kind, payload, ts_ms, lost = item
        observer = self._calls.get(key)
        if observer is None:
            observer = self._calls[key] = self._new_observer()
        try:
            if kind == "twilio":
                observer.from_twilio(payload, ts_ms)
            elif kind == "agent":
                observer.from_agent(payload, ts_ms)
            else:
                del self._calls[key]
                self._end(observer, payload, ts_ms, lost)  # type: ignore[arg-type]
        except Exception:
            self.errors += 1
            log.exception("tap observer failed on a %s frame", kind)

    @property
    def open_calls(self) -> int:
        return len(self._calls)

    def _new_observer(self) -> RelayObserver:
        spec = self.spec
        return RelayObserver(
            self.emitter,
            self.clock,
            spec.agent,
            spec.flags,
            workflow_param=spec.workflow_param,
            default_workflow=spec.default_workflow,
        )

    def _end(self, observer: RelayObserver, cause: EndCause, ts_ms: int, lost: int) -> None:
        try:
            observer.closed(cause, ts_ms)
            observer.lost(lost)
        finally:
            for name, value in vars(observer.stats).items():
                setattr(self.totals, name, getattr(self.totals, name) + value)


class LocalAnalytics:
    """A ``FrameSink`` observing on one thread of this process (``OffLoop``: bounded, never waits)."""

    def __init__(
        self, spec: ObserverSpec, emitter: Emitter, clock: Clock, *, capacity: int = DEFAULT_CAPACITY
    ) -> None:
        self.host = ObserverHost(spec, emitter, clock)
        self._queue: OffLoop[FrameItem] = OffLoop(self.host.observe, capacity=capacity, name="tap-analytics")

    def put(self, item: FrameItem, *, essential: bool = False) -> bool:
        return self._queue.put(item, essential=essential)

    def wait_idle(self, timeout_s: float) -> bool:
        return self._queue.wait_idle(timeout_s)

    def close(self, timeout_s: float) -> int:
        return self._queue.close(timeout_s)

    @property
    def totals(self) -> ObserverStats:
        return self.host.totals

    @property
    def errors(self) -> int:
        return self.host.errors


class NoAnalytics:
    """A ``FrameSink`` that observes nothing (``callpulse tap --sink none``: a bare relay, to measure
    what the hop itself costs apart from analytics)."""

    totals = ObserverStats()
    errors = 0

    def put(self, item: FrameItem, *, essential: bool = False) -> bool:
        return True

    def wait_idle(self, timeout_s: float) -> bool:
        return True

    def close(self, timeout_s: float) -> int:
        return 0
