"""v10's test half (issue 15) is what its seeded builder writes, every value (the four address forms new in v10
too) reads back from what was said, a value changed by one character is caught, and the half has the size
and the mix the release asks for; checked without any redactor (``bench/pii_corpus/v10/check.py``)."""

from __future__ import annotations

import subprocess
import sys
from functools import cache
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from bench.pii_corpus.v2.score import load
from bench.pii_corpus.v10 import address_forms, build, check


@cache
def _lines() -> list[dict[str, Any]]:
    return load(check.HERE / "test.jsonl")


def test_the_committed_file_is_what_the_seeded_builder_writes() -> None:
    assert build.build() == _lines()


def test_every_check_passes_on_the_committed_file() -> None:
    check.FAILURES.clear()
    for run in (check.CHECKS.check_format, check.check_values, check.CHECKS.check_counts, check.check_births,
                check.CHECKS.check_independence):  # fmt: skip
        run(_lines())
    assert check.FAILURES == []


def test_a_value_changed_by_one_character_is_caught() -> None:
    check.FAILURES.clear()
    caught, total = check.mutants_caught(_lines())
    assert caught == total > 580
    assert check.FAILURES == []


def test_the_four_new_address_forms_are_in_the_half_and_read_by_v10s_reader() -> None:
    forms = [p for x in _lines() for e in x["entities"] for p in (address_forms.HALF, address_forms.GRID,
             address_forms.URB, address_forms.MIL) if p.fullmatch(e["value"])]  # fmt: skip
    assert {p.pattern for p in forms} == {p.pattern for p in (address_forms.HALF, address_forms.GRID,
                                                              address_forms.URB, address_forms.MIL)}  # fmt: skip
    assert len(forms) >= 30


@pytest.mark.parametrize(
    ("said", "value"),
    [
        ("fifteen twenty south four hundred east", "1520 S 400 W"),
        ("fifteen twenty south four hundred east", "1520 S 500 E"),
        ("twelve and a half Galena Street", "13 1/2 Galena St"),
        ("fourteen calle amapola, urbanization parque flamboyan", "41 Calle Amapola, Urb Parque Flamboyan"),
        ("p s c eight oh two, box seventy four, a p o a e", "PSC 802 Box 74 FPO AE"),
        ("p s c eight oh two, box seventy four, a p o a e", "PSC 802 Box 47 APO AE"),
    ],
)
def test_a_new_address_form_said_otherwise_than_its_value_fails(said: str, value: str) -> None:
    check.FAILURES.clear()
    check.FORMS.check("t", said, value)
    assert check.FAILURES
    check.FAILURES.clear()


def test_check_py_passes_in_its_own_process_without_importing_the_redactor() -> None:
    code = "import runpy, sys; runpy.run_path(sys.argv[1], run_name='__main__')"
    run = subprocess.run([sys.executable, "-c", code + "; print('STREAM', any(m == 'stream' or "
                          "m.startswith('stream.') for m in sys.modules))", str(check.HERE / "check.py")],
                         capture_output=True, text=True, check=False)  # fmt: skip
    assert run.returncode == 0, run.stdout[-2000:]
    assert "600 utterances, " in run.stdout and " entities; 0 failures" in run.stdout
