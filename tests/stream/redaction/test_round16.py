"""Round 16 of issue 15: v15's misses and over-redactions fixed at their mechanism. Invented names and
values, none taken from a corpus.

Redacted now: an identifier's first letter "a" after "number" or before a spelled letter ("rewards number
a four ...", "again a k three ..."), a capital "A" between digits ("nine A eight ..."), a state's letters
before digits grouped as no ZIP is ("It's VT 418 ..."), a "to" at a phone number's edge that the caller's
other reading shows to be a digit, a listed surname before "a new patient". Kept now: a spelled code after
"confirmation", a booking reference, a business named "<surname> Family Dental" / "<surname> Auto Repair",
"my son" before the son's name, time words after a name ("earlier today"), a lower-case word of the
language after "this is", a verb before a given name and a surname, the "too" before a whole phone number.

Its cases that are one ``assert_redacted`` over a row: ``cases/round16.yaml`` (run by ``test_cases.py``).
"""

from __future__ import annotations

import re

import pytest
from clear_words import assert_redacted, in_clear

from stream.redaction.base import redact_text
from stream.redaction.speech_redactor import SpeechRedactor


def test_the_a_of_a_number_said_as_a_count_is_kept(speech_redactor: SpeechRedactor) -> None:
    text = "the number a seven digit code would have"
    redacted = redact_text(speech_redactor, text)
    assert in_clear(redacted).split()[:3] == ["the", "number", "a"], redacted


@pytest.mark.parametrize(
    "text",
    [
        "(412) 903-5561, so 412-903-5561, you got that?",
        "four one two nine oh three five five six one so four one two nine zero three five five six one okay",
    ],
)
def test_a_number_read_twice_keeps_the_so_between_and_gives_one_token(
    speech_redactor: SpeechRedactor, text: str
) -> None:
    redacted = assert_redacted(
        speech_redactor, text, kept="so", secret="412 903 5561 four one two nine oh three five six"
    )
    tokens = re.findall(r"<[^>]*>", redacted)
    assert len(tokens) == 2 and tokens[0] == tokens[1], redacted


def test_the_first_word_said_again_after_a_restart_is_kept(speech_redactor: SpeechRedactor) -> None:
    text = "Reading- Reading it off my insurance card, four four one nine."
    redacted = redact_text(speech_redactor, text)
    assert re.findall(r"[a-z]+", in_clear(redacted).lower()).count("reading") == 2, redacted
