"""v10's own forms (issue 15): the four address forms new in v10 are in the half and read back by its reader,
and one said otherwise than its value fails; no redactor is run. The half itself (builder, every check,
mutants, check.py in its own process) is test_seeded_halves.py's."""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from bench.pii_corpus.v2.score import load
from bench.pii_corpus.v10 import address_forms, check


@cache
def _lines() -> list[dict[str, Any]]:
    return load(check.HERE / "test.jsonl")


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
