"""The v6 test half is what its seeded builder writes, every value reads back from what was said, and it has
the size the release asks for; checked without any redactor (bench/pii_corpus/v6/check.py)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from bench.pii_corpus.v2.score import load
from bench.pii_corpus.v6 import build, check

LINES = load(check.HERE / "test.jsonl")


def test_the_committed_file_is_what_the_seeded_builder_writes() -> None:
    assert build.build() == LINES


def test_every_check_passes_on_the_committed_file() -> None:
    check.FAILURES.clear()
    check.check_format(LINES)
    check.check_values(LINES)
    check.check_counts(LINES)
    check.check_independence(LINES)
    assert check.FAILURES == []


def test_a_value_changed_by_one_character_is_caught() -> None:
    check.FAILURES.clear()
    caught, total = check.mutants_caught(LINES)
    assert caught == total > 500
    assert check.FAILURES == []


def test_check_py_passes_in_its_own_process_without_importing_the_redactor() -> None:
    run = subprocess.run(
        [sys.executable, str(check.HERE / "check.py")], capture_output=True, text=True, check=False
    )
    assert run.returncode == 0, run.stdout[-2000:]
    assert "600 utterances, " in run.stdout and " entities; 0 failures" in run.stdout
