"""v13's own forms (issue 15, brief D13): the caller's correction of the agent's read-back inside a value,
"niner", pairs and triples, "at sign" e-mails, license-shaped and Medicare IDs read back; a wrong correction,
one changed character and a file short of a new form are reported; no redactor is run. The half itself
(builder, every check, mutants, check.py in its own process) is test_seeded_halves.py's."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from bench.pii_corpus.v13 import check
from tests.bench_pii_corpus.one_value import assert_reads_back, reported

FORMS = [
    ("PHONE_NUMBER", "three one two, four five six, seven eight four one, no, the last two are four one, not one four",
     "3124567841", "spoken"),
    ("US_SSN", "two niner one, forty five, sixty seven eighty nine", "291456789", "spoken"),
    ("ACCOUNT_ID", "d as in dog, not b, one twenty three, four five six seven", "D1234567", "spoken"),
    ("ACCOUNT_ID", "1 e g 4 t e 5 m k 7 3", "1EG4TE5MK73", "mixed"),
    ("EMAIL_ADDRESS", "natela dot jashi at sign gmail dot com", "natela.jashi@gmail.com", "spoken"),
    ("PERSON", "j a s h i, g as in goat, not j", "Jashig", "spelled"),
    ("PERSON", "a as in apple not h z k u e", "Azkue", "spelled"),
]  # fmt: skip


@pytest.mark.parametrize(("kind", "said", "value", "form"), FORMS)
def test_v13_forms_read_back_and_their_mutants_do_not(kind: str, said: str, value: str, form: str) -> None:
    assert_reads_back(check, kind, said, value, form)


@pytest.mark.parametrize(
    ("kind", "said", "value"),
    [
        ("PHONE_NUMBER", "three one two, four five six, seven eight four one, the last two are one four, not four one",
         "3124567841"),
        ("ACCOUNT_ID", "d as in boy, not b, one twenty three, four five six seven", "D1234567"),
        ("ACCOUNT_ID", "d as in dog, not m, one twenty three, four five six seven", "D1234567"),
    ],
)  # fmt: skip
def test_a_correction_that_disagrees_with_the_value_is_reported(kind: str, said: str, value: str) -> None:
    assert reported(check, check.check_values, kind, said, value)


def test_a_file_short_of_a_new_form_is_reported() -> None:
    assert any("niner" in f for f in reported(check, check.check_floors, "US_SSN", "one two three", "123"))
