"""One case on a small day (only the hours around it have calls), next to the same day without it: the
one builder of the effect tests (``conftest.run_case`` for the tuning kinds, ``test_test4.py`` for its
split's own kinds, ``split_case_alone`` for a split's own case on its own seed)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from bench.alerts_cases import splits
from bench.alerts_cases.case import Case, simulate_day
from bench.alerts_cases.day import DAY0, HOUR, MINUTE, Ledger
from bench.alerts_cases.effect import Effect
from bench.alerts_cases.kinds import evidence_delay_ms, expected

Event = dict[str, Any]


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


def run_case(
    effect: Effect,
    onset: str = "10:00",
    minutes: int = 30,
    per_hour: int = 400,
    seed: int = 11,
    *,
    split: str = "tune",
    day: str = "t",
    cause_and_scope: Callable[[Effect], tuple[str | None, dict[str, str]]] = expected,
) -> Run:
    """``effect`` from ``onset`` for ``minutes`` on a day with ``per_hour`` calls in the hours around
    it (none elsewhere, to keep the test fast); the case is named ``<day>/<effect class>`` and carries
    the cause and scope ``cause_and_scope`` gives (the tuning kinds' ``expected`` unless a split has its
    own)."""
    hours, mins = (int(x) for x in onset.split(":"))
    onset_ms = DAY0 + hours * HOUR + mins * MINUTE
    first, last = hours - 1, (onset_ms + minutes * MINUTE - DAY0) // HOUR + 1
    cph = tuple(per_hour if first <= h <= last else 0 for h in range(24))
    cause, scope = cause_and_scope(effect)
    case = Case(f"{day}/{type(effect).__name__}", "test", cause, scope, split, day, seed, onset_ms,
                minutes * MINUTE, effect, evidence_delay_ms(effect))  # fmt: skip
    ledger = Ledger()
    calls = list(simulate_day(seed, (case,), calls_per_hour=cph, ledger=ledger))
    normal = {c[0]["call_sid"]: c for c in simulate_day(seed, (), calls_per_hour=cph)}
    return Run(case, normal, calls, ledger)


def split_case_alone(
    split: str, kind: str, per_hour: int
) -> tuple[Case, list[list[Event]], dict[str, list[Event]], Ledger]:
    """``split``'s own ``kind`` case alone on its seed, ``per_hour`` calls in each hour it spans and none
    elsewhere; the same day without it, by call; the ledger (the effect tests of test12 and test13)."""
    (case,) = [c for c in splits.cases(split) if c.kind == kind]
    first, last = (case.onset_ms - DAY0) // HOUR, (case.end_ms - 1 - DAY0) // HOUR
    volume = tuple(per_hour if first <= h <= last else 0 for h in range(24))
    ledger = Ledger()
    calls = list(case.alone(ledger, volume))
    normal = {c[0]["call_sid"]: c for c in simulate_day(case.seed, calls_per_hour=volume)}
    return case, calls, normal, ledger
