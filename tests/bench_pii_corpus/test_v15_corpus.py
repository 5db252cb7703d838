"""v15, the next release's held-out test half (issue 15, brief D15), its own checks: phone numbers are
NANP-shaped, a number said twice in one turn is one value twice, a homophone digit reads back. No
redactor is run or imported. The half itself (builder, every step, mutants, check.py in its own process, an
earlier phrase and a short file reported) is test_later_halves.py's."""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from bench.pii_corpus.v2.score import load
from bench.pii_corpus.v15 import check
from tests.bench_pii_corpus.one_value import reported

LINES = load(check.HERE / "test.jsonl")


def test_a_homophone_digit_reads_back_and_a_wrong_value_does_not() -> None:
    said = "six for six, four two nine, oh one four one"
    assert reported(check, check.check_values, "PHONE_NUMBER", said, "6464290141") == []
    assert reported(check, check.check_values, "PHONE_NUMBER", said, "6164290141")


def test_phone_numbers_are_nanp_shaped() -> None:
    """Area code and exchange start 2-9 and are never N11; the area code has no 9 second and is no easily
    recognizable code (800, 888)."""
    phones = [e["value"] for x in LINES for e in x["entities"] if e["type"] == "PHONE_NUMBER"]
    assert len(phones) >= 60
    for p in phones:
        area, exchange = p[:3], p[3:6]
        assert re.fullmatch(r"[2-9][0-8]\d", area) and area[1:] != "11" and area[1] != area[2], p
        assert re.fullmatch(r"[2-9]\d\d", exchange) and exchange[1:] != "11", p


def test_a_number_said_twice_in_one_turn_is_one_value_twice() -> None:
    twice = [x for x in LINES if len([e for e in x["entities"] if e["type"] == "PHONE_NUMBER"]) == 2]
    assert twice
    for x in twice:
        first, second = (e["value"] for e in x["entities"] if e["type"] == "PHONE_NUMBER")
        assert first == second, x["id"]
