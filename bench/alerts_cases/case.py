"""A case: one incident (or benign shift) on one simulated day, with the cause a page must name.
A day: the cases that share its events, simulated once."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from agent.simulator.library import interleave_events
from bench.alerts_cases.day import (
    CALLS_PER_HOUR,
    DAY0,
    DayContext,
    Ledger,
    Planned,
    normal_plans,
    synthesize,
)
from bench.alerts_cases.effect import Effect

Event = dict[str, Any]


@dataclass(frozen=True)
class Case:
    """One incident or benign shift. ``cause`` is what the page must name (None: a benign shift,
    any page in its window is a false page); ``scope`` is what else it must name (the workflow, the
    agent version), empty when the fault is everywhere."""

    name: str
    kind: str
    cause: str | None
    scope: Mapping[str, str]
    split: str  # "tune" or "test"
    day: str  # the simulated day it happens on; cases of one day share its events
    seed: int
    onset_ms: int
    duration_ms: int
    effect: Effect = field(repr=False)
    # When the data can first show it, after onset: 0 for a fault that is there from the first
    # affected call; a slow rise shows only once the drift is large enough to tell from noise.
    evidence_delay_ms: int = 0
    real_world: str = ""

    @property
    def end_ms(self) -> int:
        return self.onset_ms + self.duration_ms

    @property
    def evidence_ms(self) -> int:
        """The evidence onset by rule (the ledger has the one seen in the data)."""
        return self.onset_ms + self.evidence_delay_ms

    @property
    def expected_cause(self) -> str | None:
        return self.cause

    @property
    def benign(self) -> bool:
        return self.cause is None

    def active(self, ts: int) -> bool:
        return self.onset_ms <= ts < self.end_ms

    def alone(
        self, ledger: Ledger | None = None, calls_per_hour: tuple[int, ...] = CALLS_PER_HOUR
    ) -> Iterator[list[Event]]:
        """Its seed's day with only this case on it (a day's other cases left out)."""
        return simulate_day(self.seed, (self,), DAY0, calls_per_hour, ledger)


def simulate_day(
    seed: int,
    cases: tuple[Case, ...] = (),
    day0: int = DAY0,
    calls_per_hour: tuple[int, ...] = CALLS_PER_HOUR,
    ledger: Ledger | None = None,
) -> Iterator[list[Event]]:
    """The day's calls (each a list of events in seq order) in start order, with ``cases`` applied.
    Without cases it is the eval's normal day for ``seed``. ``ledger`` collects what each case did."""
    day = DayContext(seed, day0, tuple(calls_per_hour), ledger if ledger is not None else Ledger())
    plans: Iterator[Planned] = normal_plans(seed, day0, calls_per_hour)
    for case in cases:
        plans = case.effect.traffic(case, plans, day)
    for plan in plans:
        events = synthesize(plan)
        for case in cases:
            events = case.effect.call(case, plan, events, day)
        yield events


@dataclass(frozen=True)
class Day:
    """A simulated day of one split: its seed and the cases on it (at separate times)."""

    name: str
    split: str
    seed: int
    cases: tuple[Case, ...]
    day0: int = DAY0

    def calls(
        self, ledger: Ledger | None = None, calls_per_hour: tuple[int, ...] = CALLS_PER_HOUR
    ) -> Iterator[list[Event]]:
        return simulate_day(self.seed, self.cases, self.day0, calls_per_hour, ledger)

    def events(
        self, ledger: Ledger | None = None, calls_per_hour: tuple[int, ...] = CALLS_PER_HOUR
    ) -> Iterator[Event]:
        """The day as a bus carries it: all calls' events interleaved by time."""
        return interleave_events(self.calls(ledger, calls_per_hour))
