"""What every held-out half's test checks of its committed file, written once: the file is the seeded build
and passes every step of the half's ``check.py``, every one-value mutant is caught, ``check.py`` passes in a
process of its own; and how a step's report is read (the module's shared failure list emptied around it)."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from types import ModuleType
from typing import Any

Line = dict[str, Any]


def failures(check: ModuleType, step: Callable[[list[Line]], object], lines: list[Line]) -> list[str]:
    """What ``step`` of ``check`` (a half's check.py) reports for ``lines``; the module's shared failure list
    is emptied before and after, so tests do not see each other's."""
    check.FAILURES.clear()
    try:
        step(lines)
        return list(check.FAILURES)
    finally:
        check.FAILURES.clear()


def assert_the_seeded_build_passing_every_step(
    build: ModuleType, check: ModuleType, lines: list[Line]
) -> None:
    """The committed ``lines`` are what the half's seeded ``build.py`` writes, and no step of ``check`` reports
    anything on them (named by step, so a failure says which)."""
    assert build.build() == lines, "test.jsonl is not what build.py writes"
    found = {step.__name__: failures(check, step, lines) for step in check.STEPS}
    assert found == {step.__name__: [] for step in check.STEPS}


def assert_every_mutant_caught(
    mutants_caught: Callable[[list[Line]], tuple[int, int]], check: ModuleType, lines: list[Line]
) -> None:
    """``mutants_caught`` (the half's count of caught one-character changes) catches one per entity of
    ``lines``, and records no failure doing so."""
    check.FAILURES.clear()
    entities = sum(len(x["entities"]) for x in lines)
    assert mutants_caught(lines) == (entities, entities)
    assert check.FAILURES == []


def check_py_alone(check: ModuleType) -> str:
    """The output of the half's ``check.py`` run in a process of its own, once it exited 0 (it fails by
    itself if ``stream``, the redactor, was imported)."""
    out = subprocess.run(
        [sys.executable, str(check.HERE / "check.py")], capture_output=True, text=True, check=False
    )
    assert out.returncode == 0, out.stdout[-2000:]
    return out.stdout
