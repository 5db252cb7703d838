"""Structural fields are known by their field and kept; free text is always scanned; a value in
the wrong field is scanned like free text."""

from __future__ import annotations

import orjson

from stream.redaction.base import Tokenizer
from stream.redaction.payload import redact_payload
from stream.redaction.speech_redactor import SpeechRedactor

TOKENS = Tokenizer(b"test-key")


def test_a_dead_letter_keeps_model_names_prompt_versions_tool_names_and_error_codes(
    speech_redactor: SpeechRedactor,
) -> None:
    letter = {
        "type": "tool.result",
        "agent": {"name": "refill-bot", "version": "2.4.1", "model": "gpt-4o-mini-2024-07-18",
                  "prompt_version": "refill-v12"},
        "data": {"tool": "find_member", "tool_call_id": "tc_19", "error_code": "NOT_FOUND",
                 "note": "member id is K as in king, double four one nine four nine"},
    }  # fmt: skip
    out = orjson.loads(redact_payload(orjson.dumps(letter).decode(), speech_redactor, TOKENS))
    assert out["agent"] == letter["agent"]
    assert out["data"]["tool"] == "find_member" and out["data"]["error_code"] == "NOT_FOUND"
    assert out["data"]["note"].startswith("member id is <ACCOUNT_ID:") and "four" not in out["data"]["note"]


def test_personal_data_in_a_structural_field_is_still_redacted(speech_redactor: SpeechRedactor) -> None:
    letter = {
        "agent": {"name": "Jane Roe", "model": "+1 718 555 2913"},
        "data": {"error_code": "E-40412871", "tool": "jane.roe@example.com"},
    }
    out = redact_payload(orjson.dumps(letter).decode(), speech_redactor, TOKENS)
    for secret in ("Roe", "2913", "40412871", "jane.roe"):
        assert secret not in out, out
