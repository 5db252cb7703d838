"""``compute_call``: every metric of one call, recomputed from all of its events.

Pure: the same events in any order (with any duplicates) give the same result, and nothing reads the
clock. Turn and interrupt rows are returned only once they can no longer change; the call row counts
everything known so far, so it can be shown while the call is live.
"""

from __future__ import annotations

from collections.abc import Sequence

from ingest.contract.lean import TurnEvent
from stream.metrics.containment import containment
from stream.metrics.extras import (
    consent_given,
    dead_air_turns,
    disclosure_before_verification,
    handoff_reason,
    tool_usage,
)
from stream.metrics.interruptions import InterruptJudgement, judge_interrupts
from stream.metrics.loops import loop
from stream.metrics.quantiles import quantile
from stream.metrics.sentiment import SentimentScorer, VaderScorer, score_turns, sentiment_summary
from stream.metrics.tasks import task_outcome
from stream.metrics.timeline import Timeline, build_timeline
from stream.metrics.ttfhw import FILLER_ONLY, NO_RESPONSE, TurnTiming, turn_timing
from stream.metrics.types import CallMetrics, CallResult, MetricsConfig, TurnMetrics

DEFAULT_CONFIG = MetricsConfig()
_DEFAULT_SCORER = VaderScorer()


class MetricsInputError(ValueError):
    """The events cannot describe one call (none at all, or several call SIDs)."""


def _turn_rows(
    timeline: Timeline,
    timings: Sequence[TurnTiming],
    scores: Sequence[float],
    judgements: Sequence[InterruptJudgement],
) -> tuple[tuple[TurnMetrics, ...], tuple[TurnMetrics, ...]]:
    """(all turns, final turns). A turn is final once the next caller utterance exists or the call
    ended, and its dead-air window has closed."""
    interrupted = {j.response_index for j in judgements}
    rows: list[TurnMetrics] = []
    final: list[TurnMetrics] = []
    for turn, timing, score in zip(timeline.turns, timings, scores, strict=True):
        row = TurnMetrics(
            call_sid=turn.caller.call_sid,
            turn_index=turn.number,
            caller_event_id=turn.caller.event_id,
            start_ms=timing.start_ms,
            first_token_ms=timing.first_token_ms,
            ttfhw_ms=timing.ttfhw_ms,
            within_budget=timing.within_budget,
            response=timing.response,
            dead_air=timing.dead_air,
            interrupted=turn.number in interrupted,
            sentiment=score,
        )
        rows.append(row)
        closed = turn.next_caller_position is not None or timeline.ended is not None
        if closed and timing.dead_air_settled:
            final.append(row)
    return tuple(rows), tuple(final)


def is_unanswered(timeline: Timeline, timings: Sequence[TurnTiming]) -> bool:
    """The call ended with its last caller utterance unanswered after the dead-air limit: the agent
    stopped answering (a caller who says goodbye and hangs up at once is not waiting for a reply)."""
    if timeline.ended is None or not timings:
        return False
    last = timings[-1]
    return last.response == NO_RESPONSE and last.dead_air


def compute_call(
    events: Sequence[TurnEvent],
    config: MetricsConfig = DEFAULT_CONFIG,
    scorer: SentimentScorer | None = None,
) -> CallResult:
    """All metrics of one call (see ``docs/metrics.md``). ``scorer`` defaults to a shared VaderScorer."""
    if not events:
        raise MetricsInputError("no events: a call needs at least one event")
    sid = events[0].call_sid
    if any(e.call_sid != sid for e in events):
        sids = {e.call_sid for e in events}
        raise MetricsInputError(f"events of {len(sids)} calls given; compute one call at a time")
    timeline = build_timeline(events)
    identity = timeline.started or timeline.events[0]
    started_at = identity.ts
    ended_at = timeline.ended.ts if timeline.ended is not None else None

    timings = tuple(turn_timing(t, timeline, config) for t in timeline.turns)
    scores = score_turns(timeline, scorer if scorer is not None else _DEFAULT_SCORER)
    judgements = judge_interrupts(timeline, timings, scores, config)
    turns, final_turns = _turn_rows(timeline, timings, scores, judgements)
    interrupts = [j.metrics for j in judgements]
    tasks = task_outcome(timeline)
    unanswered = is_unanswered(timeline, timings)
    kept = containment(timeline, tasks.succeeded, unanswered)
    loops = loop(timeline, config)
    mood = sentiment_summary(timeline, scores, started_at, ended_at, config)
    tools = tool_usage(timeline)
    reason, trigger = handoff_reason(timeline)
    ttfhw = [t.ttfhw_ms for t in turns if t.ttfhw_ms is not None]

    call = CallMetrics(
        call_sid=identity.call_sid,
        workflow=identity.workflow,
        agent_name=identity.agent.name,
        agent_version=identity.agent.version,
        agent_model=identity.agent.model,
        prompt_version=identity.agent.prompt_version,
        canary=identity.flags.canary,
        shadow=identity.flags.shadow,
        started_at_ms=started_at,
        last_event_ms=timeline.last_event_ms,
        ended=timeline.ended is not None,
        ended_at_ms=ended_at,
        end_status=timeline.ended.data.status if timeline.ended is not None else None,
        end_reason=timeline.ended.data.reason if timeline.ended is not None else None,
        handle_time_ms=max(0, ended_at - started_at) if ended_at is not None else None,
        escalated=kept.escalated,
        contained=kept.contained,
        resolved_contained=kept.resolved_contained,
        abandoned_early=kept.abandoned_early,
        agent_failed=kept.agent_failed,
        unanswered=unanswered and not kept.escalated and not kept.agent_failed,
        agent_repeats=loops.agent_repeats,
        caller_repeats=loops.caller_repeats,
        looping=loops.looping,
        loop_turn=loops.loop_turn,
        task_success=tasks.succeeded > 0,
        tasks_started=tasks.started,
        tasks_succeeded=tasks.succeeded,
        tasks_failed=tasks.failed,
        turns=len(turns),
        ttfhw_first_ms=turns[0].ttfhw_ms if turns else None,
        ttfhw_p50_ms=quantile(ttfhw, 0.5),
        ttfhw_p95_ms=quantile(ttfhw, 0.95),
        turns_within_budget=sum(t.within_budget for t in turns),
        no_helpful_turns=sum(t.response == FILLER_ONLY for t in turns),
        dead_air_turns=dead_air_turns(timings),
        interrupts=len(interrupts),
        interrupts_recovered=sum(i.recovered for i in interrupts),
        interrupts_yielded=sum(i.yielded for i in interrupts),
        interrupts_answered=sum(i.answered for i in interrupts),
        interrupts_not_repeated=sum(i.not_repeated for i in interrupts),
        sentiment_first=mood.first,
        sentiment_last=mood.last,
        sentiment_delta=mood.delta,
        short_call=mood.short_call,
        tool_calls=tools.calls,
        tool_failures=tools.failures,
        tools=tools.per_tool,
        handoff_reason=reason,
        handoff_trigger=trigger,
        consent_given=consent_given(timeline),
        disclosure_before_verification=disclosure_before_verification(timeline),
        events=len(timeline.events),
    )
    return CallResult(
        call=call,
        turns=final_turns,
        interrupts=tuple(j.metrics for j in judgements if j.final),
    )
