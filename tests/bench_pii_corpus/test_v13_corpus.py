"""v13's test half (issue 15, brief D13): the committed file is what the seeded builder writes, every value
reads back from what was said (v13's own forms: the caller's correction of the agent's read-back inside a
value, "niner", pairs and triples, "at sign" e-mails, license-shaped and Medicare IDs), a wrong correction and
one changed character in any value are caught, and the size and mix hold; no redactor is run or imported."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from bench.pii_corpus.check_kit import mutate
from bench.pii_corpus.v2.score import load
from bench.pii_corpus.v13 import build, check

LINES = load(check.HERE / "test.jsonl")
STEPS = (check.CHECKS.check_format, check.check_values, check.CHECKS.check_counts, check.check_floors,
         check.CHECKS.check_independence)  # fmt: skip


def reported(step: Callable[[list[dict[str, Any]]], object], kind: str, said: str, value: str,
             form: str = "spoken") -> list[str]:  # fmt: skip
    """What ``step`` of check.py says about one utterance holding one entity (the failures list reset)."""
    line = {
        "id": "t",
        "text": said,
        "entities": [dict(start=0, end=len(said), type=kind, value=value, form=form)],
    }
    check.FAILURES.clear()
    step([line])
    out, check.FAILURES[:] = list(check.FAILURES), []
    return out


def test_build_writes_exactly_the_committed_lines() -> None:
    assert build.build() == LINES


def test_no_check_fails_on_the_committed_file() -> None:
    check.FAILURES.clear()
    for step in STEPS:
        step(LINES)
    assert check.FAILURES == []


def test_every_entity_has_its_one_character_mutant_caught() -> None:
    check.FAILURES.clear()
    assert check.caught(LINES) == (581, 581)
    assert check.FAILURES == []


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
    assert reported(check.check_values, kind, said, value, form) == []
    assert reported(check.check_values, kind, said, mutate(value), form)


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
    assert reported(check.check_values, kind, said, value)


def test_a_file_short_of_a_new_form_is_reported() -> None:
    assert any("niner" in f for f in reported(check.check_floors, "US_SSN", "one two three", "123"))


def test_check_py_exits_clean_in_a_process_of_its_own() -> None:
    """check.py's run fails if ``stream`` (the redactor) was imported."""
    out = subprocess.run(
        [sys.executable, str(check.HERE / "check.py")], capture_output=True, text=True, check=False
    )
    assert out.returncode == 0, out.stdout[-2000:]
    assert "600 utterances, 581 entities; 0 failures" in out.stdout
