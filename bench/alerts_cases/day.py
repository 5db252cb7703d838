"""A simulated day as planned calls: who calls when, with which scenario and agent build, before any
event exists. Cases change the plan (traffic, scenarios, builds) and then the synthesized events.

A normal day here is the same day ``bench/alerts_eval.py`` simulates: for every hour ``h`` the
simulator's ``plan_calls(n, seed + h, ...)`` with the profile picked from the call's own rng, then
``synthesize_call``; the same seed gives byte-identical events.
"""

from __future__ import annotations

import heapq
import random
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from agent.simulator.library import plan_calls
from agent.simulator.model import Scenario
from agent.simulator.profile import AgentProfile, pick_profile
from agent.simulator.synthesize import synthesize_call

Event = dict[str, Any]
MINUTE, HOUR = 60_000, 3_600_000
DAY = 24 * HOUR
DAY0 = 1_767_225_600_000  # 2026-01-01T00:00Z, the eval's judged day
# The eval's day/night curve: calls starting in each hour of the day.
CALLS_PER_HOUR: tuple[int, ...] = (60,) * 7 + (300,) * 2 + (700,) * 9 + (300,) * 3 + (100,) * 3
DEFAULT_SHARE = {"billing": 0.45, "appointment": 0.35, "refill": 0.20}


def at(hhmm: str, day0: int = DAY0) -> int:
    """The moment "HH:MM" of the judged day in epoch ms: how every split's plan writes an onset."""
    hours, minutes = hhmm.split(":")
    return day0 + int(hours) * HOUR + int(minutes) * MINUTE


@dataclass(frozen=True)
class Planned:
    """One call before synthesis. ``state`` is the call's rng state after the profile was picked, so
    a call synthesized twice (once as planned, once changed) spends the same random numbers."""

    start: int
    scenario: Scenario
    profile: AgentProfile
    state: tuple[Any, ...]
    workflow: str  # the label on its events (a newly launched workflow relabels a scenario)
    notes: Mapping[str, Any] = field(default_factory=dict)  # what a case decided for its event edit

    def rng(self) -> random.Random:
        rng = random.Random()
        rng.setstate(self.state)
        return rng

    def with_notes(self, **notes: Any) -> Planned:
        return replace(self, notes={**self.notes, **notes})


@dataclass
class Ledger:
    """What the cases did, per case name: the moments an affected call first shows the fault
    (``(ts, call_sid)``; ``call_sid`` is None for a call that never arrived)."""

    marks: dict[str, list[tuple[int, str | None]]] = field(default_factory=lambda: defaultdict(list))

    def mark(self, case: str, ts: int, call_sid: str | None) -> None:
        self.marks[case].append((ts, call_sid))

    def first(self, case: str) -> int | None:
        """The evidence onset seen in the data: the first moment an affected call shows the fault."""
        return min((ts for ts, _ in self.marks.get(case, ())), default=None)

    def calls(self, case: str) -> set[str]:
        """Call SIDs that show the fault (the calls a page should link to)."""
        return {sid for _, sid in self.marks.get(case, ()) if sid is not None}

    def per_minute(self, case: str) -> dict[int, int]:
        """Affected calls per minute (epoch minute -> count)."""
        out: dict[int, int] = defaultdict(int)
        for ts, _ in self.marks.get(case, ()):
            out[ts // MINUTE] += 1
        return dict(out)


@dataclass(frozen=True)
class DayContext:
    seed: int
    day0: int
    calls_per_hour: tuple[int, ...]
    ledger: Ledger


def normal_plans(seed: int, day0: int, calls_per_hour: Iterable[int] = CALLS_PER_HOUR) -> Iterator[Planned]:
    """The day's calls in start order, exactly as the eval's normal day plans them."""
    for h, n in enumerate(calls_per_hour):
        for start, scenario, rng in plan_calls(n, seed + h, day0 + (h + 1) * HOUR, None, HOUR):
            profile = pick_profile(rng, scenario.workflow)
            yield Planned(start, scenario, profile, rng.getstate(), scenario.workflow.value)


def extra_plans(
    day: DayContext,
    salt: str,
    start_ms: int,
    end_ms: int,
    rate: float,
    mix: Mapping[str, float] | None = None,
    share: float = 1.0,
) -> Iterator[Planned]:
    """Additional calls between ``start_ms`` and ``end_ms``: ``rate`` x ``share`` x the day's own
    volume in each hour it overlaps, arriving like the day's calls (Poisson within the window)."""
    for h, n in enumerate(day.calls_per_hour):
        lo, hi = max(start_ms, day.day0 + h * HOUR), min(end_ms, day.day0 + (h + 1) * HOUR)
        if hi <= lo:
            continue
        count = round(n * rate * share * (hi - lo) / HOUR)
        seed = random.Random(f"{salt}:{day.seed}:{h}").getrandbits(63)
        for start, scenario, rng in plan_calls(count, seed, hi, mix, hi - lo):
            profile = pick_profile(rng, scenario.workflow)
            yield Planned(start, scenario, profile, rng.getstate(), scenario.workflow.value)


def merge(*plans: Iterable[Planned]) -> Iterator[Planned]:
    """Several planned streams, each in start order, as one in start order."""
    return heapq.merge(*plans, key=lambda p: p.start)


def synthesize(plan: Planned) -> list[Event]:
    """The planned call's events (relabeled when the plan carries another workflow's name)."""
    events = synthesize_call(plan.scenario, plan.rng(), plan.start, plan.profile)
    if plan.workflow != plan.scenario.workflow.value:
        for event in events:
            event["workflow"] = plan.workflow
            if event["type"] == "call.started":
                event["data"]["custom_parameters"]["line"] = plan.workflow
    return events
