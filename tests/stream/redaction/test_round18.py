"""Round 18 of issue 15: v17's misses and over-redactions fixed at their mechanism. Invented names and
values, none taken from a corpus.

Redacted now: "double <digit>" read on after a filler inside a number ("... hold on double oh"), an
identifier's "a" after "the number is" and a word said before the value ("um okay a five ...", "right, A
four ..."), a written first name and surname that are also English words opening a birth date ("Mark
Wells, born ..."). Kept now: the words between two readings of one number when they open with a letter's
name ("You got that?"), and "once more" between a number read with its country code and without it.
Keep-guards: "hold on double check", "a five digit number", "a hundred", a lower-case pair of words before
a date, two readings that differ, an identifier ending in a letter's name read twice.

Its cases that are one ``assert_redacted`` over a row ("double <digit>" after "hold on" with ``assert_one_value``
too): ``cases/round18.yaml`` (run by ``test_cases.py``).
"""

from __future__ import annotations

import pytest
from clear_words import assert_redacted, in_clear

from stream.redaction.base import redact_text
from stream.redaction.speech_redactor import SpeechRedactor


@pytest.mark.parametrize(
    "text",
    [
        "the account number is um okay a six two nine uh four one oh eight three three one",
        "The account number is right, A seven one two two, eight four six nine one.",
    ],
)  # fmt: skip
def test_an_ids_letter_after_words_said_before_the_value_is_redacted(
    speech_redactor: SpeechRedactor, text: str
) -> None:
    redacted = redact_text(speech_redactor, text)
    assert not ({"a", "A"} & set(in_clear(redacted).replace(",", " ").replace(".", " ").split())), redacted


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Jack Wells, born 03.11.1994.", "Jack Wells"),
        ("Grant Banks, date of birth 12.04.1987.", "Grant Banks"),
    ],
)  # fmt: skip
def test_a_written_name_of_english_words_before_a_birth_date_is_redacted(
    speech_redactor: SpeechRedactor, text: str, name: str
) -> None:
    redacted = assert_redacted(speech_redactor, text, secret=name)
    assert "born" in redacted or "birth" in redacted


@pytest.mark.parametrize(
    "text",
    [
        "Service Location, 1543 deer path loop",
        "Warranty Contract number 4411 2290 1123",
    ],
)  # fmt: skip
def test_capitalized_labels_before_a_value_stay(speech_redactor: SpeechRedactor, text: str) -> None:
    label = " ".join(text.split()[:2]).rstrip(",")
    assert label in redact_text(speech_redactor, text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("It's (617) 224-9903. You got that? (617) 224-9903.", "You got that?"),
        ("It's three one two, four four one... sixty two eighty one. You got that? three one two... four four "
         "one, six two eight one.", "You got that?"),
        ("it's six one seven dash two two four dash nine nine oh three you you know got that six one seven "
         "two two four nine nine oh three", "you you know got that"),
        ("number's one three one two seven seven four one nine oh six once more three one two seven seven "
         "four one nine oh six okay", "once more"),
        ("number's one three one two seven seven four one nine six oh once more three one two seven seven "
         "four one nine six oh okay", "once more"),
    ],
)  # fmt: skip
def test_the_words_between_two_readings_of_a_number_stay(
    speech_redactor: SpeechRedactor, text: str, kept: str
) -> None:
    redacted = redact_text(speech_redactor, text)
    assert kept in redacted, redacted
    assert redacted.count("<") == 2, redacted
    assert len({part.split(">")[0].split(":")[1] for part in redacted.split("<")[1:]}) == 1, redacted


def test_two_readings_that_differ_stay_one_span(speech_redactor: SpeechRedactor) -> None:
    text = ("It's three one two, four four one, six two eight one. You got that? three one two, four four "
            "one, six two nine one.")  # fmt: skip
    assert_redacted(speech_redactor, text, secret=("six two nine one", "six two eight one"))
