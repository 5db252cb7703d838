"""The readers of v7's new spoken forms, on hand-written strings (not corpus lines), and check_kit's one Luhn
check. The half itself (builder, checks, mutants, check.py in its own process) is test_seeded_halves.py's."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from bench.pii_corpus.check_kit import luhn_ok
from bench.pii_corpus.v7 import check


@pytest.mark.parametrize(
    ("said", "value"),
    [
        ("four five- no, five four two", "542"),  # digits swapped, then corrected
        ("five five seven one no no fifty five seventy two", "5572"),
        ("three one two sorry let me start over three one four", "314"),
        ("six o one", "601"),
        ("two one dash four four", "2144"),
    ],
)
def test_corrections_restarts_o_and_dash_read_back(said: str, value: str) -> None:
    assert value in check.READER.read_digits(said)


def test_a_medicare_id_reads_back_character_by_character() -> None:
    assert check.VALUES.read_chars("one e as in echo g four, t e five dash m k seven three") == "1EG4TE5MK73"
    assert check.VALUES.read_chars("1EG4-TE5-MK73") == "1EG4TE5MK73"


@pytest.mark.parametrize(
    ("said", "value"),
    [
        ("nineteen seventy one, March fourth", "1971-03-04"),
        ("three four seventy one", "1971-03-04"),
        ("3-4-71", "1971-03-04"),
        ("4 March 1971", "1971-03-04"),
        ("oh three oh four oh five", "2005-03-04"),
    ],
)
def test_dates_in_every_order_read_back(said: str, value: str) -> None:
    assert value in check.VALUES.read_date(said)


def test_an_address_with_the_unit_said_first_reads_back() -> None:
    check.FAILURES.clear()
    check.VALUES.check_address("t", "unit nine twelve sixty honeysuckle lane", "1260 Honeysuckle Ln UNIT 9")
    check.VALUES.check_address("t", "Apt 4B, 1260 Honeysuckle Lane", "1260 Honeysuckle Ln APT 4B")
    assert check.FAILURES == []
    check.VALUES.check_address("t", "unit nine twelve sixty honeysuckle lane", "1261 Honeysuckle Ln UNIT 9")
    assert check.FAILURES


def test_luhn_ok_is_the_card_check() -> None:
    assert luhn_ok("4111111111111111") and luhn_ok("378282246310005")
    assert not luhn_ok("4111111111111112") and not luhn_ok("378282246310006")
