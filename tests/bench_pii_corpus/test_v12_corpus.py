"""v12's test half (issue 15, brief D12): the committed file is what the seeded builder writes, every value
reads back from what was said (v12's own forms: two tries with the agent's request between them,
"hundred"/"thousand" groups, "plus" numbers from abroad, ad-hoc spellings, check letters, hyphenated Queens
and Oahu house numbers, HC boxes, "dash"/"underscore"/".co.uk" e-mails, phonetic and nickname names), one
changed character in any value is caught, and the size and mix hold; no redactor is run or imported."""

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
from bench.pii_corpus.v12 import build, check

LINES = load(check.HERE / "test.jsonl")


def failures_of(run: Callable[[list[dict[str, Any]]], object], lines: list[dict[str, Any]]) -> list[str]:
    """What one of check.py's checks reports on ``lines`` (its shared failures list emptied before and after)."""
    check.FAILURES.clear()
    run(lines)
    found = list(check.FAILURES)
    check.FAILURES.clear()
    return found


def one(kind: str, said: str, value: str, form: str) -> list[dict[str, Any]]:
    entity = {"start": 0, "end": len(said), "type": kind, "value": value, "form": form}
    return [{"id": "x", "text": said, "entities": [entity]}]


def test_the_seeded_build_is_the_committed_file() -> None:
    assert build.build() == LINES


def test_the_half_passes_every_check_without_a_redactor() -> None:
    steps = (check.CHECKS.check_format, check.check_values, check.CHECKS.check_counts, check.check_births,
             check.CHECKS.check_independence, check.check_said_names)  # fmt: skip
    assert [f for step in steps for f in failures_of(step, LINES)] == []


def test_a_value_off_by_one_character_is_caught_everywhere() -> None:
    check.FAILURES.clear()
    caught, total = check.mutants_caught(LINES)
    assert check.FAILURES == []
    assert caught == total == sum(len(x["entities"]) for x in LINES) > 560


FORMS = [
    ("PHONE_NUMBER", "four one five... sorry, could you repeat that? four one five, three hundred, two one four four",
     "4153002144", "spoken"),
    ("PHONE_NUMBER", "area code six oh two then two two one, four thousand five", "6022214005", "spoken"),
    ("PHONE_NUMBER", "plus four four, seven nine one one, one two three, four five six", "+447911123456", "spoken"),
    ("ACCOUNT_ID", "m like mango k, four hundred, two two one nine, s for sugar", "MK4002219S", "spoken"),
    ("EMAIL_ADDRESS", "k underscore bitar dash nine at yahoo dot c o dot u k", "k_bitar-9@yahoo.co.uk", "spoken"),
    ("STREET_ADDRESS", "one twelve dash oh four seventy fifth avenue", "112-04 75th Ave", "spoken"),
    ("STREET_ADDRESS", "ninety five dash ten forty two kuahelani place", "95-1042 Kuahelani Pl", "spoken"),
    ("STREET_ADDRESS", "h c three, box one seventeen", "HC 3 Box 117", "spoken"),
    ("DATE_OF_BIRTH", "three march eighty two", "1982-03-03", "spoken"),
    ("PERSON", "kshi zhanovski", "Krzyzanowski", "plain"),
    ("PERSON", "mietek, mieczyslaw actually", "Mieczyslaw", "plain"),
    ("PERSON", "k like kettle o u r i s", "Kouris", "spelled"),
]  # fmt: skip


@pytest.mark.parametrize(("kind", "said", "value", "form"), FORMS)
def test_v12_forms_read_back_and_their_mutants_do_not(kind: str, said: str, value: str, form: str) -> None:
    assert failures_of(check.check_values, one(kind, said, value, form)) == []
    assert failures_of(check.check_values, one(kind, said, mutate(value), form))


def test_an_earlier_name_word_in_what_the_recognizer_wrote_is_reported() -> None:
    assert failures_of(check.check_said_names, one("PERSON", "ngozi okafor", "Ngozi Okafor", "plain"))


def test_check_py_exits_clean_in_a_process_of_its_own() -> None:
    """check.py's run fails if ``stream`` (the redactor) was imported."""
    out = subprocess.run(
        [sys.executable, str(check.HERE / "check.py")], capture_output=True, text=True, check=False
    )
    assert out.returncode == 0, out.stdout[-2000:]
    assert "600 utterances, 612 entities; 0 failures" in out.stdout
