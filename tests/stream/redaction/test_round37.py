"""Round 37 of issue 15: two of the spent v36 half's misses, fixed at their mechanisms. Invented values, none
taken from a corpus.

- A surname the name finders did not take, right after a first name they did: a word on no list of the
  language ("<first> <surname> order ...") is the rest of the name whatever follows it.
- Two digit homophones in a row ("for to", "to for", "won to") right before a spoken number are its first
  two digits when with them it reaches a full length (a phone's ten digits, an SSN's nine).
Keep-guards: an English word after a found first name, a single "for" before a short number, and "for too"
before a word stay in clear.
"""

from __future__ import annotations

import pytest
from clear_words import assert_redacted

from stream.redaction.speech_redactor import SpeechRedactor


@pytest.mark.parametrize(
    ("text", "secret", "kept"),
    [
        ("marisol carvossing order five five one two shipped", "marisol carvossing", "order shipped"),
        ("tamsin carvossing order two two one nine is late", "tamsin carvossing", "order is late"),
    ],
)  # fmt: skip
def test_a_surname_on_no_word_list_after_a_found_first_name_is_redacted(
    speech_redactor: SpeechRedactor, text: str, secret: str, kept: str
) -> None:
    assert_redacted(speech_redactor, text, secret=secret, kept=kept)


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("okay go slower for to oh dash eight oh three dash six one five two", "for to oh eight three six one five two"),
        ("call me on to for oh six six one nine three eight one", "to for oh six nine three eight one"),
    ],
)  # fmt: skip
def test_two_digit_homophones_opening_a_full_length_number_are_its_digits(
    speech_redactor: SpeechRedactor, text: str, secret: str
) -> None:
    assert_redacted(speech_redactor, text, secret=secret)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("marisol checking on the order", "checking on the order"),
        ("tamsin pending approval", "pending approval"),
        ("i waited for too long on hold", "waited for too long on hold"),
        ("table for two at seven", "table for two at seven"),
    ],
)  # fmt: skip
def test_english_words_beside_a_name_or_a_number_stay(
    speech_redactor: SpeechRedactor, text: str, kept: str
) -> None:
    assert_redacted(speech_redactor, text, kept=kept)
