"""Round 23 of issue 15: v22's two partial leaks and its misses, the spent halves' leaks whose mechanism is
general, and v22's over-redaction of numbers, each fixed at its mechanism. Invented names and values, none
taken from a corpus.

Redacted now: four digits said before "card" whose first is "one" after "the" ("use the one seven two
eight card"); the "a" of an ID said right after its label word ("account a five ...") or between its
digits ("member number three a six ..."); a spelled local part whose "e" comes before "dot"; a day of two
words before its month ("twenty six march, nineteen eighty one"); an ID read on after "okay next" from
digits to a letter. Kept now: the sum said after "<card> card for the"; the "e" of "e-mail" after a phone
number (the phone keeps its own kind); an order number a status of any kind follows ("... has been stuck",
"says refunded", "says on hold"); a code named a confirmation after it; a flight number after "on
<airline>" and after an airline of two words. Keep-guards: "this one, ..." before a card's digits, "two a
day", "fifty a month", a member ID before "for the booking", a phone before "hold on", a phone after
"call me at" before "delivered", "twenty people in august".
"""

from __future__ import annotations

import pytest
from clear_words import assert_redacted

from stream.redaction.base import redact_text
from stream.redaction.speech_redactor import SpeechRedactor


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("use the one seven two eight card for the groceries", "one seven two eight"),
        ("put it on the one oh five three visa", "one oh five three"),
        ("charge this one two two six card", "one two two six"),
    ],
)  # fmt: skip
def test_a_last_four_starting_with_one_after_the_is_redacted(
    speech_redactor: SpeechRedactor, text: str, secret: str
) -> None:
    assert_redacted(speech_redactor, text, secret=secret)


def test_the_pronoun_one_before_a_card_read_out_stays_a_word(speech_redactor: SpeechRedactor) -> None:
    assert_redacted(
        speech_redactor,
        "run it on this one, four five five six seven three seven five nine two one six four three two one",
        kept="this one",
        secret="seven three seven five nine two",
    )


@pytest.mark.parametrize(
    ("text", "paid"),
    [
        ("use the one seven two eight card for the thirty one fifty", "thirty one fifty"),
        ("use the forty forty one card for the sixty two eighteen", "sixty two eighteen"),
        ("use the 5310 card for the 18.40", "18 40"),
    ],
)  # fmt: skip
def test_the_sum_after_a_card_named_by_its_last_four_stays(
    speech_redactor: SpeechRedactor, text: str, paid: str
) -> None:
    assert_redacted(speech_redactor, text, kept=paid)


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("account a five seven one oh two four four eight", "a five seven one oh two four four eight"),
        ("policy a three three nine one two eight", "a three three nine one two eight"),
        ("my member number three a six oh dash k two five uh w p one one", "three a six oh k two five w p"),
    ],
)  # fmt: skip
def test_the_a_of_an_id_after_its_label_or_between_its_digits_is_redacted(
    speech_redactor: SpeechRedactor, text: str, secret: str
) -> None:
    assert_redacted(speech_redactor, text, secret=secret)


def test_an_id_read_twice_with_and_without_is_gets_one_token(speech_redactor: SpeechRedactor) -> None:
    one = redact_text(speech_redactor, "my member number three a six oh k two five w p one one")
    two = redact_text(speech_redactor, "my member number is three a six oh k two five w p one one")
    assert one.split()[-1] == two.split()[-1]


@pytest.mark.parametrize(
    "text", ["i need two a day for four days", "i pay fifty a month on it", "my account a lot of times says six"]
)  # fmt: skip
def test_a_as_an_article_stays(speech_redactor: SpeechRedactor, text: str) -> None:
    assert_redacted(speech_redactor, text, kept=text)


