"""Names left whole or in part before round 5 (issue 15): a name in the possessive before a relative,
a surname with a particle after a first name that is an everyday word, a first name that is an
everyday word before a listed name after a preposition, a first name after "thanks" before a new
clause, a middle initial "a". Invented names and hand-written ASR shapes."""

from __future__ import annotations

import re

import pytest

from stream.redaction.base import redact_text
from stream.redaction.speech_redactor import SpeechRedactor


def _clear_words(redacted: str) -> list[str]:
    return re.findall(r"[a-z]+", re.sub(r"<[^>]*>", " ", redacted).lower())


@pytest.mark.parametrize(
    ("text", "name_words"),
    [
        ("hi this is Priscilla's husband, she asked me to call", ["priscilla"]),
        ("this is dominic's um wife he can't come to the phone", ["dominic"]),
        ("yes this is rosalind's i mean daughter calling about the bill", ["rosalind"]),
        ("Autumn St. Pierre, and I need to update my address", ["autumn", "st", "pierre"]),
        ("Hope de la Torre, and I need to update my address", ["hope", "de", "la", "torre"]),
        ("ok it's for ivy van houten", ["ivy", "van", "houten"]),
        ("please send the letter to stone marcus at the office", ["stone", "marcus"]),
        ("thanks sandy could you read that back to me", ["sandy"]),
        ("okay the patient is marisol a dominguez", ["marisol", "a", "dominguez"]),
        # a title after a weak cue was taken as the name, and the surname after it left
        ("i need to speak with ms. vandermolen about the bill", ["vandermolen"]),
        ("please ask for dr. hollingsworth", ["hollingsworth"]),
        # initials after a cue, then a surname in lower case: nothing was found
        ("the account's under t. l. pemberton", ["t", "l", "pemberton"]),
        ("it's under m pemberton", ["m", "pemberton"]),
    ],
)
def test_no_word_of_the_name_is_left(
    speech_redactor: SpeechRedactor, text: str, name_words: list[str]
) -> None:
    clear = _clear_words(redact_text(speech_redactor, text))
    assert not [w for w in name_words if w in clear], clear


def test_words_before_a_house_number_are_not_a_name(speech_redactor: SpeechRedactor) -> None:
    # a house number is no value a caller verifies after their name: "Delivery spot, 2290 ..." kept
    redacted = redact_text(speech_redactor, "Delivery spot, 2290 Mossbank Crescent. Ring twice.")
    assert redacted.startswith("Delivery spot, <STREET_ADDRESS:"), redacted
