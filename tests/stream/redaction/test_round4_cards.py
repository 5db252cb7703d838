"""Card numbers (and phones, IDs) read out with pauses, and cards after "pay"/"charge" (issue 15, round
4): no digit is left in clear. Invented test numbers (Luhn-valid test cards), hand-written ASR shapes."""

from __future__ import annotations

import re

import pytest

from stream.redaction.base import redact_text
from stream.redaction.speech_redactor import SpeechRedactor

_DIGIT_WORDS = r"\b(?:zero|oh|one|two|three|four|five|six|seven|eight|nine|eighteen|eighty)\b|\d"


@pytest.mark.parametrize(
    "text",
    [
        # a pause phrase while reading the card off: the last digits were left in clear
        "card is four oh one two eight eight eight eight eight eight eight eight one eight hold on eight one",
        "card is four oh one two eight eight eight eight eight eight eight eight one let me see eight eight one",
        "card is four oh one two eight eight eight eight eight eight eight eight one eight got it eight one",
        "card is four oh one two eight eight eight eight eight eight eight eight one eight eight okay one",
        "card ending in one eight hold on eight one",
        "my phone number is four one five, hold on, five five five, oh one nine eight",
        "member id is M as in Mary, R, four four seven one, hold on, nine oh two",
        "my policy number is P L triple seven, got it, eight two one",
        # after "pay"/"charge", a card read digit by digit is not an amount
        "pay with four oh one two eight eight eight eight eight eight eight eight one eight to eight one",
        "charge it to four one one one to one one one one one one one one one one one one",
    ],
)
def test_no_digit_of_a_number_read_with_pauses_is_left(speech_redactor: SpeechRedactor, text: str) -> None:
    redacted = redact_text(speech_redactor, text)
    assert not re.search(_DIGIT_WORDS, re.sub(r"<[^>]*>", "", redacted)), redacted


def test_a_card_read_with_a_pause_gets_the_token_of_the_written_card(speech_redactor: SpeechRedactor) -> None:
    spoken = redact_text(
        speech_redactor,
        "card is four oh one two eight eight eight eight eight eight eight eight one eight got it eight one",
    )
    written = redact_text(speech_redactor, "card is 4012 8888 8888 1881")
    assert spoken == written


@pytest.mark.parametrize(
    "text",
    [
        "charge sixteen forty one to four oh one two eight eight eight eight eight eight eight eight one eight eight one",
        "can you charge one hundred one seventy one to my visa",
        "the total was forty okay one more thing",
        "i'd like to pay forty two fifty to my account",
    ],
)
def test_amounts_stay_in_clear(speech_redactor: SpeechRedactor, text: str) -> None:
    redacted = redact_text(speech_redactor, text)
    amount = re.search(
        r"(sixteen forty one|one hundred one seventy one|forty okay one|forty two fifty)", text
    )
    assert amount is not None and amount.group(1) in redacted, redacted
