"""Benign shifts of the ``test2`` split: traffic and releases that change what the day looks like
for reasons nobody should be paged for. Every call stays as healthy as on a normal day."""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from bench.alerts_cases.day import DayContext, Planned
from bench.alerts_cases.edit import canary_runs
from bench.alerts_cases.effect import Effect

if TYPE_CHECKING:
    from bench.alerts_cases.case import Case

Event = dict[str, Any]


@dataclass(frozen=True)
class HolidayMix(Effect):
    """A public holiday that changes the mix, not only the volume: each call of the window stays
    away with its workflow's probability (clinics closed: appointments mostly stay away; bills and
    refills less so). Marks the start of every call that stayed away."""

    stay_away: tuple[tuple[str, float], ...] = ()  # (workflow, probability of staying away)

    def traffic(self, case: Case, plans: Iterator[Planned], day: DayContext) -> Iterator[Planned]:
        rng = random.Random(f"holiday_mix:{case.name}:{day.seed}")
        rates = dict(self.stay_away)
        for plan in plans:
            rate = rates.get(plan.workflow, 0.0)
            if case.active(plan.start) and rng.random() < rate:
                day.ledger.mark(case.name, plan.start, None)
                continue
            yield plan


@dataclass(frozen=True)
class SlowRamp(Effect):
    """A slow Monday morning: the morning ramp comes later. A call of the window stays away with a
    probability that falls linearly from ``max_drop`` at onset to 0 at the end, on every workflow;
    by the end of the window the day has caught up. Marks the start of every call that stayed away."""

    max_drop: float = 0.25

    def traffic(self, case: Case, plans: Iterator[Planned], day: DayContext) -> Iterator[Planned]:
        rng = random.Random(f"slow_ramp:{case.name}:{day.seed}")
        for plan in plans:
            if case.active(plan.start):
                drop = self.max_drop * (1 - (plan.start - case.onset_ms) / case.duration_ms)
                if rng.random() < drop:
                    day.ledger.mark(case.name, plan.start, None)
                    continue
            yield plan


@dataclass(frozen=True)
class CanaryRelease(Effect):
    """A healthy release: the canary share of calls starting in the window runs a new build
    (``version``) that has no history at all. Nothing else changes in those calls. Marks each."""

    version: str = "1.6.0-rc1"

    def call(self, case: Case, plan: Planned, events: list[Event], day: DayContext) -> list[Event]:
        if canary_runs(case, events, self.version):
            day.ledger.mark(case.name, events[0]["ts"], events[0]["call_sid"])
        return events
