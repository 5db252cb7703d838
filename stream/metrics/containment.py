"""Containment: did the agent keep the call, and did it get something done.

``abandoned_early`` calls (ended before any agent speech after the first caller utterance; the
greeting alone is not a response) are neither contained nor in the rates' denominators.
"""

from __future__ import annotations

from typing import NamedTuple

from stream.metrics.timeline import Timeline


class Containment(NamedTuple):
    escalated: bool
    contained: bool
    resolved_contained: bool
    abandoned_early: bool


def is_escalated(timeline: Timeline) -> bool:
    """A handoff was requested, or the call ended with reason ``handoff``."""
    ended_by_handoff = timeline.ended is not None and timeline.ended.data.reason == "handoff"
    return bool(timeline.handoffs) or ended_by_handoff


def containment(timeline: Timeline, tasks_succeeded: int) -> Containment:
    """Containment flags; all false but ``escalated`` while the call is live."""
    escalated = is_escalated(timeline)
    ended = timeline.ended is not None
    abandoned = ended and not any(turn.agent for turn in timeline.turns)
    contained = ended and not escalated and not abandoned
    return Containment(
        escalated=escalated,
        contained=contained,
        resolved_contained=contained and tasks_succeeded > 0,
        abandoned_early=abandoned,
    )
