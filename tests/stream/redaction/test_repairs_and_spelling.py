"""Round 3 of issue 15: what callers do that the recognizers cut short. A repair inside a number
("four six— no, four seven"), "tree" for three, letters said in the NATO alphabet, a name said and then
spelled (even a name that is a word), a pause phrase between a cue and the name, a day-first date, a
two-digit year said "oh six". And what must stay: prices said as dollars and cents, product model
numbers, "to" before a house number. Every value here is invented.

Its cases are rows of ``cases/repairs_and_spelling.yaml``: those that are one check over a row under ``tests``
(run by ``test_cases.py``), the rows of this file's tests, whose checks a row cannot say, under ``params``.
"""

from __future__ import annotations

import re
from pathlib import Path

from case_rows import CaseTable

from stream.redaction.base import redact_text
from stream.redaction.speech_redactor import SpeechRedactor

TABLE = CaseTable(Path(__file__).parent / "cases" / "repairs_and_spelling.yaml")

TOKEN = re.compile(r"<[A-Z_]+:[0-9a-f]{6}>")


def _tokens(redacted: str) -> list[str]:
    return TOKEN.findall(redacted)


@TABLE.parametrize("text", "left")
def test_a_repair_inside_a_number_is_redacted_with_it(
    speech_redactor: SpeechRedactor, text: str, left: str
) -> None:
    redacted = redact_text(speech_redactor, text)
    assert len(_tokens(redacted)) == 1, redacted
    assert redacted.startswith(left) and TOKEN.fullmatch(redacted[len(left) :]), redacted


def test_a_repaired_number_gets_the_token_of_the_corrected_value(speech_redactor: SpeechRedactor) -> None:
    said = redact_text(
        speech_redactor, "my social is three one seven— no, one four, two two, nine oh eight one"
    )
    written = redact_text(speech_redactor, "my social is 314-22-9081")
    assert _tokens(said) == _tokens(written), (said, written)


def test_tree_is_a_three_inside_a_number(speech_redactor: SpeechRedactor) -> None:
    redacted = redact_text(speech_redactor, "my cell is six one tree four oh four eight eight one tree")
    assert redacted == "my cell is " + _tokens(redacted)[0], redacted
    assert redact_text(speech_redactor, "the tree fell on two cars") == "the tree fell on two cars"


@TABLE.parametrize("text")
def test_letters_in_the_nato_alphabet_are_spelled_letters(speech_redactor: SpeechRedactor, text: str) -> None:
    redacted = redact_text(speech_redactor, text)
    for word in (
        "pendlebrook",
        "quillby",
        "papa",
        "echo",
        "kilo",
        "quebec",
        "yankee",
        "bravo",
        "juliett",
        "ray",
    ):
        assert word not in redacted.lower(), redacted
    assert not re.search(r"\b(hundred|seventy|eighty|two|five|oh)\b", redacted), redacted


@TABLE.parametrize("text", "name")
def test_a_word_right_before_its_own_spelling_is_the_name(
    speech_redactor: SpeechRedactor, text: str, name: str
) -> None:
    redacted = redact_text(speech_redactor, text)
    assert not re.search(rf"\b{name}\b", redacted, re.IGNORECASE), redacted


@TABLE.parametrize("text")
def test_names_after_a_pause_phrase_or_before_a_listed_surname(
    speech_redactor: SpeechRedactor, text: str
) -> None:
    redacted = redact_text(speech_redactor, text)
    for word in ("tarquin", "wellsby", "odalys", "brennick", "zorabel", "segovia", "pressley"):
        assert word not in redacted, redacted


@TABLE.parametrize("text")
def test_day_first_dates_and_oh_years_are_dates_of_birth(speech_redactor: SpeechRedactor, text: str) -> None:
    redacted = redact_text(speech_redactor, text)
    assert "<DATE_OF_BIRTH:" in redacted, redacted
    assert not re.search(r"August|march|1991|\boh six\b", redacted), redacted


@TABLE.parametrize("text")
def test_prices_models_and_prepositions_stay(speech_redactor: SpeechRedactor, text: str) -> None:
    redacted = redact_text(speech_redactor, text)
    for word in ("forty", "sixteen", "136", "XR-1080", "t v ten eighty", "mail it to ", "ordered", "said"):
        if word in text:
            assert word in redacted, redacted


def test_an_id_in_nato_words_gets_the_token_of_the_written_id(speech_redactor: SpeechRedactor) -> None:
    said = redact_text(speech_redactor, "member number x-ray yankee six hundred eighty two oh five")
    written = redact_text(speech_redactor, "member number XY682 05")
    assert len(_tokens(said)) == 1 and _tokens(said) == _tokens(written), (said, written)


def test_one_nato_letter_after_an_id_word_belongs_to_the_id(speech_redactor: SpeechRedactor) -> None:
    redacted = redact_text(
        speech_redactor, "reference number is Whiskey, four four one— no, one seven two two nine"
    )
    assert redacted == "reference number is " + _tokens(redacted)[0], redacted


@TABLE.parametrize("text", "kept")
def test_the_words_around_a_value_stay(speech_redactor: SpeechRedactor, text: str, kept: str) -> None:
    redacted = redact_text(speech_redactor, text)
    assert kept in redacted, redacted
    assert len(_tokens(redacted)) >= 1, redacted


def test_a_word_between_reach_and_an_address_is_a_name(speech_redactor: SpeechRedactor) -> None:
    redacted = redact_text(speech_redactor, "you can reach sunny at s dot kowalczyk at example dot com")
    assert redacted.startswith("you can reach <PERSON:"), redacted
    assert redact_text(speech_redactor, "you can reach me at the office") == "you can reach me at the office"


def test_a_repair_said_with_sorry_stays_in_the_run(speech_redactor: SpeechRedactor) -> None:
    redacted = redact_text(
        speech_redactor, "my social is five two seven sorry two eight, four four, one two three four"
    )
    assert redacted == "my social is " + _tokens(redacted)[0], redacted
    assert redact_text(speech_redactor, "i have three sorry four items") == "i have three sorry four items"


@TABLE.parametrize("text")
def test_a_text_that_ends_on_a_cue_is_redacted_without_failing(
    speech_redactor: SpeechRedactor, text: str
) -> None:
    assert "<REDACTION_FAILED>" not in redact_text(speech_redactor, text)
