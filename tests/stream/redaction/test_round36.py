"""Round 36 of issue 15: speech with no personal data at all that lost a word. Invented values, none taken
from a corpus.

Kept now (each a value whose own words say what it is, with no identity cue in the utterance):
- a flight said after the contraction "flight's" ("my flight's <code> <number>"), as "flight" already was;
- a flight after a flight verb with its particle ("flying out on <carrier> <number>");
- a test's score ("scored <number>", "<number> on the SAT");
- a model id said in prose ("you're gpt-4o right") whose first part a late name finder took for a name.
Keep-guards: the same numbers after an ID word, a card's cue or a flight verb's "on" with no carrier before
them are still redacted.
"""

from __future__ import annotations

import pytest
from clear_words import assert_redacted

from stream.redaction.speech_redactor import SpeechRedactor


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("My flight's QX 4172.", "qx 4172"),
        ("my flight's aer lingus 3319", "aer lingus 3319"),
        ("Flying out on Z7 5081 tomorrow.", "z7 5081"),
        ("we're flying back on norvana 2246", "norvana 2246"),
    ],
)  # fmt: skip
def test_a_flight_after_flights_or_a_flight_verb_with_its_particle_is_kept(
    speech_redactor: SpeechRedactor, text: str, kept: str
) -> None:
    assert_redacted(speech_redactor, text, kept=kept)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("She scored 1370 on the SAT.", "scored 1370"),
        ("is eleven sixty on the sat good enough", "eleven sixty on the sat"),
        ("he scored fourteen twenty the second time", "fourteen twenty"),
    ],
)  # fmt: skip
def test_a_test_score_is_kept(speech_redactor: SpeechRedactor, text: str, kept: str) -> None:
    assert_redacted(speech_redactor, text, kept=kept)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("you're gpt-4o right", "gpt-4o"),
        ("so you're mistral-7b then", "mistral-7b"),
    ],
)  # fmt: skip
def test_a_model_id_said_in_prose_is_kept(speech_redactor: SpeechRedactor, text: str, kept: str) -> None:
    assert_redacted(speech_redactor, text, kept=kept)


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("my member number is 1370 on the SAT form", "1370"),  # an ID word names it before the test's name
        ("the card ends in 4172, flying out on Friday", "4172"),
        ("flying out on 5081 3319 2246", ["5081", "3319", "2246"]),  # no carrier before the digits
        ("this is Quentin Marlowe-Ashby calling", ["quentin", "marlowe"]),  # a hyphenated surname, no model
    ],
)  # fmt: skip
def test_a_number_or_name_with_its_cue_is_still_redacted(
    speech_redactor: SpeechRedactor, text: str, secret: str | list[str]
) -> None:
    assert_redacted(speech_redactor, text, secret=secret)
