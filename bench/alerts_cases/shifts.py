"""Benign shifts: traffic that changes for reasons nobody should be paged for. Every call is as
healthy as on a normal day; only how many there are, and where, changes."""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from bench.alerts_cases.day import DEFAULT_SHARE, DayContext, Planned, extra_plans, merge
from bench.alerts_cases.effect import Effect, MarksNoted

if TYPE_CHECKING:
    from bench.alerts_cases.case import Case

Event = dict[str, Any]


class _Adds(MarksNoted):
    """Marks the calls it added (they carry ``added=<case name>``)."""

    NOTE = "added"


@dataclass(frozen=True)
class Surge(_Adds):
    """``rate`` more calls (0.6 = +60%) in the window, on one workflow (a marketing campaign, a bill
    mailing) or on all of them (``workflow`` None: a news story, a heat wave)."""

    rate: float
    workflow: str | None = None

    def traffic(self, case: Case, plans: Iterator[Planned], day: DayContext) -> Iterator[Planned]:
        mix = None if self.workflow is None else {self.workflow: 1.0}
        share = 1.0 if self.workflow is None else DEFAULT_SHARE[self.workflow]
        extra = extra_plans(day, f"surge:{case.name}", case.onset_ms, case.end_ms, self.rate, mix, share)
        return merge(plans, (p.with_notes(added=case.name) for p in extra))


@dataclass(frozen=True)
class Holiday(Effect):
    """A public holiday: each call of the window (the whole day) stays away with probability
    ``rate``, on every workflow alike. Marks the start of every call that stayed away."""

    rate: float = 0.5

    def traffic(self, case: Case, plans: Iterator[Planned], day: DayContext) -> Iterator[Planned]:
        rng = random.Random(f"holiday:{case.name}:{day.seed}")
        for plan in plans:
            if case.active(plan.start) and rng.random() < self.rate:
                day.ledger.mark(case.name, plan.start, None)
                continue
            yield plan


@dataclass(frozen=True)
class Launch(_Adds):
    """A new workflow goes live at onset (a new phone line): calls labeled ``workflow`` (scripts of
    ``like``, prompt ``<workflow>-v1``) at ``share`` of the day's volume, from onset to the end of
    the window. It has no history at all."""

    workflow: str
    like: str = "billing"
    share: float = 0.15

    def traffic(self, case: Case, plans: Iterator[Planned], day: DayContext) -> Iterator[Planned]:
        extra = extra_plans(
            day, f"launch:{case.name}", case.onset_ms, case.end_ms, self.share, {self.like: 1.0}
        )
        relabeled = (
            replace(
                p,
                workflow=self.workflow,
                profile=replace(p.profile, prompt_version=f"{self.workflow}-v1"),
            ).with_notes(added=case.name)
            for p in extra
        )
        return merge(plans, relabeled)
