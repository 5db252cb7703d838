"""Benign shifts of the ``test3`` split: the daily curve an hour early (a daylight-saving change)
and a healthy release rolled from 5% to 50% of calls. Every call stays as healthy as on a normal
day; only when calls come, or which build label they carry, changes."""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from bench.alerts_cases.day import HOUR, DayContext, Planned, extra_plans, merge
from bench.alerts_cases.effect import Effect

if TYPE_CHECKING:
    from bench.alerts_cases.case import Case

Event = dict[str, Any]


@dataclass(frozen=True)
class ClockShift(Effect):
    """A daylight-saving change (spring forward): callers keep their local habits, so in UTC the
    whole day's curve comes one hour earlier. Every call of the day starts an hour sooner (the first
    hour's calls fall into the day before and are gone); the last hour, emptied, gets the night
    rate of the next day's first hour. Last week had no shift: each hour now looks like the next
    hour of last week. Marks every shifted or added call."""

    def traffic(self, case: Case, plans: Iterator[Planned], day: DayContext) -> Iterator[Planned]:
        def shifted() -> Iterator[Planned]:
            for plan in plans:
                if not case.active(plan.start - HOUR):
                    day.ledger.mark(case.name, plan.start, None)  # now before midnight: not today
                    continue
                yield replace(plan, start=plan.start - HOUR).with_notes(shifted=case.name)

        first, last = day.calls_per_hour[0], day.calls_per_hour[-1]
        lo, hi = case.end_ms - HOUR, case.end_ms
        fill = extra_plans(day, f"clock_shift:{case.name}", lo, hi, first / last)
        return merge(shifted(), (p.with_notes(shifted=case.name) for p in fill))

    def call(self, case: Case, plan: Planned, events: list[Event], day: DayContext) -> list[Event]:
        if plan.notes.get("shifted") == case.name:
            day.ledger.mark(case.name, events[0]["ts"], events[0]["call_sid"])
        return events


@dataclass(frozen=True)
class CanaryRollout(Effect):
    """A healthy progressive rollout: a new build (``version``) takes a growing share of the calls
    starting in the window, in equal steps (``steps``: 5%, 10%, 25%, 50%), routed as canary. Nothing
    else changes in those calls: same scenarios, same latencies, same outcomes. Marks each."""

    version: str = "1.5.0"
    steps: tuple[float, ...] = (0.05, 0.10, 0.25, 0.50)

    def share(self, case: Case, ts: int) -> float:
        step = (ts - case.onset_ms) * len(self.steps) // case.duration_ms
        return self.steps[min(step, len(self.steps) - 1)]

    def call(self, case: Case, plan: Planned, events: list[Event], day: DayContext) -> list[Event]:
        first = events[0]
        if not case.active(first["ts"]):
            return events
        if random.Random(f"rollout:{case.name}:{first['call_sid']}").random() >= self.share(
            case, first["ts"]
        ):
            return events
        for event in events:
            event["agent"]["version"] = self.version
            event["flags"]["canary"] = True
        day.ledger.mark(case.name, first["ts"], first["call_sid"])
        return events
