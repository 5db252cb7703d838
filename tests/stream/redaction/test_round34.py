"""Round 34 of issue 15: v33's one partial leak fixed at its mechanism, in ``default_deny``. Invented names
and values, none taken from a corpus.

Redacted now: a run of digits no rule named (a birth date in numerals, "<d> <m> <yy>") that a plural word
after it ("ends", "cases") was taken to count, in a text that already gives an identifying value (here a
last four): there a plural word after a run explains nothing.
Keep-guards: what a number counts in a text with no identifying value ("3000 steps"), a model number with
units and a month, a year after "in" (with a ZIP too), a sum in dollars beside a social's last four.
"""

from __future__ import annotations

import pytest
from clear_words import assert_redacted

from stream.redaction.speech_redactor import SpeechRedactor


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("mara quist 3 14 62 ends 2210", ["3", "14", "62", "2210"]),
        ("tobin reyes 12 9 71 ends 4408", ["12", "9", "71", "4408"]),
    ],
)  # fmt: skip
def test_a_date_in_numerals_before_ends_and_a_last_four_is_redacted(
    speech_redactor: SpeechRedactor, text: str, secret: list[str]
) -> None:
    assert_redacted(speech_redactor, text, secret=secret, kept="ends")


def test_a_plural_word_explains_no_run_in_a_text_that_gives_a_last_four(
    speech_redactor: SpeechRedactor,
) -> None:
    assert_redacted(
        speech_redactor,
        "tobin reyes, 12 9 71 cases, ends 4408",
        secret=["12", "9", "71", "4408"],
        kept="cases",
    )


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("I walked 3000 steps today", "3000 steps"),
        ("we ordered 2500 units in march", "2500 units"),
        ("the 4400 series, twelve units, march delivery", "4400 series"),
        ("We moved to 56 Elm St in 2024.", "in 2024"),
        ("my zip is 60614 and we moved there in 2019", "in 2019"),
        ("my ssn ends 4471 and I paid 2500 dollars", "paid 2500 dollars"),
    ],
)  # fmt: skip
def test_what_a_number_counts_stays_without_an_identifying_value_beside_it(
    speech_redactor: SpeechRedactor, text: str, kept: str
) -> None:
    assert_redacted(speech_redactor, text, kept=kept)
