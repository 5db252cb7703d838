"""Round 21 of issue 15: v20's three partial leaks (all names) and its over-redaction of a value's label,
fixed at their mechanism. Invented names and values, none taken from a corpus.

Redacted now: a name after the role of the person a loan is in, said once or twice ("borrower <first>
<surname>"), a surname that is also an English word between a found first name and a value's label
("<first> sharp birthday ..."), a first name that is also an English word before a surname said and then
spelled ("okay so aria <surname> it goes ...").
Kept: a listed first name that is an English word opening a value ("loan number ..."); keep-guards: a role
word before a verb ("the borrower wants to ..."), a surname-like word before an everyday word ("<first>
sharp knives"), an everyday word before a spelled surname.

Its cases that are one ``assert_redacted`` over a row: ``cases/round21.yaml`` (run by ``test_cases.py``).
"""

from __future__ import annotations

from clear_words import assert_redacted

from stream.redaction.speech_redactor import SpeechRedactor


def test_the_role_word_before_a_name_stays(speech_redactor: SpeechRedactor) -> None:
    assert_redacted(speech_redactor, "borrower nalini reed", kept="borrower", secret="nalini reed")


def test_a_surname_that_is_a_word_before_a_label_is_redacted(speech_redactor: SpeechRedactor) -> None:
    assert_redacted(
        speech_redactor,
        "easton sharp birthday march third nineteen sixty two",
        secret="easton sharp",
        kept="birthday",
    )


def test_a_surname_like_word_before_an_everyday_word_stays(speech_redactor: SpeechRedactor) -> None:
    assert_redacted(speech_redactor, "the sharp knives are on sale", kept="sharp knives are on sale")


def test_a_first_name_that_is_a_word_before_a_spelled_surname_is_redacted(
    speech_redactor: SpeechRedactor,
) -> None:
    assert_redacted(
        speech_redactor,
        "okay so aria whitney it goes w as in window h i t n e y",
        secret="aria whitney",
        kept="okay so it goes",
    )


def test_an_everyday_word_before_a_spelled_surname_stays(speech_redactor: SpeechRedactor) -> None:
    assert_redacted(speech_redactor, "okay so the whitney it goes w h i t n e y", kept="okay so the it goes")
