"""The two hooks a case has on a simulated day: the plan (which calls arrive, with which scenario and
agent build) and each call's synthesized events."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, ClassVar

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


class MarksNoted(Effect):
    """An effect whose ``traffic`` hook notes the calls it changed (``<NOTE>=<case name>`` in the plan's
    notes) and whose ``call`` hook only marks them: at the call's start, or with ``MARK_AT`` at its first
    event of that type (a noted call without one is not marked). The calls' events are left as made."""

    NOTE: ClassVar[str]
    MARK_AT: ClassVar[str | None] = None

    def call(self, case: Case, plan: Planned, events: list[Event], day: DayContext) -> list[Event]:
        if plan.notes.get(self.NOTE) != case.name:
            return events
        if self.MARK_AT is None:
            day.ledger.mark(case.name, plan.start, events[0]["call_sid"])
            return events
        shown = next((e for e in events if e["type"] == self.MARK_AT), None)
        if shown is not None:
            day.ledger.mark(case.name, shown["ts"], events[0]["call_sid"])
        return events
