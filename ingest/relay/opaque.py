"""ConversationRelay's opaque strings: ``end.handoffData`` (from the agent) and ``resumeState`` (back to it
on a reconnect) are strings to Twilio and, by convention, stringified JSON objects. One reading of them for
the agent and the tap (pure)."""

from __future__ import annotations

import json
from typing import Any


def json_object(text: str) -> dict[str, Any] | None:
    """``text`` as a JSON object, or ``None`` when it is empty, not JSON, or JSON but not an object."""
    if not text:
        return None
    try:
        data = json.loads(text)
    except ValueError:
        return None
    return data if isinstance(data, dict) else None
