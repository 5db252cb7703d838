"""Each seeded test half with a full ``check.py`` (v6, v7, v8, v9) is what its builder writes, every value reads back
from what was said, a value changed by one character is caught, and it has the size the release asks for;
checked without any redactor (``bench/pii_corpus/v*/check.py``). One body for every such half."""

from __future__ import annotations

import importlib
import subprocess
import sys
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from bench.pii_corpus.v2.score import load

# each half and the fewest one-value mutants its check must see (all of them caught)
HALVES = {"v6": 500, "v7": 550, "v8": 600, "v9": 580}


def _modules(half: str) -> tuple[ModuleType, ModuleType]:
    return (importlib.import_module(f"bench.pii_corpus.{half}.build"),
            importlib.import_module(f"bench.pii_corpus.{half}.check"))  # fmt: skip


@cache
def _lines(half: str) -> list[dict[str, Any]]:
    return load(_modules(half)[1].HERE / "test.jsonl")


@pytest.mark.parametrize("half", HALVES)
def test_the_committed_file_is_what_the_seeded_builder_writes(half: str) -> None:
    build, _ = _modules(half)
    assert build.build() == _lines(half)


@pytest.mark.parametrize("half", HALVES)
def test_every_check_passes_on_the_committed_file(half: str) -> None:
    _, check = _modules(half)
    check.FAILURES.clear()
    check.check_format(_lines(half))
    check.check_values(_lines(half))
    check.check_counts(_lines(half))
    check.check_independence(_lines(half))
    assert check.FAILURES == []


@pytest.mark.parametrize("half", HALVES)
def test_a_value_changed_by_one_character_is_caught(half: str) -> None:
    _, check = _modules(half)
    check.FAILURES.clear()
    caught, total = check.mutants_caught(_lines(half))
    assert caught == total > HALVES[half]
    assert check.FAILURES == []


@pytest.mark.parametrize("half", HALVES)
def test_check_py_passes_in_its_own_process_without_importing_the_redactor(half: str) -> None:
    _, check = _modules(half)
    run = subprocess.run(
        [sys.executable, str(check.HERE / "check.py")], capture_output=True, text=True, check=False
    )
    assert run.returncode == 0, run.stdout[-2000:]
    assert "600 utterances, " in run.stdout and " entities; 0 failures" in run.stdout
