"""Round 3 of issue 15: what callers do that the recognizers cut short. A repair inside a number
("four six— no, four seven"), "tree" for three, letters said in the NATO alphabet, a name said and then
spelled (even a name that is a word), a pause phrase between a cue and the name, a day-first date, a
two-digit year said "oh six". And what must stay: prices said as dollars and cents, product model
numbers, "to" before a house number. Every value here is invented.

Its cases that are one check over a row: ``cases/repairs_and_spelling.yaml`` (run by ``test_cases.py``).
"""

from __future__ import annotations

import re

import pytest

from stream.redaction.base import redact_text
from stream.redaction.speech_redactor import SpeechRedactor

TOKEN = re.compile(r"<[A-Z_]+:[0-9a-f]{6}>")


def _tokens(redacted: str) -> list[str]:
    return TOKEN.findall(redacted)


@pytest.mark.parametrize(
    ("text", "left"),
    [
        ("my social is three one seven— no, one four, two two, nine oh eight one", "my social is "),
        ("call me on two one two five five no five six, oh one nine eight", "call me on "),
        ("the member number is t r, six four four— no, four five nine one oh two", "the member number is "),
    ],
)
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


@pytest.mark.parametrize(
    "text",
    [
        "surname's pendlebrook papa echo november delta lima echo bravo romeo oscar oscar kilo",
        "that's quillby, quebec uniform india lima lima bravo yankee",
        "member number bravo juliett four hundred seventy one five five two",
        "it's x-ray yankee six hundred eighty two oh five",
    ],
)
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


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("surname's okay so major m as in mike a j o r", "major"),
        ("it's hope h o p e and my last name is quillby", "hope"),
        ("my last name is drummond d-r-u-m-m-o-n-d", "drummond"),
        ("last name new, n as in november e w", "new"),
    ],
)
def test_a_word_right_before_its_own_spelling_is_the_name(
    speech_redactor: SpeechRedactor, text: str, name: str
) -> None:
    redacted = redact_text(speech_redactor, text)
    assert not re.search(rf"\b{name}\b", redacted, re.IGNORECASE), redacted


@pytest.mark.parametrize(
    "text",
    [
        "yeah the name is let me see tarquin wellsby",
        "the name is one sec odalys brennick",
        "i'm zorabel segovia",
        "zorabel t pressley the fifth of may nineteen sixty",
    ],
)
def test_names_after_a_pause_phrase_or_before_a_listed_surname(
    speech_redactor: SpeechRedactor, text: str
) -> None:
    redacted = redact_text(speech_redactor, text)
    for word in ("tarquin", "wellsby", "odalys", "brennick", "zorabel", "segovia", "pressley"):
        assert word not in redacted, redacted


@pytest.mark.parametrize(
    "text",
    [
        "he was born on 14 August 1991 i think",
        "birthday's the ninth of march oh six",
    ],
)
def test_day_first_dates_and_oh_years_are_dates_of_birth(speech_redactor: SpeechRedactor, text: str) -> None:
    redacted = redact_text(speech_redactor, text)
    assert "<DATE_OF_BIRTH:" in redacted, redacted
    assert not re.search(r"August|march|1991|\boh six\b", redacted), redacted


@pytest.mark.parametrize(
    "text",
    [
        "the blender was forty eight nineteen",
        "the lamps were sixteen ninety nine",
        "the plan at 136 52 a month",
        "it's the XR-1080 I bought in June",
        "it's the t v ten eighty i bought on march tenth",
        "mail it to three sixty eight birch lane",
        "my grandson Earl ordered 4 of them",
        "the error said nova-2-phonecall timed out",
    ],
)
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


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (
            "can you charge sixteen forty one to four one one one one one one one one one one one one one one one",
            "sixteen forty one to ",
        ),
        ("Can you charge $18.20 to 4111-1111-1111-1111?", "$18.20 to "),
        (
            "my e-mail address would be one sec fennimore dot q at example dot com",
            "address would be one sec ",
        ),
        ("patient id q z four four one nine oh two dob", "patient id "),
        ("send the plumber to seven eight two Quarry Boulevard", "the plumber to "),
    ],
)
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


@pytest.mark.parametrize(
    "text",
    ["Thanks for calling Northwind Utilities. I'm", "you can reach", "surname's", "x -", "four one five no"],
)
def test_a_text_that_ends_on_a_cue_is_redacted_without_failing(
    speech_redactor: SpeechRedactor, text: str
) -> None:
    assert "<REDACTION_FAILED>" not in redact_text(speech_redactor, text)
