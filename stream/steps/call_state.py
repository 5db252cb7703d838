"""Per-call state: the events of each call, and the metric rows recomputed from them.

Every valid event is stored as it arrives (an ``events`` row, and a ``turns`` row for utterances).
The call's metrics are recomputed from all its events - never incrementally - so that duplicates
and out-of-order delivery cannot skew them: on ``call.ended`` at once, and for live calls at most
once per ``live_update_interval_ms`` (of the injected clock), so a wallboard sees calls that are
still open. Turn and interruption rows are emitted once, when their windows close; the call row is
re-emitted with a growing version (the number of distinct events it was computed from).

Live updates are amortized-linear: a computation scans all of a call's events, so recomputing a live
call of n events at every interval would cost O(n) per interval and O(n^2) over the call. A live call
is therefore recomputed only once the interval has passed AND either its new events since the last
computation reach ``live_recompute_fraction`` (1/4) of the events it was last computed from, or it
has waited ``live_update_interval_ms x events / LIVE_STALE_EVENTS_PER_INTERVAL`` (a cap for calls
that go quiet, growing with the call). The computations of a call then cost in proportion to its
events, whatever its length: the live ones triggered by the fraction f scan at most (1 + f) / f = 5
times its events in all, those triggered by the cap at most (1 + f) x 8 = 10 events per interval of
the call's duration, and the final one its events once more.

The freshness trade-off, for live rows only: a call of up to ~12 events, or one that gets
``live_recompute_fraction`` more events per interval, is refreshed every interval as before; a longer
call's live row may lag by up to a quarter of its events (a 300-event call at a typical 0.65 events/s:
75 events, about two minutes), and by at most ``live_update_interval_ms x events / 8`` in time
while it has new events. Nothing is lost, only delayed: the call is recomputed from all its events
on ``call.ended`` (and on any event after it), on ``join``, and at the first interval after a restore
(a restored call was never computed here), so its final ``calls`` row is exactly that of one full
recomputation (``tests/stream/test_call_state_linear.py``: random orders, duplicates and
redeliveries; turn and interruption rows too for in-order delivery).

A call with no ``call.started`` keeps its events stored but gets no ``calls`` row until the start
arrives (it may come out of order): without it there is no start time to measure from.

State lives in memory. When a call is first seen here (the partition moved to this worker, the
worker restarted, or the call is new), the optional ``history`` gives the events an earlier owner
already stored; with commit-after-write, stored events plus the ones re-read from the committed
offset are the whole call. A restored call is published as soon as its redelivered events complete
it, duplicates or not: the killed owner may have stored a call's events (``call.ended`` included)
without the batch holding its rows, and that batch's offsets were never committed, so the redelivery
is the only chance to write them. ``forget`` drops all state (on a partition revocation), so a worker
never computes from a stale copy of a call that moved away.

Two kinds of event are refused into the dead-letter table (and counted in ``reasons``), never merged:
- a *conflicting duplicate*: an ``event_id`` the call already holds with different content (an exact
  duplicate is a redelivery and stays a silent no-op; a redelivery changes nothing in the event);
- an event of another ``session_id`` after the call ended under its SID (a reused SID). The tables
  are keyed by call SID, so keeping the second call apart would need another key in every table,
  the API and the dashboards; dead-lettering keeps its events (redacted) and counts them. The SIDs
  and sessions of evicted ended calls are remembered (bounded), and with ``history`` a call first
  seen by this process is checked against what the warehouse holds.
"""

from __future__ import annotations

from collections import Counter, OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from ingest.clock import Clock
from ingest.codec import as_lean, event_json
from ingest.contract.lean import TurnEvent
from ingest.reasons import CALL_SID_REUSED, CONFLICTING_DUPLICATE
from stream import rows
from stream.messages import DeadLetter, Row, Rows, ValidEvent
from stream.metrics.types import CallResult
from stream.steps.base import Step

ComputeCall = Callable[[Sequence[TurnEvent]], CallResult]

Content = tuple[Any, ...]
"""What an event says, as stored: its ``events`` columns from ``session_id`` to ``data`` (see
``event_content``). Where it came from and when it was written are not part of it."""

_CONTENT = slice(
    rows.TABLE_COLUMNS["events"].index("session_id"), rows.TABLE_COLUMNS["events"].index("data") + 1
)


def event_content(event: TurnEvent) -> Content:
    """The content an event is stored with (after redaction), to tell a redelivery from a conflict."""
    return rows.event_row(event, None, 0)[_CONTENT]


