"""v14's test half (issue 15, brief D14: a representative sample), its own checks: a value that does not read
back, a template reusing an earlier phrase and a file short of birth dates are reported; no redactor is run
or imported. The half itself (builder, every step, mutants, check.py in its own process) is
test_later_halves.py's."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from bench.pii_corpus.v2.score import load
from bench.pii_corpus.v14 import check, templates
from tests.bench_pii_corpus.corpus_checks import failures
from tests.bench_pii_corpus.one_value import reported

LINES = load(check.HERE / "test.jsonl")


def test_a_value_that_does_not_read_back_is_reported() -> None:
    said = "seven four nine, seven five two, oh four oh four"
    assert reported(check, check.check_values, "PHONE_NUMBER", said, "7497520405")


def test_a_template_reusing_an_earlier_phrase_is_reported(monkeypatch: Any) -> None:
    monkeypatch.setattr(templates, "NO_PII", [*templates.NO_PII, "Can you repeat that please?"])
    assert any("NO_PII templates" in f for f in failures(check, check.check_independence, LINES[:1]))


def test_a_file_short_of_birth_dates_is_reported() -> None:
    assert any("dates of birth" in f for f in failures(check, check.check_floors, LINES[:5]))
