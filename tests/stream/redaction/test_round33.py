"""Round 33 of issue 15: v32's misses (its 15 partial leaks among them) fixed at their mechanism. Invented
names and values, none taken from a corpus.

Redacted now: a reservation or booking code given beside the answers of an identity check (a card's last
four, a street address), written and spoken; a code read out in groups with a spoken "dash" before an "a"
("... dash a three one dash ..."); a capitalised word on no English word list asked about after a question's
auxiliary ("Is <name> working today?"). Kept now: the capitalised "Reservation" before the code (no name).
Keep-guards: a booking code beside a name and a request (the thing the call is about), a parcel's number
beside the address it went to, "dash a" before a word, a question about a thing.

Its cases that are one ``assert_redacted`` over a row: ``cases/round33.yaml`` (run by ``test_cases.py``).
"""

from __future__ import annotations

from clear_words import assert_redacted

from stream.redaction.speech_redactor import SpeechRedactor


def test_an_a_after_a_spoken_dash_opens_the_codes_next_group(speech_redactor: SpeechRedactor) -> None:
    assert_redacted(
        speech_redactor,
        "case number is four t r six dash a three one dash k p oh two",
        secret=["t", "r", "six", "a", "three", "one"],
        kept=["case", "number"],
    )


def test_a_capitalised_name_off_english_lists_asked_about_is_redacted(
    speech_redactor: SpeechRedactor,
) -> None:
    assert_redacted(speech_redactor, "Is Champac working today?", secret="Champac", kept=["working", "today"])
