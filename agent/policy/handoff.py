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


def handoff_payload(state: CallState, closing: Closing, agent_version: str) -> dict[str, Any]:
    trigger = closing.trigger or "policy"
    return {
        "reasonCode": "live-agent-handoff",
        "reason": closing.reason,
        "trigger": trigger,
        "transcript": {"callSid": state.call_sid, "turnIndex": state.turn_index},
        "workflow": state.workflow,
        "intent": state.intent,
        "verified": state.identity.verified,
        "verificationMethod": state.identity.method or None,
        "collected": dict(state.collected),
        "openTasks": sorted(state.open_tasks),
        "completedTasks": list(state.succeeded),
        "nextBestAction": closing.next_best_action or _NEXT_ACTION[trigger],
        "agentVersion": agent_version,
    }


def handoff_data(state: CallState, closing: Closing, agent_version: str) -> str:
    """The JSON string sent in ``end.handoffData``."""
    return scrub(json.dumps(handoff_payload(state, closing, agent_version), separators=(",", ":")))
