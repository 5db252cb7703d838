"""Reading a hand-off out of ``end.handoffData``."""

from __future__ import annotations

import json

import pytest

from ingest.tap.handoff import read_handoff

CASES = {
    "twilio docs example": ({"reasonCode": "live-agent-handoff", "reason": "The caller wants to talk to a real person"}, ("The caller wants to talk to a real person", "caller_request")),
    "explicit trigger": ({"reasonCode": "live-agent-handoff", "reason": "payments down", "trigger": "tool_failure"}, ("payments down", "tool_failure")),
    "guessed frustration": ({"reasonCode": "handoff", "reason": "caller frustration detected"}, ("caller frustration detected", "frustration")),
    "handoff flag": ({"handoff": True, "reason": "policy limit"}, ("policy limit", "policy")),
    "not a handoff": ({"reasonCode": "call-complete", "reason": "done"}, None),
}  # fmt: skip


@pytest.mark.parametrize(("data", "expected"), CASES.values(), ids=CASES.keys())
def test_read_handoff(data: dict[str, object], expected: object) -> None:
    assert read_handoff(json.dumps(data)) == expected


@pytest.mark.parametrize("raw", ["", "transfer please", "[1]", "null"])
def test_opaque_strings_are_not_handoffs(raw: str) -> None:
    assert read_handoff(raw) is None
