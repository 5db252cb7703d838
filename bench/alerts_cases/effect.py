"""The two hooks a case has on a simulated day: the plan (which calls arrive, with which scenario and
agent build) and each call's synthesized events."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from bench.alerts_cases.day import DayContext, Planned

if TYPE_CHECKING:
    from bench.alerts_cases.case import Case

Event = dict[str, Any]


class Effect:
    """What a case does to a day. Both hooks default to "nothing"; an effect overrides one or both.
    Effects mark the calls they change in ``day.ledger`` under the case's name."""

    def traffic(self, case: Case, plans: Iterator[Planned], day: DayContext) -> Iterator[Planned]:
        """The day's planned calls (in start order) -> the changed plan (still in start order)."""
        return plans

    def call(self, case: Case, plan: Planned, events: list[Event], day: DayContext) -> list[Event]:
        """One synthesized call (events in seq order) -> the changed call (valid, seq renumbered)."""
        return events

    def describe(self) -> str:
        return type(self).__name__
