"""Round 30 of issue 15: v29's misses (a house number said digit by digit after the four digits a last-four
cue asked for, a written "SEC" prefix before an ID's digit groups, "A A" written before an ID's digits)
fixed at their mechanism, and v29's over-redaction. Invented names and values, none taken from a corpus.

Redacted now: the street after "last four <four digits> <house number digit by digit>"; three capitals
"SEC" before written digit groups (not the pause of "one sec"); a capital "A" after a capital "A" before
digits. Kept now: "what (um) I said" between two equal readings of one number. Keep-guards: "one sec"
before an ID, "A A battery", the last four alone before everyday words.
"""

from __future__ import annotations

import pytest
from clear_words import assert_redacted

from stream.redaction.speech_redactor import SpeechRedactor


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("last four six eight seven five five eight nine seven copper street", "copper street"),
        ("account b one two three last four one one two two three three four four dorrance way",
         "dorrance way"),
        ("the last four are two two one nine, three one four marlow court", "marlow court"),
    ],
)  # fmt: skip
def test_a_house_number_said_digit_by_digit_after_the_last_four_is_an_address(
    speech_redactor: SpeechRedactor, text: str, secret: str
) -> None:
    assert_redacted(speech_redactor, text, secret=secret)


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("Dental plan ID SEC 4410 2981 07, thanks.", "SEC 4410 2981 07"),
        ("Member number SEC 5521 3390 18.", "SEC 5521 3390 18"),
    ],
)  # fmt: skip
def test_sec_written_before_digit_groups_is_the_ids_prefix(
    speech_redactor: SpeechRedactor, text: str, secret: str
) -> None:
    assert_redacted(speech_redactor, text, secret=secret)


def test_one_sec_before_an_id_stays_the_pause(speech_redactor: SpeechRedactor) -> None:
    assert_redacted(speech_redactor, "Patient ID one sec, K559031, thanks.", kept="one sec", secret="K559031")


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("A A seven two, one five two... zero nine five, one oh, on the sticker.", "A A"),
        ("It says A A four one, nine nine two... oh three, on the card.", "A A"),
    ],
)  # fmt: skip
def test_a_capital_a_after_a_capital_a_before_digits_is_the_ids_letter(
    speech_redactor: SpeechRedactor, text: str, secret: str
) -> None:
    assert_redacted(speech_redactor, text, secret=[secret.split()[0].lower()])


def test_a_a_battery_stays(speech_redactor: SpeechRedactor) -> None:
    assert_redacted(speech_redactor, "A A battery died, call me at nine.", kept="a battery died")


@pytest.mark.parametrize(
    "text",
    [
        "eight one four three five two three nine one oh what er i said eight one four three five two three "
        "nine one zero",
        "(512) 316-4477. What? I said 512.316.4477.",
        "807 255 6101 what i said 807 255 6101",
        "eight seven one four two one uh four three nine nine what i um said eight seven one four two one four "
        "three double nine",
    ],
)  # fmt: skip
def test_what_i_said_between_two_readings_of_one_number_stays(
    speech_redactor: SpeechRedactor, text: str
) -> None:
    assert_redacted(speech_redactor, text, kept="what i said")


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("i land on zephyra ten thirty nine", "zephyra ten thirty nine"),
        ("I land on Q7 2214.", "Q7 2214"),
        ("we fly on tarvo 1197 tonight", "tarvo 1197"),
    ],
)  # fmt: skip
def test_a_flight_after_a_flight_verb_and_on_stays_whatever_its_carrier(
    speech_redactor: SpeechRedactor, text: str, kept: str
) -> None:
    assert_redacted(speech_redactor, text, kept=kept)


def test_an_id_after_a_flight_is_still_redacted(speech_redactor: SpeechRedactor) -> None:
    assert_redacted(
        speech_redactor, "i land on B6 1476 and my member id is K4 7781", kept="B6 1476", secret="K4 7781"
    )


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("it shows two nine one one four four six zero zero eight as past due", "two nine one one four four six"),
        ("ending five one nine three three one is past due now", "five one nine three three one"),
        ("1ZQWERT9V8N7DECU7AB is Past Due now.", "1zqwert9v8n7decu7ab"),
    ],
)  # fmt: skip
def test_a_number_a_bills_status_follows_stays(speech_redactor: SpeechRedactor, text: str, kept: str) -> None:
    assert_redacted(speech_redactor, text, kept=kept)


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("my account four four one two nine eight is past due", "four one two nine eight"),
        ("member id K4 7781 is past due", "K4 7781"),
    ],
)  # fmt: skip
def test_an_account_past_due_is_still_redacted(
    speech_redactor: SpeechRedactor, text: str, secret: str
) -> None:
    assert_redacted(speech_redactor, text, secret=secret)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Odalys Brennick, confirmation four Q T W M Z for the car.", "four q t w m z"),
        ("Reservation six P L V R D, please.", "six p l v r d"),
    ],
)  # fmt: skip
def test_a_reference_code_of_a_digit_then_spelled_letters_stays(
    speech_redactor: SpeechRedactor, text: str, kept: str
) -> None:
    assert_redacted(speech_redactor, text, kept=kept)


def test_a_name_spelled_after_a_reference_and_a_number_is_still_redacted(
    speech_redactor: SpeechRedactor,
) -> None:
    assert_redacted(
        speech_redactor, "reservation for two, my name is spelled B R E N N I C K", secret="b r e n n i c k"
    )
