"""Round 10 of issue 15: the v9 classes fixed at their mechanism. Invented names and values, none taken
from a corpus or the name lists.

Given names that are words of the language in a name's place (before a found surname at the start of
what is said, after "ask for" and before "she", between "name" and "surname", between a clinician's title
and a verb of saying); "oops" as a repair inside a number, a restart "from the top" before a zero said "oh",
"mm" inside a number; years said "nineteen hundred and ninety"; a month said as its number before "the"
and an ordinal day. Kept: products, agent phrases, months, place names in prose, common English words,
prices, order numbers, requests ("ask for help, she said").

Its cases that are one ``assert_redacted`` over a row: ``cases/round10.yaml`` (run by ``test_cases.py``).
"""

from __future__ import annotations

from clear_words import assert_redacted

from stream.redaction.speech_redactor import SpeechRedactor


def test_a_unit_and_house_number_said_as_one_run_go_with_the_street(speech_redactor: SpeechRedactor) -> None:
    text = "the pump's out at lot eight hundred four twenty one seventy three quillby loop by the creek"
    secret = "eight hundred four twenty one seventy three quillby loop"
    assert_redacted(speech_redactor, text, secret=secret)
    kept = "call unit about the leak"
    text = "call unit four one five five five five one two one two about the leak"
    assert_redacted(speech_redactor, text, kept=kept)
