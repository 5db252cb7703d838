"""Round 20 of issue 15: v19's two partial leaks, its other misses and its over-redaction, fixed at their
mechanism, and one class of partial leak still on a spent half (v13). Invented names and values, none
taken from a corpus.

Redacted now: a ZIP said as a whole number after "zip" (its leading zeros unsaid), a name before "is my
last name" or a bare "is last" when the other part is said too, two letters spelled after "spelled" or
"letter", the last group of a card read on after a short aside when the check digit then holds.
Kept: a name's next word when it is a verb form ("sent"), a name part's label ("given name"), an English
word after a first name and surname ("long time customer"), a value's label ("final digits", "email",
"flight"); keep-guards: an amount after "zip" said with "dollars", "the fee is first", "spelled o k", a
surname after a middle initial, digits after an aside that make no card.

Its cases that are one ``assert_redacted`` over a row: ``cases/round20.yaml`` (run by ``test_cases.py``).
"""

from __future__ import annotations

from clear_words import assert_redacted

from stream.redaction.speech_redactor import SpeechRedactor


def test_a_cards_last_group_after_an_aside_is_redacted(speech_redactor: SpeechRedactor) -> None:
    # 4111 1111 1111 1111 is the card networks' published test number (Luhn-valid)
    text = (
        "put it on four one one one, one one one one... double one one one, you got that one one one one, exp"
    )
    assert_redacted(speech_redactor, text, secret="one four", kept="put it on exp")


def test_digits_after_an_aside_that_make_no_card_stay(speech_redactor: SpeechRedactor) -> None:
    text = (
        "put it on four one one one, one one one one... double one one one, you got that one one one two, exp"
    )
    assert_redacted(speech_redactor, text, kept="you got that two exp")
