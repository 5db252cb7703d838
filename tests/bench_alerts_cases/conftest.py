"""Fixtures: one case on a small day next to the same day without it (``small_day.run_case``), and the v1
contract validator."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tests.bench_alerts_cases.small_day import run_case as _run_case  # noqa: E402

Event = dict[str, Any]
SCHEMA = ROOT / "ingest" / "schema" / "turn-event.v1.json"


@pytest.fixture(scope="session")
def validator() -> Draft202012Validator:
    return Draft202012Validator(json.loads(SCHEMA.read_text(encoding="utf-8")))


def _invalid(validator: Draft202012Validator, calls: list[list[Event]]) -> list[str]:
    """Every contract violation in ``calls``, plus broken seq numbering or time order."""
    problems = []
    for call in calls:
        for i, event in enumerate(call):
            problems += [f"{event['type']}: {e.message}" for e in validator.iter_errors(event)]
            if event["seq"] != i:
                problems.append(f"seq {event['seq']} at position {i}")
            if i and event["ts"] < call[i - 1]["ts"]:
                problems.append(f"{event['type']} before the event preceding it")
        if call[-1]["type"] != "call.ended" or sum(e["type"] == "call.ended" for e in call) != 1:
            problems.append("a call must end with exactly one call.ended")
        if len({e["event_id"] for e in call}) != len(call):
            problems.append("duplicate event_id")
    return problems


@pytest.fixture(scope="session")
def run_case() -> Any:
    """``run_case(effect, onset="10:00", minutes=30, per_hour=400, seed=11) -> Run``."""
    return _run_case


@pytest.fixture(scope="session")
def invalid(validator: Draft202012Validator) -> Any:
    """``invalid(calls) -> [problem, ...]``: contract violations, seq or order breaks, bad ends."""
    return lambda calls: _invalid(validator, calls)
