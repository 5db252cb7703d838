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
