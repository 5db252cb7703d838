"""A call's events in order, split into turns.

Events are deduplicated by ``event_id`` and sorted by ``(ts, seq, event_id)``; every other definition
works on this one order, which is what makes the results independent of arrival order.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from operator import attrgetter
from typing import NamedTuple, TypeVar, cast

import msgspec

from ingest.codec import as_lean
from ingest.contract.lean import (
    EVENT_CLASSES,
    AgentUtterance,
    CallEnded,
    CallerUtterance,
    CallStarted,
    HandoffRequested,
    Interrupt,
    Speaker,
    TurnEvent,
)

E = TypeVar("E", bound=msgspec.Struct)
_ORDER = attrgetter("ts", "seq", "event_id")


class Turn(NamedTuple):
    """One final caller utterance and the agent utterances that answer it."""

    number: int  # 1-based, in caller-utterance order
    caller: CallerUtterance
    position: int  # of ``caller`` in ``Timeline.events``
    prev_caller_ts: int | None  # ts of the previous final caller utterance
    next_caller_position: int | None  # position of the next final caller utterance
    agent: tuple[AgentUtterance, ...]


@dataclass(frozen=True, slots=True)
class Timeline:
    """The ordered, distinct events of one call and the indexes the definitions need."""

    events: tuple[TurnEvent, ...]
    position: dict[str, int]  # event_id -> index in ``events``
    by_class: dict[type, list[TurnEvent]]  # the events of each event class, in order
    greeting: tuple[AgentUtterance, ...]  # agent speech before the first caller utterance (turn 0)
    turns: tuple[Turn, ...]
    caller_positions: tuple[int, ...]  # position of each turn's caller utterance
    started: CallStarted | None
    ended: CallEnded | None  # the first call.ended
    interrupts: tuple[Interrupt, ...]
    handoffs: tuple[HandoffRequested, ...]
    client_off_ts: tuple[int, ...]  # sorted ts of speaker(client, speaking=false)
    client_on_ts: tuple[int, ...]  # sorted ts of speaker(client, speaking=true)
    agent_chunk_ts: tuple[int, ...]  # sorted send times of every agent token chunk
    last_event_ms: int
    horizon_ms: int  # how far the call is known to have been up: its end, else its latest event

    def of(self, kind: type[E]) -> Sequence[E]:
        """The events of class ``kind`` (e.g. ``TaskStarted``), in order."""
        return _of(self.by_class, kind)

    def response_index(self, position: int) -> int:
        """Which response ``position`` falls in: 0 for the greeting, else the turn index."""
        return bisect_left(self.caller_positions, position)

    def response(self, index: int) -> tuple[AgentUtterance, ...]:
        """The agent utterances of response ``index`` (0 = greeting)."""
        return self.greeting if index == 0 else self.turns[index - 1].agent

    def ended_position(self) -> int | None:
        return None if self.ended is None else self.position[self.ended.event_id]


def _of(by_class: dict[type, list[TurnEvent]], kind: type[E]) -> list[E]:
    return cast(list[E], by_class.get(kind, []))


def distinct_in_order(events: Sequence[TurnEvent]) -> tuple[TurnEvent, ...]:
    """One event per ``event_id``, sorted by ``(ts, seq, event_id)``.

    Of two copies of an event the earlier in that order wins (input order breaks an exact tie), so
    a redelivered copy never displaces the original.
    """
    ordered = sorted(events, key=_ORDER)
    seen: set[str] = set()
    distinct: list[TurnEvent] = []
    for event in ordered:
        if event.event_id not in seen:
            seen.add(event.event_id)
            distinct.append(event)
    return tuple(distinct)


def last_between(sorted_ts: Sequence[int], after_ts: int | None, upto_ts: int) -> int | None:
    """The latest ts in ``sorted_ts`` that is > ``after_ts`` (if given) and <= ``upto_ts``."""
    i = bisect_right(sorted_ts, upto_ts) - 1
    if i < 0 or (after_ts is not None and sorted_ts[i] <= after_ts):
        return None
    return sorted_ts[i]


def build_timeline(events: Sequence[TurnEvent]) -> Timeline:
    """Order the events and segment them into the greeting and the turns. ``events`` must not be empty.

    The events are lean (``ingest.contract.lean``, what the stream decodes); a sequence of pydantic
    events (built at an edge: a test, a tool) is converted first, judged by its first event."""
    if type(events[0]) not in EVENT_CLASSES:
        events = [as_lean(e) for e in events]
    ordered = distinct_in_order(events)
    by_class: dict[type, list[TurnEvent]] = {}
    position: dict[str, int] = {}
    callers: list[tuple[int, CallerUtterance]] = []
    responses: list[list[AgentUtterance]] = [[]]
    for i, event in enumerate(ordered):
        position[event.event_id] = i
        by_class.setdefault(type(event), []).append(event)
        # ``type(...) is`` rather than isinstance: exact classes, and cheaper
        if type(event) is CallerUtterance:
            if event.data.final:
                callers.append((i, event))
                responses.append([])
        elif type(event) is AgentUtterance:
            responses[-1].append(event)
    turns = tuple(
        Turn(
            number=n + 1,
            caller=caller,
            position=pos,
            prev_caller_ts=callers[n - 1][1].ts if n else None,
            next_caller_position=callers[n + 1][0] if n + 1 < len(callers) else None,
            agent=tuple(responses[n + 1]),
        )
        for n, (pos, caller) in enumerate(callers)
    )
    client = [s for s in _of(by_class, Speaker) if s.data.who == "client"]
    started = next(iter(_of(by_class, CallStarted)), None)
    ended = next(iter(_of(by_class, CallEnded)), None)
    last_event_ms = ordered[-1].ts  # sorted by ts
    return Timeline(
        events=ordered,
        position=position,
        by_class=by_class,
        greeting=tuple(responses[0]),
        turns=turns,
        caller_positions=tuple(pos for pos, _ in callers),
        started=started,
        ended=ended,
        interrupts=tuple(_of(by_class, Interrupt)),
        handoffs=tuple(_of(by_class, HandoffRequested)),
        client_off_ts=tuple(s.ts for s in client if not s.data.speaking),
        client_on_ts=tuple(s.ts for s in client if s.data.speaking),
        agent_chunk_ts=tuple(sorted(c.ts for u in _of(by_class, AgentUtterance) for c in u.data.chunks)),
        last_event_ms=last_event_ms,
        horizon_ms=ended.ts if ended is not None else last_event_ms,
    )
