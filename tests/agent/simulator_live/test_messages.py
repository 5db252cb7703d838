"""Twilio's validation of app messages (reference §3), as the simulator applies it."""

from __future__ import annotations

import pytest

from agent.simulator.live.messages import AppMessage, Invalid, check

VALID = {
    "text token": '{"type":"text","token":"Hello ","last":false}',
    "empty end-of-turn token": '{"type":"text","token":"","last":true}',
    "text with overrides": '{"type":"text","token":"Hi","interruptible":false,"preemptible":true,"lang":"sv-SE"}',
    "play": '{"type":"play","source":"https://api.twilio.com/cowbell.mp3","loop":1}',
    "sendDigits": '{"type":"sendDigits","digits":"9www4085551212"}',
    "language": '{"type":"language","ttsLanguage":"sv-SE","transcriptionLanguage":"en-US"}',
    "end": '{"type":"end"}',
    "end with handoff": '{"type":"end","handoffData":"{\\"reasonCode\\":\\"live-agent-handoff\\"}"}',
    "unknown extra key": '{"type":"text","token":"Hi","note":"x"}',
}
INVALID = {
    "null token": '{"type":"text","token":null}',
    "missing token": '{"type":"text","last":true}',
    "last as string": '{"type":"text","token":"a","last":"true"}',
    "unknown type (2026 config)": '{"type":"config","interruptible":"none"}',
    "no type": '{"token":"hi"}',
    "not json": "hello",
    "json array": "[1,2]",
    "play without url": '{"type":"play","source":"cowbell.mp3"}',
    "loop out of range": '{"type":"play","source":"https://x.example/a.mp3","loop":1001}',
    "digits with letters": '{"type":"sendDigits","digits":"12a"}',
    "empty digits": '{"type":"sendDigits","digits":""}',
    "language without a language": '{"type":"language"}',
    "handoffData as object": '{"type":"end","handoffData":{"a":1}}',
}


@pytest.mark.parametrize("frame", VALID.values(), ids=VALID.keys())
def test_twilio_accepts(frame: str) -> None:
    assert isinstance(check(frame), AppMessage)


@pytest.mark.parametrize("frame", INVALID.values(), ids=INVALID.keys())
def test_twilio_rejects_with_an_error_description(frame: str) -> None:
    result = check(frame)
    assert isinstance(result, Invalid)
    assert result.description.startswith("Invalid message received: ")


def test_binary_frames_are_invalid() -> None:
    assert isinstance(check(b"\x00\x01"), Invalid)
