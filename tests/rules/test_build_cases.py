"""The recorded rule cases (``deploy/rules/tests/call_rules.v1.cases.jsonl``) are what ``call_cases.yaml``
builds: a case edited in the table and not rebuilt (or the other way round) fails here."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

HERE = Path(__file__).resolve().parent


def _build_cases() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_cases", HERE / "build_cases.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_cases_file_is_what_the_table_builds() -> None:
    build = _build_cases()
    assert build.cases_text() == build.OUT.read_text(encoding="utf-8")


def test_every_case_has_a_readable_name_and_its_own_call() -> None:
    cases = _build_cases().cases()
    assert len(cases) == 17
    sids = [case["events"][0]["call_sid"] for case in cases]
    assert len(set(sids)) == len(sids)
    assert all(case["case"] and case["events"][0]["type"] == "call.started" for case in cases)
