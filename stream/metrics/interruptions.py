"""Interruption recovery: for each ``interrupt`` event, did the agent yield, answer, and avoid a repeat.

The interrupted response is the response being spoken when the caller barged in (the greeting, or the
answer to the last caller utterance before the interrupt); the interrupting utterance is the first caller
utterance after it. The window closes at the second caller utterance after the interrupting one.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from ingest.contract.models import AgentUtterance, Interrupt, TaskCompleted
from stream.metrics.lexicon import CORRECTION_MARKERS, load_lexicon
from stream.metrics.timeline import Timeline, Turn
from stream.metrics.ttfhw import TurnTiming
from stream.metrics.types import InterruptMetrics, MetricsConfig
from stream.metrics.words import overlap, words

REPEAT_WINDOW_UTTERANCES = 2


class InterruptJudgement(NamedTuple):
    metrics: InterruptMetrics
    response_index: int  # the interrupted response: 0 = greeting, else the turn index
    final: bool  # its window is closed (or the call ended), so ``metrics`` can no longer change


def yielded(response: Sequence[AgentUtterance], interrupt: Interrupt, config: MetricsConfig) -> bool:
    """No token of the interrupted response was sent more than the grace period after the interrupt."""
    latest_allowed = interrupt.ts + config.yield_grace_ms
    for utterance in response:
        sent = [c.ts for c in utterance.data.chunks] or [utterance.ts]
        if max(sent) > latest_allowed:
            return False
    return True


def is_restart(
    response: Sequence[AgentUtterance], interrupt: Interrupt, answer: Turn, config: MetricsConfig
) -> bool:
    """The answer's first words repeat the unspoken remainder of the utterance that was cut off."""
    cut = [u for u in response if u.ts <= interrupt.ts]
    if not cut:
        return False
    spoken = len(words(interrupt.data.utterance_until_interrupt))
    remainder = words(cut[-1].data.text)[spoken : spoken + config.restart_words]
    if not remainder:
        return False
    answer_words = [w for u in answer.agent for w in words(u.data.text)][: config.restart_words]
    return overlap(remainder, answer_words) >= config.restart_overlap


def caller_pushed_back(interrupting: Turn, later: Sequence[Turn], config: MetricsConfig) -> bool:
    """A later caller utterance repeats the interrupting one or contains a correction marker."""
    markers = load_lexicon(CORRECTION_MARKERS)
    said = words(interrupting.caller.data.text)
    for turn in later:
        again = words(turn.caller.data.text)
        if (said and overlap(said, again) >= config.repeat_overlap) or markers.occurs_in(again):
            return True
    return False


def _call_lost_in(timeline: Timeline, after: int, until: int) -> bool:
    """Escalation, or a hang-up not preceded by a successful task, at positions in (after, until]."""
    if any(after < timeline.position[h.event_id] <= until for h in timeline.handoffs):
        return True
    end = timeline.ended
    ended_at = timeline.ended_position()
    if end is None or ended_at is None or not after < ended_at <= until:
        return False
    if end.data.reason == "handoff":
        return True
    if end.data.reason != "hangup":
        return False
    got_it_done = any(
        t.data.success and timeline.position[t.event_id] < ended_at for t in timeline.of(TaskCompleted)
    )
    return not got_it_done


def judge_interrupt(
    number: int,
    interrupt: Interrupt,
    timeline: Timeline,
    timings: Sequence[TurnTiming],
    config: MetricsConfig,
) -> InterruptJudgement:
    """The three parts of recovery for one interrupt (``number`` is 1-based in event order)."""
    position = timeline.position[interrupt.event_id]
    index = timeline.response_index(position)
    response = timeline.response(index)
    answer = timeline.turns[index] if index < len(timeline.turns) else None
    later = timeline.turns[index + 1 : index + 1 + REPEAT_WINDOW_UTTERANCES]
    complete = len(later) == REPEAT_WINDOW_UTTERANCES
    window_end = later[-1].position if complete else len(timeline.events)
    ended = timeline.ended is not None

    did_yield = yielded(response, interrupt, config)
    answered = answer is not None and (
        timings[index].within_budget and not is_restart(response, interrupt, answer, config)
    )
    not_repeated = not _call_lost_in(timeline, position, window_end) and not (
        answer is not None and caller_pushed_back(answer, later, config)
    )
    metrics = InterruptMetrics(
        call_sid=interrupt.call_sid,
        interrupt_index=number,
        event_id=interrupt.event_id,
        ts_ms=interrupt.ts,
        yielded=did_yield,
        answered=answered,
        not_repeated=not_repeated,
        recovered=did_yield and answered and not_repeated,
        window_truncated=ended and not complete,
    )
    return InterruptJudgement(metrics=metrics, response_index=index, final=complete or ended)


def judge_interrupts(
    timeline: Timeline, timings: Sequence[TurnTiming], config: MetricsConfig
) -> tuple[InterruptJudgement, ...]:
    """Every interrupt of the call, in event order."""
    return tuple(
        judge_interrupt(n, interrupt, timeline, timings, config)
        for n, interrupt in enumerate(timeline.interrupts, start=1)
    )
