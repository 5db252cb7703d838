"""v14's test half (issue 15, brief D14: a representative sample): the committed file is what the seeded
builder writes, every value reads back from what was said, one changed character in any value is caught,
the size, mix and floors hold and no four-word phrase of an earlier half is reused; no redactor is run or
imported."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from bench.pii_corpus.v2.score import load
from bench.pii_corpus.v14 import build, check, templates
from tests.bench_pii_corpus.corpus_checks import (
    assert_every_mutant_caught,
    assert_the_seeded_build_passing_every_step,
    check_py_alone,
    failures,
)
from tests.bench_pii_corpus.one_value import reported

LINES = load(check.HERE / "test.jsonl")


def test_the_seeded_builder_writes_the_committed_file_and_every_check_passes() -> None:
    assert_the_seeded_build_passing_every_step(build, check, LINES)


def test_every_entity_has_its_one_character_mutant_caught() -> None:
    assert_every_mutant_caught(check.caught, check, LINES)


def test_a_value_that_does_not_read_back_is_reported() -> None:
    said = "seven four nine, seven five two, oh four oh four"
    assert reported(check, check.check_values, "PHONE_NUMBER", said, "7497520405")


def test_a_template_reusing_an_earlier_phrase_is_reported(monkeypatch: Any) -> None:
    monkeypatch.setattr(templates, "NO_PII", [*templates.NO_PII, "Can you repeat that please?"])
    assert any("NO_PII templates" in f for f in failures(check, check.check_independence, LINES[:1]))


def test_a_file_short_of_birth_dates_is_reported() -> None:
    assert any("dates of birth" in f for f in failures(check, check.check_floors, LINES[:5]))


def test_check_py_exits_clean_in_a_process_of_its_own() -> None:
    """check.py's run fails if ``stream`` (the redactor) was imported."""
    assert "600 utterances, 589 entities; 0 failures" in check_py_alone(check)
