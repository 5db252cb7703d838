"""v11's test half (issue 15) is what its seeded builder writes, every value (v11's own forms too: an ID's
letters said as words, "period" in an e-mail, a birth date on a holiday or with its weekday, a name the
recognizer split) reads back from what was said, a value changed by one character is caught, and the half has
the size and the mix the release asks for; checked without any redactor (``bench/pii_corpus/v11/check.py``)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from bench.pii_corpus.v2.score import load
from bench.pii_corpus.v11 import build, check

Line = dict[str, Any]


@pytest.fixture(scope="module")
def committed() -> list[Line]:
    """The committed ``test.jsonl``, read once for the module."""
    return load(check.HERE / "test.jsonl")


@pytest.fixture(autouse=True)
def no_failures_left() -> Any:
    """Every test starts and ends with check.py's failures list empty."""
    check.FAILURES.clear()
    yield
    check.FAILURES.clear()


def test_builder_rewrites_the_committed_file_byte_for_byte(committed: list[Line]) -> None:
    assert build.build() == committed


def test_format_values_counts_births_and_independence_hold(committed: list[Line]) -> None:
    runs = (check.CHECKS.check_format, check.check_values, check.CHECKS.check_counts, check.check_births,
            check.CHECKS.check_independence, check.check_said_names)  # fmt: skip
    for run in runs:
        run(committed)
    assert check.FAILURES == []


def test_every_one_character_change_of_a_value_is_reported(committed: list[Line]) -> None:
    caught, total = check.mutants_caught(committed)
    assert (caught, total) == (total, sum(len(x["entities"]) for x in committed))
    assert total > 570 and check.FAILURES == []


def _entity(kind: str, said: str, value: str, form: str = "spoken") -> dict[str, Any]:
    return {"id": "t", "text": said, "entities": [{"start": 0, "end": len(said), "type": kind, "value": value,
                                                   "form": form}]}  # fmt: skip


@pytest.mark.parametrize(
    ("kind", "said", "value", "form"),
    [
        (
            "ACCOUNT_ID",
            "bee why, four four, hold on, seven two nine, uh huh, won five ate",
            "BY44729158",
            "spoken",
        ),
        ("DATE_OF_BIRTH", "the day after christmas, eighty one", "1981-12-26", "spoken"),
        ("DATE_OF_BIRTH", "a tuesday, march third, nineteen eighty", "1980-03-03", "spoken"),
        (
            "EMAIL_ADDRESS",
            "ruoxi period ouyang four two plus bills at gmail dot com",
            "ruoxi.ouyang42+bills@gmail.com",
            "spoken",
        ),
        ("PERSON", "sadhbh mc ilhenny", "Sadhbh McIlhenny", "plain"),
        ("PHONE_NUMBER", "4 15 five five five 0 1 2 3", "4155550123", "mixed"),
    ],
)
def test_v11s_own_forms_read_back_and_a_changed_value_fails(
    kind: str, said: str, value: str, form: str
) -> None:
    check.check_values([_entity(kind, said, value, form)])
    assert check.FAILURES == []
    check.check_values([_entity(kind, said, check.check_kit.mutate(value), form)])
    assert check.FAILURES


def test_a_said_name_word_of_an_earlier_half_is_reported() -> None:
    check.check_said_names([_entity("PERSON", "aguirre zabal", "Aguirrezabal", "plain")])
    assert check.FAILURES


def test_check_py_passes_in_its_own_process_without_importing_the_redactor() -> None:
    """check.py's ``finish`` fails the run if ``stream`` (the redactor) was imported."""
    run = subprocess.run(
        [sys.executable, str(check.HERE / "check.py")], capture_output=True, text=True, check=False
    )
    assert run.returncode == 0, run.stdout[-2000:]
    assert "600 utterances, " in run.stdout and " entities; 0 failures" in run.stdout
