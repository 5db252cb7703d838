"""Per-turn timing: time to first byte, time to first helpful word (TTFHW) and dead air.

Every duration is measured from the caller's end of speech (``start``) and clamped at 0, because a
negative value can only come from clock skew between the telephony side and the agent.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import NamedTuple

from stream.metrics.fillers import find_helpful_word
from stream.metrics.timeline import Timeline, Turn, last_between
from stream.metrics.types import MetricsConfig

HELPFUL = "helpful"
FILLER_ONLY = "filler_only"
NO_RESPONSE = "none"


class TurnTiming(NamedTuple):
    start_ms: int
    first_token_ms: int | None
    ttfhw_ms: int | None
    within_budget: bool
    response: str  # HELPFUL | FILLER_ONLY | NO_RESPONSE
    dead_air: bool
    dead_air_settled: bool  # later events can no longer change ``dead_air``


def turn_start_ms(turn: Turn, timeline: Timeline) -> int:
    """Caller end of speech: the last clientSpeaking-off since the previous caller utterance, else its ts."""
    off = last_between(timeline.client_off_ts, turn.prev_caller_ts, turn.caller.ts)
    return turn.caller.ts if off is None else off


def first_send_ms(turn: Turn) -> int | None:
    """Send time of the response's first token chunk (its first utterance's ts when it has no chunks)."""
    if not turn.agent:
        return None
    first = turn.agent[0]
    return first.data.chunks[0].ts if first.data.chunks else first.ts


def _since(start_ms: int, ts_ms: int | None) -> int | None:
    return None if ts_ms is None else max(0, ts_ms - start_ms)


def _agent_spoke_within(timeline: Timeline, start_ms: int, deadline_ms: int) -> bool:
    chunks = timeline.agent_chunk_ts
    i = bisect_left(chunks, start_ms)
    return i < len(chunks) and chunks[i] <= deadline_ms


def turn_timing(turn: Turn, timeline: Timeline, config: MetricsConfig) -> TurnTiming:
    """TTFHW and friends for one turn."""
    start = turn_start_ms(turn, timeline)
    first_token = _since(start, first_send_ms(turn))
    helpful = find_helpful_word(turn.agent)
    ttfhw = _since(start, helpful.ts_ms if helpful is not None else None)
    response = HELPFUL if helpful is not None else (FILLER_ONLY if turn.agent else NO_RESPONSE)
    deadline = start + config.dead_air_ms
    answered_in_time = (first_token is not None and first_token <= config.dead_air_ms) or (
        _agent_spoke_within(timeline, start, deadline)
    )
    call_still_up = timeline.horizon_ms >= deadline
    return TurnTiming(
        start_ms=start,
        first_token_ms=first_token,
        ttfhw_ms=ttfhw,
        within_budget=ttfhw is not None and ttfhw <= config.ttfhw_budget_ms,
        response=response,
        dead_air=call_still_up and not answered_in_time,
        dead_air_settled=answered_in_time or call_still_up or timeline.ended is not None,
    )
