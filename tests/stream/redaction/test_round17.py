"""Round 17 of issue 15: v16's misses and over-redactions fixed at their mechanism. Invented names and
values, none taken from a corpus.

Redacted now: a number read on over "let's see" (and "oh double" right after it), an identifier's "a"
before written digit groups read "right here", an e-mail's first initial "e" before the surname, a short
surname spelled in two letters right after it. Kept now: "D O B" (a field's name said by its letters), the
words between two readings of one number ("again", "did you catch it"), a form of address before a name
("Missus"), a business named "<surname> Brothers <trade>". Keep-guards: "e-mail" and "e mail" before an
address, a spelled name's "e", an everyday word spelled in two letters, a spelled name, a number that
differs between its two readings.

Its cases that are one ``assert_redacted`` over a row (the number read on over "let's see" with ``assert_one_value``
too): ``cases/round17.yaml`` (run by ``test_cases.py``).
"""

from __future__ import annotations

import pytest
from clear_words import in_clear, words

from stream.redaction.base import redact_text
from stream.redaction.speech_redactor import SpeechRedactor


def test_the_a_before_one_digit_group_stays(speech_redactor: SpeechRedactor) -> None:
    redacted = redact_text(speech_redactor, "i have the card right here a 2019 model")
    assert "a" in words(in_clear(redacted)), redacted


@pytest.mark.parametrize("text", ["Missus Whitcombe, yes.", "missus whitcombe yes", "Mister Whitcombe, yes."])
def test_a_form_of_address_before_a_name_stays(speech_redactor: SpeechRedactor, text: str) -> None:
    redacted = redact_text(speech_redactor, text)
    clear = words(in_clear(redacted))
    assert "whitcombe" not in clear and ({"missus", "mister"} & clear), redacted


def test_the_name_gives_one_token_with_and_without_its_title(speech_redactor: SpeechRedactor) -> None:
    with_title = redact_text(speech_redactor, "Missus Whitcombe, yes.")
    without = redact_text(speech_redactor, "Whitcombe, yes.")
    assert with_title.removeprefix("Missus ") == without, (with_title, without)
