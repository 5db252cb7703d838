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
"""

from __future__ import annotations

import pytest
from clear_words import assert_redacted

from stream.redaction.speech_redactor import SpeechRedactor


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("social ends nine two double four six seventy one copper street", "copper street"),
        ("social ends four four one two, sixteen forty two Quillon Avenue.", "Quillon Avenue"),
        ("social ends two seven five one nine eighty four uh marlow court unit six", "marlow court six"),
        ("social ends oh three three nine seven thousand two hundred twelve ferrand parkway apartment nine",
         "ferrand parkway nine"),
        ("the last four are six two two one three hundred forty one pelling road", "pelling road"),
    ],
)  # fmt: skip
def test_a_street_after_the_last_four_heard_as_one_number_with_them_is_redacted(
    speech_redactor: SpeechRedactor, text: str, secret: str
) -> None:
    assert_redacted(speech_redactor, text, secret=secret)


def test_a_house_number_after_a_phone_is_still_an_address(speech_redactor: SpeechRedactor) -> None:
    assert_redacted(
        speech_redactor, "call five five five two one two three four five six forty one tamarack lane",
        secret="tamarack lane",
    )  # fmt: skip


def test_the_last_four_alone_before_other_words_stay_four_digits(speech_redactor: SpeechRedactor) -> None:
    assert_redacted(
        speech_redactor, "social ends one two three four fifty six times i asked", kept="times asked"
    )


@pytest.mark.parametrize(
    "text",
    [
        "member four four one oh two double seven three nine eight call me at six one seven two two eight "
        "four four nine one",
        "Member K two two oh, four one five, six, reach me uh, at six one seven... two two eight, four four nine one.",
    ],
)  # fmt: skip
def test_words_that_introduce_the_next_value_are_no_aside_inside_the_first(
    speech_redactor: SpeechRedactor, text: str
) -> None:
    assert_redacted(speech_redactor, text, kept="me at", secret="six one seven two eight four nine")


def test_a_short_aside_between_two_parts_of_one_id_is_still_joined(speech_redactor: SpeechRedactor) -> None:
    assert_redacted(
        speech_redactor,
        "my member id is four four one oh two, you got that, double seven three nine eight",
        secret="four one two you got that double seven three nine eight",
    )


@pytest.mark.parametrize(
    "text",
    [
        "my boss's line is six one seven two two eight four four nine one",
        "My boss's cell is (617) 228-4491.",
        "the landlord's number is 617 228 4491",
    ],
)  # fmt: skip
def test_a_possessive_after_a_determiner_is_a_role_not_a_name(
    speech_redactor: SpeechRedactor, text: str
) -> None:
    assert_redacted(speech_redactor, text, kept=text.split("'")[0].split()[-1], secret="617 228 4491")


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


@pytest.mark.parametrize(
    "text",
    [
        "loan k w t as in tango double four one nine two eight",
        "loan k w t oh four one nine two eight three",
    ],
)  # fmt: skip
def test_loan_before_an_id_whose_digits_begin_with_double_or_oh_is_kept(
    speech_redactor: SpeechRedactor, text: str
) -> None:
    assert_redacted(speech_redactor, text, kept="loan", secret="k w t four one nine two eight")


def test_a_first_name_before_a_spelled_id_is_still_a_name(speech_redactor: SpeechRedactor) -> None:
    assert_redacted(speech_redactor, "this is marisol, k w t double four one nine two", secret="marisol")
