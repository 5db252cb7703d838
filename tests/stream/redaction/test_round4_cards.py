"""Card numbers (and phones, IDs) read out with pauses, and cards after "pay"/"charge" (issue 15, round
4): no digit is left in clear. Invented test numbers (Luhn-valid test cards), hand-written ASR shapes.

Its cases are the ``params`` rows of ``cases/round4_cards.yaml``.
"""

from __future__ import annotations

import re
from pathlib import Path

from case_rows import CaseTable

from stream.redaction.base import redact_text
from stream.redaction.speech_redactor import SpeechRedactor

TABLE = CaseTable(Path(__file__).parent / "cases" / "round4_cards.yaml")

_DIGIT_WORDS = r"\b(?:zero|oh|one|two|three|four|five|six|seven|eight|nine|eighteen|eighty)\b|\d"


@TABLE.parametrize("text")
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


@TABLE.parametrize("text")
def test_amounts_stay_in_clear(speech_redactor: SpeechRedactor, text: str) -> None:
    redacted = redact_text(speech_redactor, text)
    amount = re.search(
        r"(sixteen forty one|one hundred one seventy one|forty okay one|forty two fifty)", text
    )
    assert amount is not None and amount.group(1) in redacted, redacted
