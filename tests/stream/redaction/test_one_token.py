"""One value, one token: said, written or passed to a tool, a value gets one placeholder, and no
masking prefix is left in clear."""

from __future__ import annotations

import re

from stream.redaction.base import Tokenizer, redact_text
from stream.redaction.speech_redactor import SpeechRedactor

TOKEN = re.compile(r"<([A-Z_]+):([0-9a-f]{6})>")


def _tokens(redactor: SpeechRedactor, text: str) -> list[str]:
    return [m.group(2) for m in TOKEN.finditer(redact_text(redactor, text))]


def test_a_spoken_a_written_and_a_tool_argument_member_id_get_one_token(
    speech_redactor: SpeechRedactor,
) -> None:
    spoken = _tokens(speech_redactor, "my member id is K as in king, seven seven, double eight, one two")
    written = _tokens(speech_redactor, "member ID K7788-12")
    argument = _tokens(speech_redactor, "member_id=k778812, plan=gold")
    assert len(spoken) == 1 and spoken == written == argument


def test_a_number_read_as_a_phone_and_as_an_account_gets_one_token(speech_redactor: SpeechRedactor) -> None:
    as_phone = _tokens(speech_redactor, "call me at four one five, five five five, oh one nine eight")
    as_account = _tokens(speech_redactor, "account number 415 555 0198")
    assert as_phone == as_account


def test_the_callers_number_and_the_number_they_say_get_one_token(speech_redactor: SpeechRedactor) -> None:
    said = _tokens(speech_redactor, "my cell is seven one eight, double five five, two nine one three")
    assert Tokenizer(b"test-key").placeholder("CALLER", "+17185552913").endswith(f":{said[0]}>")


def test_spoken_and_written_email_with_digits_get_one_token(speech_redactor: SpeechRedactor) -> None:
    assert _tokens(speech_redactor, "it's diamond eighty nine at me dot com") == _tokens(
        speech_redactor, "it's Diamond89@me.com"
    )


def test_a_spelled_surname_and_the_said_surname_get_one_token(speech_redactor: SpeechRedactor) -> None:
    [said, spelled] = _tokens(speech_redactor, "last name is hughes, that's h-u-g-h-e-s")
    assert said == spelled


def test_a_masked_value_leaves_no_character_in_clear(speech_redactor: SpeechRedactor) -> None:
    redacted = redact_text(speech_redactor, "find_member member_id=K***234 dob=***")
    assert "K" not in redacted.replace("<ACCOUNT_ID:", "") and "234" not in redacted
