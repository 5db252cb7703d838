"""Round 31 of issue 15: v30's miss (a name on no list, said before "sorry" and the name it is corrected
to) and the leak round 30 found untraced ("last four <eight digits said one by one> times") fixed at their
mechanism, and v30's over-redaction. Invented names and values, none taken from a corpus.

Redacted now: the unlisted first name before "sorry"/"I mean" and a found name; digits read out one by one
before a count's unit ("times", "minutes"). Kept now: "<n> to <m>" between written numerals, "call me on"
between an ID and a phone, a flight after "flight's", a code after "confirmation's", a tracking number
after "reads". Keep-guards: a count said as a number before "times", "the last four times", an English word
before "sorry", a card's last four before "times" after its cue.
"""

from __future__ import annotations

import pytest
from clear_words import assert_redacted

from stream.redaction.speech_redactor import SpeechRedactor


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("er zorbulina sorry maxine hollister", "zorbulina"),
        ("uh tiberiano sorry maxine hollister", "tiberiano"),
    ],
)  # fmt: skip
def test_an_unlisted_name_corrected_to_a_found_name_is_redacted(
    speech_redactor: SpeechRedactor, text: str, secret: str
) -> None:
    assert_redacted(speech_redactor, text, secret=secret, kept="sorry" if "sorry" in text else "")


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("hello sorry maxine hollister here", "hello sorry"),
        ("the account sorry maxine hollister", "the account sorry"),
    ],
)  # fmt: skip
def test_an_english_word_before_sorry_and_a_name_stays(
    speech_redactor: SpeechRedactor, text: str, kept: str
) -> None:
    assert_redacted(speech_redactor, text, kept=kept, secret="maxine hollister")


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("last four two six one nine three three eight zero times", "two six one nine three eight zero"),
        ("my last four are five one five two seven seven nine one times", "five one two seven nine"),
        ("last four one seven three six times", "one seven three six"),
    ],
)  # fmt: skip
def test_digits_read_out_one_by_one_before_a_unit_are_redacted(
    speech_redactor: SpeechRedactor, text: str, secret: str
) -> None:
    assert_redacted(speech_redactor, text, secret=secret, kept="times")


@pytest.mark.parametrize(
    "text",
    ["i called five times", "we tried one two three times", "the last four times i called",
     "i waited twenty five minutes"],
)  # fmt: skip
def test_a_count_before_its_unit_stays(speech_redactor: SpeechRedactor, text: str) -> None:
    assert_redacted(speech_redactor, text, kept=text)


@pytest.mark.parametrize(
    "text",
    ["Delivery is 10 to 3?", "Could they um, come 7 to 11?", "the window is 10 to 4 tomorrow"],
)  # fmt: skip
def test_a_range_between_written_numerals_stays(speech_redactor: SpeechRedactor, text: str) -> None:
    assert_redacted(speech_redactor, text, kept=text)


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("Account QRT 551 2093, call me on 415.662.0187.", "QRT 551 2093 415 662 0187"),
        ("Member R four four one... six two eight nine, call me on (212) 555-0164.", "R 212 555 0164"),
    ],
)  # fmt: skip
def test_call_me_on_between_an_id_and_a_phone_stays(
    speech_redactor: SpeechRedactor, text: str, secret: str
) -> None:
    assert_redacted(speech_redactor, text, kept="call me on", secret=secret)


@pytest.mark.parametrize(
    "text",
    ["my flight's iberia twenty two sixty one", "my flight's aegean thirty one fifteen",
     "confirmation's q four seven q x m", "confirmation's h r d m w 8",
     "The tracking reads ending six two two one five eight."],
)  # fmt: skip
def test_a_flight_or_a_reference_after_a_contraction_or_reads_stays(
    speech_redactor: SpeechRedactor, text: str
) -> None:
    assert_redacted(speech_redactor, text, kept=text)


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("my member id's q four seven q x m", "q four seven x m"),
        ("my visa ending four four one nine, charged three times", "four one nine"),
    ],
)  # fmt: skip
def test_an_id_after_its_own_cue_is_still_redacted(
    speech_redactor: SpeechRedactor, text: str, secret: str
) -> None:
    assert_redacted(speech_redactor, text, secret=secret)
