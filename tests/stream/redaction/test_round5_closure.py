"""Identifiers cut at a word the closure did not expect (issue 15, round 5): a bare letter before a
spelling-alphabet word, a spelling-alphabet word after "X as in Y", an "a" that is the ID's first
letter, capitals written before the digits, a misheard first digit of a card or a ZIP, a one-digit
house number before an abbreviated suffix with its period. Invented values, hand-written ASR shapes."""

from __future__ import annotations

import re

import pytest

from stream.redaction.base import redact_text
from stream.redaction.speech_redactor import SpeechRedactor

_DIGIT_WORDS = r"\b(?:zero|oh|one|two|three|four|five|six|seven|eight|nine|for|to)\b|\d"


def _clear(redacted: str) -> str:
    return re.sub(r"<[^>]*>", "", redacted)


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        # a bare letter, then a spelling-alphabet word, then the digits: the letters were left in clear
        ("the number they mailed me last week was q tango five two two nine one four", ["q", "tango"]),
        ("the sticker on the box reads w hotel eight one one four six seven", ["w", "hotel"]),
        # "X as in Y" letters, then a spelling-alphabet word: that word was left in clear
        (
            "what my letter from them says is p as in peter d as in dog uniform four four one nine two",
            ["uniform"],
        ),
        # "a" right after "is", before digits read out, after an ID word: the ID's first letter
        ("the id on the front of my card is a four seven seven one nine two six", [" a "]),
    ],
)
def test_every_letter_of_an_identifier_goes(
    speech_redactor: SpeechRedactor, text: str, letters: list[str]
) -> None:
    clear = _clear(redact_text(speech_redactor, text)) + " "
    assert not re.search(_DIGIT_WORDS, clear), clear
    for letter in letters:
        assert letter not in clear.split() and letter not in clear, clear


def test_capitals_written_before_the_digits_go_with_them(speech_redactor: SpeechRedactor) -> None:
    # "HA" is a word in lower case; written in capitals before the digits it is the ID's prefix
    redacted = redact_text(speech_redactor, "the plan card reads HA 55120 94.")
    assert "HA" not in _clear(redacted) and not re.search(r"\d", _clear(redacted)), redacted


def test_written_prefix_spaced_and_glued_get_one_token(speech_redactor: SpeechRedactor) -> None:
    spaced = redact_text(speech_redactor, "the plan card reads HA 55120 94.")
    glued = redact_text(speech_redactor, "tool lookup_member member_id=ha5512094")
    assert re.findall(r"<ACCOUNT_ID:\w+>", spaced) == re.findall(r"<ACCOUNT_ID:\w+>", glued), (spaced, glued)


def test_the_a_letter_id_gets_the_token_of_the_written_id(speech_redactor: SpeechRedactor) -> None:
    spoken = redact_text(
        speech_redactor, "the id on the front of my card is a four seven seven one nine two six"
    )
    written = redact_text(speech_redactor, "the id on the front of my card is A4771926")
    assert spoken == written


def test_a_misheard_first_digit_of_a_card_goes_with_the_card(speech_redactor: SpeechRedactor) -> None:
    text = "pay it with for oh one two eight eight eight eight eight eight eight eight one eight eight one"
    redacted = redact_text(speech_redactor, text)
    assert not re.search(_DIGIT_WORDS, _clear(redacted)), redacted
    assert redacted.replace("pay it with ", "card ") == redact_text(
        speech_redactor, "card 4012 8888 8888 1881"
    )


def test_a_misheard_first_digit_of_a_zip_after_an_address_goes(speech_redactor: SpeechRedactor) -> None:
    redacted = redact_text(
        speech_redactor, "ship it to four four one two juniper crossing to nine double one four"
    )
    assert not re.search(_DIGIT_WORDS, _clear(redacted).replace("ship it to", "")), redacted
    assert "<ZIP_CODE:" in redacted


@pytest.mark.parametrize(
    "text",
    [
        "the crew can come to 7 Larkspur Hts. after lunch",
        "please mail it to 4 Orchard Mdws. by Friday",
    ],
)
def test_a_one_digit_house_number_before_an_abbreviated_suffix_goes(
    speech_redactor: SpeechRedactor, text: str
) -> None:
    redacted = redact_text(speech_redactor, text)
    assert "<STREET_ADDRESS:" in redacted and not re.search(r"\d", _clear(redacted)), redacted
