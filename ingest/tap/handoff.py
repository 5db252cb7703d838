"""Reading a hand-off out of ``end.handoffData``: an opaque string to Twilio, by convention
stringified JSON such as ``{"reasonCode":"live-agent-handoff","reason":"..."}``. The tap sees no
dialog state, so the trigger is taken from the data when present and otherwise guessed from words.
"""

from __future__ import annotations

from typing import get_args

from ingest.contract.models import HandoffTrigger
from ingest.relay.opaque import json_object

_MARKERS = ("handoff", "hand-off", "transfer", "escalat", "human", "live-agent", "live_agent", "person")
_TRIGGER_WORDS: tuple[tuple[str, HandoffTrigger], ...] = (
    ("frustrat", "frustration"),
    ("keyword", "keyword"),
    ("tool", "tool_failure"),
    ("unavailable", "tool_failure"),
    ("error", "tool_failure"),
    ("policy", "policy"),
    ("limit", "policy"),
)
MAX_REASON = 256


def read_handoff(handoff_data: str) -> tuple[str, HandoffTrigger] | None:
    """``(reason, trigger)`` when ``handoff_data`` asks for a person, else None."""
    data = json_object(handoff_data)
    if data is None:
        return None
    code = str(data.get("reasonCode") or data.get("reason_code") or "")
    reason = str(data.get("reason") or code or "handoff")
    flagged = data.get("handoff") is True or data.get("handoff") == "true"
    if not flagged and not any(m in code.lower() or m in reason.lower() for m in _MARKERS):
        return None
    return reason[:MAX_REASON], _trigger(data.get("trigger"), f"{code} {reason}".lower())


def _trigger(given: object, words: str) -> HandoffTrigger:
    for trigger in get_args(HandoffTrigger):
        if given == trigger:
            result: HandoffTrigger = trigger
            return result
    for word, guessed in _TRIGGER_WORDS:
        if word in words:
            return guessed
    return "caller_request"
