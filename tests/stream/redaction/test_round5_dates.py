"""A date of birth read out as its written numbers ("oh three slash fourteen slash eighty two") is one
date with the written date's token (issue 15, round 5: such dates were left in clear). Invented dates."""

from __future__ import annotations

import re

import pytest

from stream.redaction.base import redact_text
from stream.redaction.speech_redactor import SpeechRedactor


@pytest.mark.parametrize(
    ("spoken", "written"),
    [
        ("date of birth oh seven slash twenty two slash sixty one", "date of birth 07/22/61"),
        ("dob is eleven dash oh two dash nineteen ninety nine", "dob is 11/02/1999"),
        ("born 4 / 9 / 1975", "born 4/9/1975"),
    ],
)
def test_a_date_read_out_as_numbers_is_the_written_date(
    speech_redactor: SpeechRedactor, spoken: str, written: str
) -> None:
    said, wrote = redact_text(speech_redactor, spoken), redact_text(speech_redactor, written)
    assert re.findall(r"<DATE_OF_BIRTH:\w+>", said) == re.findall(r"<DATE_OF_BIRTH:\w+>", wrote) != [], (
        said,
        wrote,
    )
