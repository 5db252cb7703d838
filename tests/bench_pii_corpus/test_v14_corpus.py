"""v14's test half (issue 15, brief D14: a representative sample), its own check: a value that does not read
back is reported; no redactor is run or imported. The half itself (builder, every step, mutants, check.py in
its own process, an earlier phrase and a file short of birth dates reported) is test_later_halves.py's."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from bench.pii_corpus.v2.score import load
from bench.pii_corpus.v14 import check
from tests.bench_pii_corpus.one_value import reported

LINES = load(check.HERE / "test.jsonl")


def test_a_value_that_does_not_read_back_is_reported() -> None:
    said = "seven four nine, seven five two, oh four oh four"
    assert reported(check, check.check_values, "PHONE_NUMBER", said, "7497520405")