@pytest.mark.parametrize(
    "text",
    [
        "cell four one two 555 0187 e-mail m o r e n a dot k a r l 7 at gmail dot com",
        "Cell (412) 555-0187, e-mail morena.karl@yahoo.com.",
    ],
)  # fmt: skip
def test_the_e_of_email_after_a_phone_stays_and_the_phone_keeps_its_kind(
    speech_redactor: SpeechRedactor, text: str
) -> None:
    redacted = assert_redacted(speech_redactor, text, kept="e mail", secret=["0187", "morena", "karl", "n"])
    assert "<PHONE_NUMBER:" in redacted and "<ACCOUNT_ID:" not in redacted
    assert redacted.count("<") == 2  # one phone, one address: the spelled local part is not cut at "dot"


def test_a_status_after_an_unlabelled_number_keeps_it(speech_redactor: SpeechRedactor) -> None:
    for text in (
        "ending five two nine nine one four has been stuck all week",
        "how come 2290417756 says refunded",
        "How come K4418203 says On Hold?",
        "why is 77304129 still pending",
    ):
        kept = [w for w in text.replace("?", "").split() if any(c.isdigit() for c in w)] or text
        assert_redacted(speech_redactor, text, kept=kept)


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("it's 412 555 0187 hold on let me check", "0187"),
        ("call me at 4125550187 it says delivered", "4125550187"),
    ],
)  # fmt: skip
def test_a_phone_before_hold_on_or_after_call_stays_redacted(
    speech_redactor: SpeechRedactor, text: str, secret: str
) -> None:
    assert_redacted(speech_redactor, text, secret=secret)


@pytest.mark.parametrize(
    "text", ["i have q 7 r m k d as the confirmation", "I have T W B X P four as the confirmation."]
)  # fmt: skip
def test_a_code_named_a_confirmation_after_it_stays(speech_redactor: SpeechRedactor, text: str) -> None:
    assert_redacted(speech_redactor, text, kept=text.split()[2:-3])


def test_a_member_id_before_for_the_booking_stays_redacted(speech_redactor: SpeechRedactor) -> None:
    assert_redacted(speech_redactor, "my member id is q 7 r m k d for the booking", secret="q 7 r m k d")


@pytest.mark.parametrize(
    ("text", "flight"),
    [
        ("i'm on jetblue 2215 in the morning", "2215"),
        ("Dana Reyes, booked on Delta twenty two fifteen at six ten, can I move it?", "twenty two fifteen"),
        ("we were on air canada thirteen oh eight", "thirteen oh eight"),
    ],
)  # fmt: skip
def test_a_flight_number_after_on_an_airline_stays(
    speech_redactor: SpeechRedactor, text: str, flight: str
) -> None:
    assert_redacted(speech_redactor, text, kept=flight)


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("i was born twenty six march, nineteen eighty one", "twenty six march nineteen eighty one"),
        ("birthday twenty one october forty seven", "twenty one october forty seven"),
    ],
)  # fmt: skip
def test_a_day_of_two_words_before_its_month_is_redacted(
    speech_redactor: SpeechRedactor, text: str, secret: str
) -> None:
    assert_redacted(speech_redactor, text, secret=secret)


def test_a_number_before_a_month_without_a_year_stays(speech_redactor: SpeechRedactor) -> None:
    assert_redacted(
        speech_redactor, "we had twenty people in august last year", kept="twenty people in august"
    )


def test_an_id_read_on_after_okay_next_is_redacted_whole(speech_redactor: SpeechRedactor) -> None:
    assert_redacted(
        speech_redactor,
        "medicare four k w two okay next r one six dash h m three nine",
        secret="four k w two r one six h m three nine",
        kept="medicare",
    )


def test_the_one_at_the_end_of_a_text_stays(speech_redactor: SpeechRedactor) -> None:
    assert_redacted(speech_redactor, "i will take the one", kept="i will take the one")


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Patient ID one sec, K559031, DOB one sec, March 3rd, 1990.", "one sec"),
        ("Veteran Ada Pell, social 212-48-3391, file R-553019274.", "file"),
    ],
)  # fmt: skip
def test_an_aside_without_next_between_a_digit_and_a_letter_stays(
    speech_redactor: SpeechRedactor, text: str, kept: str
) -> None:
    assert_redacted(speech_redactor, text, kept=kept)
