"""Helpers: one case on a small day (only the hours around it have calls), next to the same day
without it, and the v1 contract validator."""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.alerts_cases.case import Case, simulate_day  # noqa: E402
from bench.alerts_cases.day import DAY0, HOUR, MINUTE, Ledger  # noqa: E402
from bench.alerts_cases.effect import Effect  # noqa: E402
from bench.alerts_cases.kinds import evidence_delay_ms, expected  # noqa: E402

Event = dict[str, Any]
SCHEMA = ROOT / "ingest" / "schema" / "turn-event.v1.json"


@dataclass
class Run:
    case: Case
    normal: dict[str, list[Event]]  # call_sid -> events, the day without the case
    calls: list[list[Event]]  # the day with the case, in start order
    ledger: Ledger

    @property
    def by_sid(self) -> dict[str, list[Event]]:
        return {c[0]["call_sid"]: c for c in self.calls}

    def affected(self) -> list[list[Event]]:
        sids = self.ledger.calls(self.case.name)
        return [c for c in self.calls if c[0]["call_sid"] in sids]


def _run_case(
    effect: Effect, onset: str = "10:00", minutes: int = 30, per_hour: int = 400, seed: int = 11
) -> Run:
    """``effect`` from ``onset`` for ``minutes`` on a day with ``per_hour`` calls in the hours around
    it (none elsewhere, to keep the test fast)."""
    hours, mins = (int(x) for x in onset.split(":"))
    onset_ms = DAY0 + hours * HOUR + mins * MINUTE
    first, last = hours - 1, (onset_ms + minutes * MINUTE - DAY0) // HOUR + 1
    cph = tuple(per_hour if first <= h <= last else 0 for h in range(24))
    cause, scope = expected(effect)
    case = Case(f"t/{type(effect).__name__}", "test", cause, scope, "tune", "t", seed, onset_ms,
                minutes * MINUTE, effect, evidence_delay_ms(effect))  # fmt: skip
    ledger = Ledger()
    calls = list(simulate_day(seed, (case,), calls_per_hour=cph, ledger=ledger))
    normal = {c[0]["call_sid"]: c for c in simulate_day(seed, (), calls_per_hour=cph)}
    return Run(case, normal, calls, ledger)


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
