"""Round 29 of issue 15: v28's misses (a street address said right after the four digits a last-four cue
asked for, heard as one number with them) fixed at their mechanism, and v28's over-redaction. Invented
names and values, none taken from a corpus.

Redacted now: the street after "social ends <four digits> <house number>" ("... ends nine two double four
six seventy one copper street"), whatever the house number's form.
Kept now: "call me at" between an ID and the phone after it (words that introduce the next value are no
aside inside one); "boss" in "my boss's line is ..." (a possessive after a determiner owns a role); "a pen
for" before a spelled or joined e-mail local part ("for" is the preposition, not a digit); "loan" before an ID
whose digits begin with "double" or "oh" after its letters. Keep-guards: a
short aside between two parts of one ID still joined, a name's possessive before a phone, a digit word
inside a local part, a house number right after a phone number.

Its cases that are one ``assert_redacted`` over a row: ``cases/round29.yaml`` (run by ``test_cases.py``).
"""

from __future__ import annotations

import pytest
from clear_words import assert_redacted

from stream.redaction.speech_redactor import SpeechRedactor


def test_a_house_number_after_a_phone_is_still_an_address(speech_redactor: SpeechRedactor) -> None:
    assert_redacted(
        speech_redactor, "call five five five two one two three four five six forty one tamarack lane",
        secret="tamarack lane",
    )  # fmt: skip


def test_the_last_four_alone_before_other_words_stay_four_digits(speech_redactor: SpeechRedactor) -> None:
    assert_redacted(
        speech_redactor, "social ends one two three four fifty six times i asked", kept="times asked"
    )


def test_a_short_aside_between_two_parts_of_one_id_is_still_joined(speech_redactor: SpeechRedactor) -> None:
    assert_redacted(
        speech_redactor,
        "my member id is four four one oh two, you got that, double seven three nine eight",
        secret="four one two you got that double seven three nine eight",
    )


def test_a_name_in_the_possessive_before_a_phone_is_still_redacted(speech_redactor: SpeechRedactor) -> None:
    assert_redacted(
        speech_redactor, "i think marisol's cell is 617 228 4491", kept="cell", secret="marisol 4491"
    )


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("got a pen for o r s o l y a v e n n at gmail dot com", "o r s l y v e n gmail"),
        ("Got a pen for tamsin underscore q seven at fernlaw dot com?", "tamsin q seven fernlaw"),
        ("ok a pen to t a m s i n b three at yahoo dot com", "t m s i n b three yahoo"),
    ],
)  # fmt: skip
def test_a_preposition_before_a_spelled_or_joined_local_part_is_the_sentences(
    speech_redactor: SpeechRedactor, text: str, secret: str
) -> None:
    assert_redacted(speech_redactor, text, kept="a pen", secret=secret)
    assert_redacted(speech_redactor, text, kept=text.split()[3], secret=secret)


def test_a_digit_word_inside_a_local_part_stays_redacted(speech_redactor: SpeechRedactor) -> None:
    assert_redacted(speech_redactor, "it's tamsin four two at gmail dot com", secret="tamsin four two")


def test_a_first_name_before_a_spelled_id_is_still_a_name(speech_redactor: SpeechRedactor) -> None:
    assert_redacted(speech_redactor, "this is marisol, k w t double four one nine two", secret="marisol")