@dataclass(frozen=True, slots=True)
class StoredEvent:
    """An event read back from the warehouse, and the content it is stored with (``event_content``
    of the original: the event itself may have been put back in a neutral form to be readable)."""

    event: TurnEvent
    content: Content


History = Callable[[str], Sequence[StoredEvent]]
"""The events of a call already stored (by an earlier owner of its partition, or an earlier run)."""
ObserveResult = Callable[[CallResult], None]
"""Called with every call result published (``stream.observe.PipelineObserver.published``)."""


@dataclass(slots=True)
class CallState:
    events: dict[str, TurnEvent] = field(default_factory=dict)
    restored: dict[str, Content] = field(default_factory=dict)  # stored content of restored events
    started: bool = False
    ended: bool = False
    ended_session: str | None = None  # the session_id of the call's call.ended
    dirty: bool = False
    computed_ms: int = 0
    computed_events: int = 0  # how many events the last computation of the call scanned
    touched_ms: int = 0
    turns_emitted: int = 0
    interrupts_emitted: int = 0


LIVE_RECOMPUTE_FRACTION = 0.25
"""A live call is recomputed once its new events reach this fraction of those it was last computed
from (and the live-update interval has passed): computations cost (1 + f) / f times its events."""
LIVE_STALE_EVENTS_PER_INTERVAL = 8
"""A live call with new events is recomputed anyway after ``interval x events / this`` (at least the
interval): a call gone quiet still shows its last events, and the cost stays linear in its duration."""

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
    restored_calls: int = 0
    conflicting_duplicates: int = 0
    reused_sid_events: int = 0
    live_calls: int = 0  # started, not ended, an event within LIVE_HORIZON_MS (as of the last scan)
    computations: int = 0  # times a call's metrics were computed
    computed_events: int = 0  # events those computations scanned (their sum of call lengths)


