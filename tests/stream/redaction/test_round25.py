"""Round 25 of issue 15: v24's partial leak and the name classes the spent halves still leaked, fixed at their
mechanism. Invented names and values, none taken from a corpus.

Redacted now: four digits right after "ending" / "ending in", though they read as a year after "in" (the last
four of what was named); a name after "call(s) her / him / me / them / us"; a word on no list of the language
after a role said before a name ("the pharmacist torvik something told me"); a listed first name that opens
what is said before "from your ... team"; the name after "<name> goes [erm] by", a word name too; capitalized
words, one on no list, before "who" / "whose". Keep-guards: a year after "in" with no "ending", "ends in" a
year, "call her back", "time goes by", a verb after a role, a weekday or "someone" before "from your ...
team", a business before "who".
"""

from __future__ import annotations

import pytest
from clear_words import assert_redacted

from stream.redaction.speech_redactor import SpeechRedactor


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("Savings ending in 2014.", "2014"),
        ("the debit card ending in 1987 please", "1987"),
        ("checking ending 2032", "2032"),
    ],
)  # fmt: skip
def test_a_last_four_after_ending_in_is_redacted_though_it_reads_as_a_year(
    speech_redactor: SpeechRedactor, text: str, secret: str
) -> None:
    assert_redacted(speech_redactor, text, secret=secret)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("I moved here in 2021", "2021"),
        ("the lease ends in 2027", "2027"),
        ("a customer since 2016", "2016"),
    ],
)  # fmt: skip
def test_a_year_without_ending_stays(speech_redactor: SpeechRedactor, text: str, kept: str) -> None:
    assert_redacted(speech_redactor, text, kept=kept)


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("everybody calls her wenlo but the lease says otherwise", "wenlo"),
        ("they call her dariveth at work", "dariveth"),
    ],
)  # fmt: skip
def test_the_name_someone_is_called_by_is_redacted(
    speech_redactor: SpeechRedactor, text: str, secret: str
) -> None:
    assert_redacted(speech_redactor, text, secret=secret)


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("the pharmacist torvik something told me the generic was fine", "torvik"),
        ("the dentist, ravenko something, said to floss", "ravenko"),
    ],
)  # fmt: skip
def test_a_name_after_a_role_is_redacted(speech_redactor: SpeechRedactor, text: str, secret: str) -> None:
    assert_redacted(speech_redactor, text, secret=secret)


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("shelby from your billing team called me", "shelby"),
        ("Hi, rose from the fraud department left a message", "rose"),
    ],
)  # fmt: skip
def test_a_first_name_before_from_your_team_is_redacted(
    speech_redactor: SpeechRedactor, text: str, secret: str
) -> None:
    assert_redacted(speech_redactor, text, secret=secret)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("can you call her back tomorrow", "call her back tomorrow"),
        ("When can the installer come?", "installer come"),
        ("Sunday from your office called", "Sunday"),
        ("someone from your billing team called me", "someone"),
    ],
)  # fmt: skip
def test_words_around_these_places_stay(speech_redactor: SpeechRedactor, text: str, kept: str) -> None:
    assert_redacted(speech_redactor, text, kept=kept)


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("Yes, the Wenlo Astrabin whose gas got shut off.", "wenlo astrabin"),
        ("Right, the Quorrin Delvasti who called yesterday.", "quorrin delvasti"),
    ],
)  # fmt: skip
def test_capitalized_words_off_every_list_before_who_are_redacted(
    speech_redactor: SpeechRedactor, text: str, secret: str
) -> None:
    assert_redacted(speech_redactor, text, secret=secret)


def test_a_business_in_words_of_the_language_before_who_stays(speech_redactor: SpeechRedactor) -> None:
    assert_redacted(speech_redactor, "Is it the Kestrel Group who called?", kept="Kestrel Group")


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("legal name priya nandakumar goes by rose dob the fifth of may", "rose"),
        ("legal name priya nandakumar goes erm by hope", "hope"),
    ],
)  # fmt: skip
def test_the_name_a_named_person_goes_by_is_redacted(
    speech_redactor: SpeechRedactor, text: str, secret: str
) -> None:
    assert_redacted(speech_redactor, text, secret=secret)


@pytest.mark.parametrize(
    ("text", "kept"),
    [("time goes by fast", "time goes by fast"), ("the price goes by weight", "price goes by weight")],
)  # fmt: skip
def test_goes_by_after_a_thing_stays(speech_redactor: SpeechRedactor, text: str, kept: str) -> None:
    assert_redacted(speech_redactor, text, kept=kept)
