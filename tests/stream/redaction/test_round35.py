"""Round 35 of issue 15. Invented names and values, none taken from a corpus.

Redacted now (issue 15, v34's one miss): a code's group after a spoken "dash" that opens with two letters
said as words ("... dash a a nine one"); until now only one such letter opened a group (round 33), so the
run was cut at the second "a" and its last digits stayed in clear.
Keep-guards: "a a" after "dash" before a word, not a digit.
"""

from __future__ import annotations

import pytest
from clear_words import assert_redacted

from stream.redaction.speech_redactor import SpeechRedactor


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        (
            "my member number is four k as in kilo two two dash m p as in papa six dash a a nine one",
            ["four", "k", "kilo", "two", "m", "p", "papa", "six", "a", "nine", "one"],
        ),
        (
            "file seven q as in queen three dash r r five dash a a eight three",
            ["seven", "q", "queen", "three", "r", "five", "a", "eight"],
        ),
    ],
)  # fmt: skip
def test_a_group_opened_by_two_letters_after_a_dash_is_redacted_whole(
    speech_redactor: SpeechRedactor, text: str, secret: list[str]
) -> None:
    assert_redacted(speech_redactor, text, secret=secret)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("it was five dash a a lot of fun", "five dash a a lot of fun"),
        ("the score went two dash a and a half", "two dash a and a half"),
    ],
)  # fmt: skip
def test_letters_after_a_dash_before_a_word_stay(
    speech_redactor: SpeechRedactor, text: str, kept: str
) -> None:
    assert_redacted(speech_redactor, text, kept=kept)
