"""Each seeded test half with a full ``check.py`` still in the tree (v6-v8; v9-v13's are retired, their files
pinned by ``test_retired_halves.py``) is what its builder writes, passes every check of
its ``check.py`` (``STEPS``), has every value changed by one character caught, and its ``check.py`` passes in a
process of its own without importing the redactor. One body for every such half; each half's own forms are
tested in its ``test_vN_corpus.py``."""

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
HALVES = {"v6": 500, "v7": 550, "v8": 600}


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
    for step in check.STEPS:
        step(_lines(half))
    assert check.FAILURES == []


@pytest.mark.parametrize("half", HALVES)
def test_a_value_changed_by_one_character_is_caught(half: str) -> None:
    _, check = _modules(half)
    check.FAILURES.clear()
    caught, total = check.mutants_caught(_lines(half))
    assert caught == total == sum(len(x["entities"]) for x in _lines(half)) > HALVES[half]
    assert check.FAILURES == []


@pytest.mark.parametrize("half", HALVES)
def test_check_py_passes_in_its_own_process_without_importing_the_redactor(half: str) -> None:
    """check.py's ``finish`` fails the run if ``stream`` (the redactor) was imported."""
    _, check = _modules(half)
    run = subprocess.run(
        [sys.executable, str(check.HERE / "check.py")], capture_output=True, text=True, check=False
    )
    assert run.returncode == 0, run.stdout[-2000:]
    ents = sum(len(x["entities"]) for x in _lines(half))
    assert f"600 utterances, {ents} entities; 0 failures" in run.stdout