class CallStateStep:
    """ValidEvent | DeadLetter -> Rows."""

    def __init__(
        self,
        next_step: Step[Rows],
        clock: Clock,
        compute: ComputeCall,
        *,
        live_update_interval_ms: int = 5_000,
        live_recompute_fraction: float = LIVE_RECOMPUTE_FRACTION,
        ended_grace_ms: int = 300_000,
        max_calls: int = 200_000,
        history: History | None = None,
        observer: ObserveResult | None = None,
    ) -> None:
        self._next = next_step
        self._clock = clock
        self._compute = compute
        self._live_interval_ms = live_update_interval_ms
        self._live_fraction = live_recompute_fraction
        self._ended_grace_ms = ended_grace_ms
        self._max_calls = max_calls
        self._calls: dict[str, CallState] = {}
        self._dirty: dict[str, None] = {}  # insertion-ordered set of call SIDs with new events
        self._last_scan_ms = 0
        self._history = history
        self._observer = observer
        self._ended_sessions: OrderedDict[str, str] = OrderedDict()  # evicted ended calls' sessions
        self.stats = CallStateStats()
        self.reasons: Counter[str] = Counter()  # dead-letter reason codes of the events refused here

    @property
    def open_calls(self) -> int:
        return len(self._calls)

    @property
    def rejected(self) -> int:
        """Valid events this step dead-lettered (conflicting duplicates, reused SIDs)."""
        return self.stats.conflicting_duplicates + self.stats.reused_sid_events

    def submit(self, item: ValidEvent | DeadLetter) -> None:
        if isinstance(item, DeadLetter):
            self.stats.dead_letters += 1
            self._next.submit(Rows({"dlq": (rows.dlq_row(item),)}, item.position))
            return
        event = as_lean(item.event)  # already lean from the validate step; a test's model is converted
        now_ms = self._clock.now_ms()
        state = self._calls.get(event.call_sid)
        if state is None:
            state = self._open(event, now_ms)
            if state.dirty and state.started and state.ended:  # restored complete: its rows go first
                self._publish(event.call_sid, state, now_ms)
        state.touched_ms = now_ms
        refusal = self._refusal(state, event)
        if refusal is not None:
            self._dead_letter(item, *refusal)
            if not state.events:  # nothing of the call but the refused event: keep no state for it
                self._calls.pop(event.call_sid, None)
            return
        if event.event_id in state.events:
            self.stats.duplicates += 1
            self._next.submit(Rows({}, item.position, event.ts))  # nothing new to store; offset advances
            return
        self.stats.events += 1
        state.events[event.event_id] = event
        state.started |= event.type == "call.started"
        if event.type == "call.ended":
            state.ended = True
            state.ended_session = state.ended_session or event.session_id
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
                elif self._live_update_due(state, now_ms):
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

    def _open(self, event: TurnEvent, now_ms: int) -> CallState:
        """State for a call this step does not hold: restored from ``history`` when there is one."""
        # first live publish one interval after the call is first seen: short calls are computed once
        state = self._calls[event.call_sid] = CallState(computed_ms=now_ms)
        if self._history is not None:
            stored = self._history(event.call_sid)
            if stored:
                self._restore(event.call_sid, state, stored)
        if state.ended_session is None:
            state.ended_session = self._ended_sessions.get(event.call_sid)
        if len(self._calls) > self._max_calls:
            self._evict(now_ms, force=True)
        return state

    def _restore(self, call_sid: str, state: CallState, stored: Sequence[StoredEvent]) -> None:
        """Rebuild a call from its stored events; it is dirty: the rows computed from them may be
        missing (their batch died after the events were inserted), so it is published again."""
        for item in stored:
            event = as_lean(item.event)
            state.events[event.event_id] = event
            state.restored[event.event_id] = item.content
            state.started |= event.type == "call.started"
            if event.type == "call.ended":
                state.ended = True
                state.ended_session = state.ended_session or event.session_id
        state.dirty = True
        self._dirty[call_sid] = None
        self.stats.restored_events += len(stored)
        self.stats.restored_calls += 1

    def _refusal(self, state: CallState, event: TurnEvent) -> tuple[str, str] | None:
        """Why ``event`` cannot join the call's events, or None when it can (new, or an exact copy)."""
        if state.ended_session is not None and event.session_id != state.ended_session:
            return CALL_SID_REUSED, (
                "another session under the SID of a call that already ended (a reused call SID); "
                "not merged into the ended call"
            )
        if event.event_id in state.events:
            stored = state.restored.get(event.event_id)
            if stored is None:
                stored = event_content(state.events[event.event_id])
            if stored != event_content(event):
                fields = _differing(stored, event_content(event))
                return CONFLICTING_DUPLICATE, (
                    f"event_id already stored for this call with different content ({fields}); "
                    "the first one is kept"
                )
        return None

    def _dead_letter(self, item: ValidEvent, code: str, reason: str) -> None:
        event = item.event
        if code == CALL_SID_REUSED:
            self.stats.reused_sid_events += 1
        else:
            self.stats.conflicting_duplicates += 1
        self.reasons[code] += 1
        dead = DeadLetter(
            position=item.position,
            received_ms=item.received_ms,
            reason_code=code,
            reason=reason,
            payload=event_json(event),  # already redacted: this step runs after redaction
            call_sid=event.call_sid,
            event_id=event.event_id,
        )
        self._next.submit(Rows({"dlq": (rows.dlq_row(dead),)}, item.position, event.ts))

    def _live_update_due(self, state: CallState, now_ms: int) -> bool:
        """Whether a dirty live call is recomputed now (see the module docstring: amortized-linear)."""
        waited = now_ms - state.computed_ms
        if waited < self._live_interval_ms:
            return False
        done = state.computed_events
        if len(state.events) - done >= self._live_fraction * done:
            return True
        return waited * LIVE_STALE_EVENTS_PER_INTERVAL >= self._live_interval_ms * done

    def _publish(self, call_sid: str, state: CallState, now_ms: int) -> None:
        state.dirty = False
        state.computed_ms = now_ms
        self._dirty.pop(call_sid, None)
        if not state.started:
            self.stats.calls_without_start += 1
            return
        events = list(state.events.values())
        result = self._compute(events)
        state.computed_events = len(events)
        self.stats.computations += 1
        self.stats.computed_events += len(events)
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
                if state.ended_session is not None:
                    self._ended_sessions[call_sid] = state.ended_session
                    while len(self._ended_sessions) > self._max_calls:
                        self._ended_sessions.popitem(last=False)
            elif state.started and not state.ended and now_ms - state.touched_ms < LIVE_HORIZON_MS:
                live += 1
        self.stats.live_calls = live


def _differing(stored: Content, new: Content) -> str:
    """The names of the columns that differ (never their values: they may be transcript text)."""
    names = rows.TABLE_COLUMNS["events"][_CONTENT]
    return ", ".join(n for n, a, b in zip(names, stored, new, strict=True) if a != b) or "content"


def _event_rows(event: TurnEvent, item: ValidEvent, now_ms: int) -> dict[str, tuple[Row, ...]]:
    by_table: dict[str, tuple[Row, ...]] = {"events": (rows.event_row(event, item.position, now_ms),)}
    if event.type == "agent.utterance" or (event.type == "caller.utterance" and event.data.final):
        by_table["turns"] = (rows.utterance_row(event),)
    return by_table
