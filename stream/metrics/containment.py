"""Containment: did the agent keep the call, and did it get something done.

Only a caller abandons: ``abandoned_early`` calls (the caller left before any agent speech after the
first caller utterance; the greeting alone is not a response) are neither contained nor in the rates'
denominators. A call that ended because the agent, the tap or the platform failed is
``agent_failed`` instead: never abandoned, never contained, and in both denominators, so a crashing
agent lowers containment rather than hiding its calls from it (metrics.md section 1, revised
2026-12-02). A call the agent stopped answering (``unanswered``: the caller's last words got no reply
and the caller waited past the dead-air limit before hanging up) is not contained either: its caller
left unhelped because the agent went silent (metrics 1.2.0), and it is not ``abandoned_early`` even when the
agent never answered at all (metrics 1.3.0).
"""

from __future__ import annotations

from typing import NamedTuple

from ingest.contract.lean import CallEnded
from stream.metrics.timeline import Timeline

FAILURE_REASONS = frozenset({"agent_error", "upstream_lost", "protocol_error", "shutdown", "error"})
"""``call.ended`` reasons that name a failure of the agent, the tap or the platform. ``error`` is
v1's older, side-less name for a failed session (the tap used it for a lost agent socket)."""

FAILED_STATUS = "failed"
"""ConversationRelay's SessionStatus for a broken session (socket dropped, 64105, a failure reason);
with it even the legacy ``timeout`` is a media-path failure, not a caller who went quiet."""


class Containment(NamedTuple):
    escalated: bool
    contained: bool
    resolved_contained: bool
    abandoned_early: bool
    agent_failed: bool


def is_failure_end(end: CallEnded) -> bool:
    """The call ended because the agent, the tap or the platform failed (not the caller, not by design)."""
    return end.data.status == FAILED_STATUS or end.data.reason in FAILURE_REASONS


def is_agent_failed(timeline: Timeline) -> bool:
    """The call has ended, and its (first) ``call.ended`` names a failure."""
    return timeline.ended is not None and is_failure_end(timeline.ended)


def is_escalated(timeline: Timeline) -> bool:
    """A handoff was requested, or the call ended with reason ``handoff``."""
    ended_by_handoff = timeline.ended is not None and timeline.ended.data.reason == "handoff"
    return bool(timeline.handoffs) or ended_by_handoff


def containment(timeline: Timeline, tasks_succeeded: int, unanswered: bool = False) -> Containment:
    """Containment flags; all false but ``escalated`` while the call is live. ``unanswered``: the
    agent left the call's last caller utterance without a reply (see ``is_unanswered``)."""
    escalated = is_escalated(timeline)
    ended = timeline.ended is not None
    failed = is_agent_failed(timeline)
    # Only a caller abandons: a call handed to a person before the agent spoke was transferred, not abandoned,
    # and stays in the denominators (held-out case handoff-keyword-operator-no-agent-words).
    # Nor does a caller abandon a silent agent: a call whose caller waited past the dead-air limit for a
    # reply that never came is ``unanswered`` (in the denominators, never contained), even when the agent
    # never spoke at all (metrics 1.3.0).
    abandoned = (
        ended
        and not failed
        and not escalated
        and not unanswered
        and not any(turn.agent for turn in timeline.turns)
    )
    contained = ended and not escalated and not abandoned and not failed and not unanswered
    return Containment(
        escalated=escalated,
        contained=contained,
        resolved_contained=contained and tasks_succeeded > 0,
        abandoned_early=abandoned,
        agent_failed=failed,
    )
