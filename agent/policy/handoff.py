"""The ``handoffData`` a person receives with the call: why, what is known, what to do next.

It is an opaque string to Twilio and not treated as PCI data, so it carries no card or SSN digits:
the collected fields are already masked, and the whole JSON is scrubbed once more before it leaves.
"""

from __future__ import annotations

import json
from typing import Any

from agent.policy.state import CallState, Closing
from agent.tools.masking import scrub

HANDOFF_LINE = "I'm connecting you to a person now. Thanks for your patience."

_NEXT_ACTION = {
    "keyword": "Greet the caller and ask how you can help; they asked for a person.",
    "caller_request": "Greet the caller and ask how you can help; they asked for a person.",
    "frustration": "Apologize for the trouble, then continue from the collected fields.",
    "tool_failure": "Finish the task by hand; the system failed for the agent.",
    "policy": "Handle the request; company policy requires a person.",
}


SUPERVISOR_NEXT_ACTION = "A supervisor took over: greet the caller and continue from the open tasks."


def handoff_payload(state: CallState, closing: Closing, agent_version: str) -> dict[str, Any]:
    """The agent's own handoff: why, where the call stands, and what it collected."""
    trigger = closing.trigger or "policy"
    known = {"verificationMethod": state.identity.method or None, "collected": dict(state.collected)}
    next_action = closing.next_best_action or _NEXT_ACTION[trigger]
    return _payload(state, closing.reason, trigger, known, next_action, agent_version)


def handoff_data(state: CallState, closing: Closing, agent_version: str) -> str:
    """The JSON string sent in ``end.handoffData``."""
    return _encoded(handoff_payload(state, closing, agent_version))


def supervisor_handoff_data(state: CallState, reason: str, agent_version: str) -> str:
    """``handoffData`` of a supervisor takeover: where the call stands, no personal data.

    Unlike the agent's own handoff it leaves out ``collected`` (names, masked numbers): the supervisor
    opens the call's page for context.
    """
    return _encoded(_payload(state, reason, "supervisor", {}, SUPERVISOR_NEXT_ACTION, agent_version))


def _payload(
    state: CallState, reason: str, trigger: str, known: dict[str, Any], next_action: str, agent_version: str
) -> dict[str, Any]:
    """Every handoff's fields, with ``known`` (what the agent may pass on) after the verification."""
    return {
        "reasonCode": "live-agent-handoff",
        "reason": reason,
        "trigger": trigger,
        "transcript": {"callSid": state.call_sid, "turnIndex": state.turn_index},
        "workflow": state.workflow,
        "intent": state.intent,
        "verified": state.identity.verified,
        **known,
        "openTasks": sorted(state.open_tasks),
        "completedTasks": list(state.succeeded),
        "nextBestAction": next_action,
        "agentVersion": agent_version,
    }


def _encoded(payload: dict[str, Any]) -> str:
    """Compact JSON, scrubbed once more before it leaves."""
    return scrub(json.dumps(payload, separators=(",", ":")))
