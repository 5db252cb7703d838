"""Round 24 of issue 15: v23's partial leaks and misses fixed at their mechanism, and a default-deny pass for
code-like runs. Invented names and values, none taken from a corpus.

Redacted now: a county "parcel number" (or "parcel id"), whatever its shape, which is no shipment's
reference; the first reading of a number the caller takes back ("two two, no, three two, forty one") before
the corrected one; a run of four or more digits, or letters and digits together, that no rule named and
nothing explains (default deny). Keep-guards: a shipped parcel's number a status follows, a tracking number,
"two kids, no, three kids", and what the default deny lets through: a time, a year, a price in dollars and
cents, a flight, a card's expiry, an extension, a size, a quantity with its unit.
"""

from __future__ import annotations

import pytest
from clear_words import assert_redacted

from stream.redaction.speech_redactor import SpeechRedactor


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("parcel number 5151 282 30303", "5151 282 30303"),
        ("Parcel number, KT7720155408.", "kt7720155408"),
        ("the parcel number is q x w 251 8833 4", "q x w 251 8833"),
        ("parcel id 3 k r 7 b 0 0 w e 5 5", "3 k r 7 b 0 0 w e 5 5"),
    ],
)  # fmt: skip
def test_a_county_parcel_number_is_redacted(speech_redactor: SpeechRedactor, text: str, secret: str) -> None:
    assert_redacted(speech_redactor, text, secret=secret)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("the parcel ending 441902 is stuck", "441902"),
        ("tracking number 5151 282 30303", "5151 282 30303"),
    ],
)  # fmt: skip
def test_a_shipped_parcels_number_stays(speech_redactor: SpeechRedactor, text: str, kept: str) -> None:
    assert_redacted(speech_redactor, text, kept=kept)


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("Social's last four, two two, no, three two, forty one.", "two three forty one"),
        ("last four is six six, no, seven six, twenty one", "six seven twenty one"),
    ],
)  # fmt: skip
def test_a_first_reading_taken_back_is_redacted_with_the_number(
    speech_redactor: SpeechRedactor, text: str, secret: str
) -> None:
    assert_redacted(speech_redactor, text, secret=secret)


def test_a_count_taken_back_stays(speech_redactor: SpeechRedactor) -> None:
    assert_redacted(speech_redactor, "I have two kids, no, three kids", kept="two no three kids")


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("put down seventy seven forty one oh nine", "seventy seven forty one oh nine"),
    ],
)  # fmt: skip
def test_an_unnamed_code_is_redacted_by_default(
    speech_redactor: SpeechRedactor, text: str, secret: str
) -> None:
    assert_redacted(speech_redactor, text, secret=secret)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("can you come at eleven thirty", "eleven thirty"),
        ("it's a 2011 model", "2011"),
        ("the kettle was forty eight nineteen", "forty eight nineteen"),
        ("the bill says 172 12 but the site said less", "172 12"),
        ("my flight is jetblue twenty six forty and it got cancelled", "twenty six forty"),
        ("card 4111 1111 1111 1111 exp oh nine twenty eight", "oh nine twenty eight"),
        ("the storage unit is 10x20", "10x20"),
        ("i take 1000 micrograms a day", "1000"),
        ("what's the $1,234.56 charge", "1 234 56"),
    ],
)  # fmt: skip
def test_what_the_default_deny_explains_stays(speech_redactor: SpeechRedactor, text: str, kept: str) -> None:
    assert_redacted(speech_redactor, text, kept=kept)
