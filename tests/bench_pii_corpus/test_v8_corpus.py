"""The readers of v8's new spoken forms, on hand-written strings (not corpus lines): dates read off a form with
"slash" and with a cardinal day, IDs with a filler between their letters and their digits, and a house number
said so that it reads back one way only. The half itself is test_seeded_halves.py's."""

from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from bench.pii_corpus.v8 import check, slots


@pytest.mark.parametrize(
    ("said", "value"),
    [
        ("three slash four slash seventy one", "1971-03-04"),
        ("March four, nineteen seventy one", "1971-03-04"),
        ("four March seventy one", "1971-03-04"),
        ("eight twentieth two thousand six", "2006-08-20"),
    ],
)
def test_v8_dates_read_back(said: str, value: str) -> None:
    assert value in check.VALUES.read_date(said)


@pytest.mark.parametrize(
    ("said", "value"),
    [
        ("k as in King, m um four four seven one two two nine", "KM4471229"),
        ("U as in union F as in Frank... six six two... five nine two, one eight two oh", "UF6625921820"),
    ],
)
def test_an_id_with_a_filler_or_pause_after_its_letters_reads_back(said: str, value: str) -> None:
    assert value in check.read_id(said)
    assert value[:-1] + str((int(value[-1]) + 1) % 10) not in check.read_id(said)


def test_a_five_digit_house_number_is_never_said_as_tens_digit_pair() -> None:
    # "seventy four twelve" would read back as 7412, not 70412
    rng = random.Random(3)
    for _ in range(200):
        said = slots._house_words(70412, rng)
        assert "70412" in check.VALUES.house(said), said
