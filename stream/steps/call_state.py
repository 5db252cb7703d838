"""Per-call state: the events of each call, and the metric rows recomputed from them.

Every valid event is stored as it arrives (an ``events`` row, and a ``turns`` row for utterances).
The call's metrics are recomputed from all its events - never incrementally - so that duplicates
and out-of-order delivery cannot skew them: on ``call.ended`` at once, and for live calls at most
once per ``live_update_interval_ms`` (wall clock), so a wallboard sees calls that are still open.
Turn and interruption rows are emitted once, when their windows close; the call row is re-emitted
with a growing version (the number of distinct events it was computed from).

A call with no ``call.started`` keeps its events stored but gets no ``calls`` row until the start
arrives (it may come out of order): without it there is no start time to measure from.

State lives in memory. When a call is first seen mid-way (its first event here is not
``call.started``: the partition moved to this worker, or the worker restarted), the optional
``history`` gives the events an earlier owner already stored; with commit-after-write, stored events
plus the ones re-read from the committed offset are the whole call. ``forget`` drops all state (on a
partition revocation), so a worker never computes from a stale copy of a call that moved away.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from ingest.contract.models import TurnEvent
from stream import rows
from stream.messages import DeadLetter, Row, Rows, ValidEvent
from stream.metrics.types import CallResult
from stream.steps.base import Clock, Step

ComputeCall = Callable[[Sequence[TurnEvent]], CallResult]
History = Callable[[str], Sequence[TurnEvent]]
"""The events of a call already stored by an earlier owner of its partition (see ``CallStateStep``)."""
ObserveResult = Callable[[CallResult], None]
"""Called with every call result published (``stream.observe.PipelineObserver.published``)."""


@dataclass(slots=True)
class CallState:
    events: dict[str, TurnEvent] = field(default_factory=dict)
    started: bool = False
    ended: bool = False
    dirty: bool = False
    computed_ms: int = 0
    touched_ms: int = 0
    turns_emitted: int = 0
    interrupts_emitted: int = 0


LIVE_HORIZON_MS = 30 * 60_000
"""A call with no event for this long is not counted as live (its call.ended was lost, or the caller
vanished); long enough that a stalled feed keeps its calls "live" while the stall lasts."""


@dataclass(slots=True)
class CallStateStats:
    events: int = 0
    duplicates: int = 0
    dead_letters: int = 0
    call_rows: int = 0
    calls_without_start: int = 0
    evicted: int = 0
    restored_events: int = 0
    live_calls: int = 0  # started, not ended, an event within LIVE_HORIZON_MS (as of the last scan)


class CallStateStep:
    """ValidEvent | DeadLetter -> Rows."""

    def __init__(
        self,
        next_step: Step[Rows],
        clock: Clock,
        compute: ComputeCall,
        *,
        live_update_interval_ms: int = 5_000,
        ended_grace_ms: int = 300_000,
        max_calls: int = 200_000,
        history: History | None = None,
        observer: ObserveResult | None = None,
    ) -> None:
        self._next = next_step
        self._clock = clock
        self._compute = compute
        self._live_interval_ms = live_update_interval_ms
        self._ended_grace_ms = ended_grace_ms
        self._max_calls = max_calls
        self._calls: dict[str, CallState] = {}
        self._dirty: dict[str, None] = {}  # insertion-ordered set of call SIDs with new events
        self._last_scan_ms = 0
        self._history = history
        self._observer = observer
        self.stats = CallStateStats()

    @property
    def open_calls(self) -> int:
        return len(self._calls)

    def submit(self, item: ValidEvent | DeadLetter) -> None:
        if isinstance(item, DeadLetter):
            self.stats.dead_letters += 1
            self._next.submit(Rows({"dlq": (rows.dlq_row(item),)}, item.position))
            return
        event = item.event
        now_ms = self._clock.now_ms()
        state = self._calls.get(event.call_sid)
        if state is None:
            # first live publish one interval after the call is first seen: short calls are computed once
            state = self._calls[event.call_sid] = CallState(computed_ms=now_ms)
            if self._history is not None and event.type != "call.started":
                self._restore(state, self._history(event.call_sid))
            if len(self._calls) > self._max_calls:
                self._evict(now_ms, force=True)
        state.touched_ms = now_ms
        if event.event_id in state.events:
            self.stats.duplicates += 1
            self._next.submit(Rows({}, item.position, event.ts))  # nothing new to store; offset advances
            return
        self.stats.events += 1
        state.events[event.event_id] = event
        state.started |= event.type == "call.started"
        state.ended |= event.type == "call.ended"
        # The call's rows go down before the event's: the event carries the offset, and a batch that
        # commits it must already hold what it produced (else a crash between two batches loses the
        # row of a call whose call.ended offset was committed).
        if event.type == "call.ended" or (state.ended and state.started):
            self._publish(event.call_sid, state, now_ms)
        else:
            state.dirty = True
            self._dirty[event.call_sid] = None
        self._next.submit(Rows(_event_rows(event, item, now_ms), item.position, event.ts))

    def poll(self) -> None:
        now_ms = self._clock.now_ms()
        if now_ms - self._last_scan_ms >= min(self._live_interval_ms, 1_000):
            self._last_scan_ms = now_ms
            for call_sid in list(self._dirty):
                state = self._calls.get(call_sid)
                if state is None or not state.dirty:
                    self._dirty.pop(call_sid, None)
                elif now_ms - state.computed_ms >= self._live_interval_ms:
                    self._publish(call_sid, state, now_ms)
            self._evict(now_ms)
        self._next.poll()

    def join(self, timeout: float | None = None) -> None:
        now_ms = self._clock.now_ms()
        for call_sid in list(self._dirty):
            state = self._calls.get(call_sid)
            if state is not None and state.dirty:
                self._publish(call_sid, state, now_ms)
        self._dirty.clear()
        self._next.join(timeout)

    def close(self) -> None:
        self._next.close()

    def forget(self) -> None:
        """Drop every call's state (publish first with ``join``); calls seen again are restored."""
        self._calls.clear()
        self._dirty.clear()

    def _restore(self, state: CallState, stored: Sequence[TurnEvent]) -> None:
        for event in stored:
            state.events[event.event_id] = event
            state.started |= event.type == "call.started"
            state.ended |= event.type == "call.ended"
        self.stats.restored_events += len(stored)

    def _publish(self, call_sid: str, state: CallState, now_ms: int) -> None:
        state.dirty = False
        state.computed_ms = now_ms
        self._dirty.pop(call_sid, None)
        if not state.started:
            self.stats.calls_without_start += 1
            return
        result = self._compute(list(state.events.values()))
        if self._observer is not None:
            self._observer(result)
        new_turns = result.turns[state.turns_emitted :]
        new_interrupts = result.interrupts[state.interrupts_emitted :]
        state.turns_emitted = len(result.turns)
        state.interrupts_emitted = len(result.interrupts)
        by_table: dict[str, tuple[Row, ...]] = {"calls": (rows.call_row(result, now_ms),)}
        if new_turns:
            by_table["turn_metrics"] = tuple(rows.turn_metrics_row(result, t) for t in new_turns)
        if new_interrupts:
            by_table["interruptions"] = tuple(rows.interruption_row(result, i) for i in new_interrupts)
        self.stats.call_rows += 1
        self._next.submit(Rows(by_table))

    def _evict(self, now_ms: int, force: bool = False) -> None:
        """Forget ended calls after a grace period (late events still get stored, not re-counted)."""
        grace_ms = 0 if force else self._ended_grace_ms
        live = 0
        for call_sid, state in list(self._calls.items()):
            if state.ended and not state.dirty and now_ms - state.touched_ms >= grace_ms:
                del self._calls[call_sid]
                self.stats.evicted += 1
            elif state.started and not state.ended and now_ms - state.touched_ms < LIVE_HORIZON_MS:
                live += 1
        self.stats.live_calls = live


def _event_rows(event: TurnEvent, item: ValidEvent, now_ms: int) -> dict[str, tuple[Row, ...]]:
    by_table: dict[str, tuple[Row, ...]] = {"events": (rows.event_row(event, item.position, now_ms),)}
    if event.type == "agent.utterance" or (event.type == "caller.utterance" and event.data.final):
        by_table["turns"] = (rows.utterance_row(event),)
    return by_table
