"""Interruption recovery: for each ``interrupt`` event, did the agent yield, answer, and avoid a repeat.

The interrupted response is the response being spoken when the caller barged in (the greeting, or the
answer to the last caller utterance before the interrupt); the interrupting utterance is the first caller
utterance after it. The window closes at the second caller utterance after the interrupting one.

An end inside the window (revised 2026-12-02, metrics.md section 4): a handoff or a failure of the
agent or the platform loses the open interrupts; a caller's hang-up loses them only when it shows the
recovery failed (see ``hangup_shows_failure``); tasks play no part, so a tap, which never sees them,
reads the same recovery as the agent's own events.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from ingest.contract.lean import AgentUtterance, Interrupt
from ingest.lexicon.phrases import CORRECTION_MARKERS, load_lexicon
from ingest.lexicon.words import overlap, words
from stream.metrics.containment import is_failure_end
from stream.metrics.timeline import Timeline, Turn
from stream.metrics.ttfhw import TurnTiming
from stream.metrics.types import InterruptMetrics, MetricsConfig

REPEAT_WINDOW_UTTERANCES = 2
CALLER_SIDE_ENDS = frozenset({"hangup", "timeout"})
"""Ends the caller caused (hung up, or went quiet until a no-input timeout); a ``failed`` status
outranks them (see ``is_failure_end``)."""


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


def _escalated_in(timeline: Timeline, after: int, until: int) -> bool:
    """A handoff was requested at a position in (after, until]."""
    return any(after < timeline.position[h.event_id] <= until for h in timeline.handoffs)


def _caller_last_words(answer: Turn, later: Sequence[Turn], ended_at: int) -> Turn:
    """The caller's last final utterance before the end, within the window (the interrupting one or later)."""
    said = [t for t in later if t.position < ended_at]
    return said[-1] if said else answer


def hangup_shows_failure(
    timeline: Timeline,
    ended_at: int,
    answer: Turn | None,
    later: Sequence[Turn],
    scores: Sequence[float],
    config: MetricsConfig,
) -> bool:
    """A caller's hang-up inside the window shows the recovery failed (metrics.md section 4, revised).

    It does when the caller left before the agent's answer (no agent utterance after the interrupting
    utterance), or when the caller's last words before it were a repeat of the interrupting
    utterance, a correction marker, or clearly negative (score <= ``hangup_negative_score``). A caller
    who got the answer and said goodbye is recovered, with or without a task: a tap never sees tasks.
    """
    if answer is None or not any(timeline.position[u.event_id] < ended_at for u in answer.agent):
        return True
    last = _caller_last_words(answer, later, ended_at)
    if last is not answer and caller_pushed_back(answer, (last,), config):
        return True
    return scores[last.number - 1] <= config.hangup_negative_score


def _call_lost_in(
    timeline: Timeline,
    after: int,
    until: int,
    answer: Turn | None,
    later: Sequence[Turn],
    scores: Sequence[float],
    config: MetricsConfig,
) -> bool:
    """The window (after, until] holds an escalation, an end by handoff or by a failure of the agent or
    the platform (its open interrupts are not recovered), or a caller's hang-up that shows the
    recovery failed. An agent that ended the call itself (``agent_end``) loses nothing here."""
    if _escalated_in(timeline, after, until):
        return True
    end = timeline.ended
    ended_at = timeline.ended_position()
    if end is None or ended_at is None or not after < ended_at <= until:
        return False
    if end.data.reason == "handoff" or is_failure_end(end):
        return True
    if end.data.reason in CALLER_SIDE_ENDS:
        return hangup_shows_failure(timeline, ended_at, answer, later, scores, config)
    return False


def judge_interrupt(
    number: int,
    interrupt: Interrupt,
    timeline: Timeline,
    timings: Sequence[TurnTiming],
    scores: Sequence[float],
    config: MetricsConfig,
) -> InterruptJudgement:
    """The three parts of recovery for one interrupt (``number`` is 1-based in event order);
    ``scores`` are the caller utterances' sentiment, one per turn."""
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
    lost = _call_lost_in(timeline, position, window_end, answer, later, scores, config)
    not_repeated = not lost and not (answer is not None and caller_pushed_back(answer, later, config))
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
    timeline: Timeline, timings: Sequence[TurnTiming], scores: Sequence[float], config: MetricsConfig
) -> tuple[InterruptJudgement, ...]:
    """Every interrupt of the call, in event order."""
    return tuple(
        judge_interrupt(n, interrupt, timeline, timings, scores, config)
        for n, interrupt in enumerate(timeline.interrupts, start=1)
    )
