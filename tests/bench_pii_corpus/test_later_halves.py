"""Each held-out half after v13 (v14-v21) is what its seeded builder writes, passes every step of its
``check.py`` (``STEPS``), has every value changed by one character caught, and its ``check.py`` passes in a
process of its own without importing the redactor: one body for those halves (v6-v13 have theirs in
test_seeded_halves.py), each half's own forms and guards in its ``test_vN_corpus.py``."""

from __future__ import annotations

import importlib
import sys
from functools import cache
from pathlib import Path
from types import ModuleType

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from bench.pii_corpus.v2.score import load
from tests.bench_pii_corpus.corpus_checks import (
    Line,
    assert_every_mutant_caught,
    assert_the_seeded_build_passing_every_step,
    check_py_alone,
)

# each half: its check's one-value mutant counter, its entities as check.py prints them, and whether its
# test printed the mutants line too
HALVES = {
    "v14": ("caught", 589, False),
    "v15": ("mutants_caught", 635, True),
    "v16": ("mutants_caught", 586, True),
    "v17": ("mutants_caught", 553, True),
    "v18": ("mutants_caught", 570, False),
    "v19": ("mutants_caught", 562, False),
    "v20": ("mutants_caught", 562, False),
    "v21": ("mutants_caught", 560, False),
}


def _modules(half: str) -> tuple[ModuleType, ModuleType]:
    return (importlib.import_module(f"bench.pii_corpus.{half}.build"),
            importlib.import_module(f"bench.pii_corpus.{half}.check"))  # fmt: skip


@cache
def _lines(half: str) -> list[Line]:
    return load(_modules(half)[1].HERE / "test.jsonl")


@pytest.mark.parametrize("half", HALVES)
def test_the_committed_file_is_the_seeded_build_and_every_step_passes(half: str) -> None:
    build, check = _modules(half)
    assert_the_seeded_build_passing_every_step(build, check, _lines(half))


@pytest.mark.parametrize("half", HALVES)
def test_every_one_value_mutant_is_caught(half: str) -> None:
    _, check = _modules(half)
    assert_every_mutant_caught(getattr(check, HALVES[half][0]), check, _lines(half))


@pytest.mark.parametrize("half", HALVES)
def test_check_py_passes_in_its_own_process_without_the_redactor(half: str) -> None:
    _, check = _modules(half)
    _, entities, with_mutants = HALVES[half]
    out = check_py_alone(check)
    assert f"600 utterances, {entities} entities; 0 failures" in out
    if with_mutants:
        assert f"one-value mutants caught: {entities}/{entities}" in out
