"""Round 13 of issue 15: the v12 classes fixed at their mechanism. Invented names and values, none taken
from a corpus; the words spelling letters and the re-asks here are not the ones v12 used, so the tests
check the rule, not a list.

A letter spelled "X for <word>" or "X like <word>" (the word begins with that letter) is a spelled letter
as "X as in <word>" is; the agent's re-ask or the caller's aside ("are you there", "still with me",
"lemme check", "sorry can you say that again?") between two groups of a number a cue announced is carried
when the digits on both sides make its shape, and a number said again whole after the re-ask replaces the
first reading. Kept: "for" and "like" in prose, a re-ask in prose, prices and counts around a question.

Its cases that are one ``assert_redacted`` over a row: ``cases/round13.yaml`` (run by ``test_cases.py``).
"""

from __future__ import annotations

import pytest
from clear_words import assert_redacted

from stream.redaction.speech_redactor import SpeechRedactor


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("my name is Tasos, I mean Anastasios Verkhova", "i mean"),
        ("the patient is gosia, I mean malgorzata brennock", "i mean"),
        ("caller is Kostas, sorry, Konstantinos", "sorry"),
    ],
)
def test_a_name_corrected_to_a_name_is_one_span(
    speech_redactor: SpeechRedactor, text: str, secret: str
) -> None:
    redacted = assert_redacted(speech_redactor, text, secret=secret)
    assert redacted.count("<PERSON:") == 1, redacted
