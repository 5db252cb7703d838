"""The effects of the ``test22`` split (issue 20) that no earlier split had, written without reading the
detector: one line's calls lost by caller region while a number port half-completes (an incident), and
two shifts that must not page: a holiday eve whose morning brings the lines' calls early in another
mix, and a maintenance notice that makes every greeting longer."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from agent.simulator.model import Say
from bench.alerts_cases.day import DEFAULT_SHARE, DayContext, Planned, extra_plans, merge
from bench.alerts_cases.effect import Effect, MarksNoted
from bench.alerts_cases.shifts import _Adds

if TYPE_CHECKING:
    from bench.alerts_cases.case import Case

Event = dict[str, Any]
ASK = "How can I help you today?"  # the last sentence of every greeting (agent.simulator.scenarios)


@dataclass(frozen=True)
class PortedLineDrop(Effect):
    """One line's number is ported to another carrier and the port half-completes: carriers that have
    taken the new routing send the line's calls to a carrier that has not activated the number yet
    (the caller hears "not in service"), the others still reach the old route. Calls to ``workflow``
    from callers whose area code is in ``area_codes`` (their carriers' regions) never arrive; the
    line's other calls and every other line are normal. Marks the start of every call that did not
    arrive."""

    workflow: str
    area_codes: tuple[str, ...] = ()

    def traffic(self, case: Case, plans: Iterator[Planned], day: DayContext) -> Iterator[Planned]:
        for plan in plans:
            lost = plan.workflow == self.workflow and plan.scenario.caller.phone[2:5] in self.area_codes
            if lost and case.active(plan.start):
                day.ledger.mark(case.name, plan.start, None)
                continue
            yield plan


@dataclass(frozen=True)
class EveRush(_Adds):
    """The morning of a holiday eve: people sort things out before the long weekend, each line by its
    own measure (``rates``: line -> extra share of its planned calls, e.g. refills stocked up and
    visits moved more than bills asked about). Every added call is an ordinary healthy call; the mix of
    lines shifts while nothing fails. Marks the calls it adds."""

    rates: tuple[tuple[str, float], ...] = ()

    def traffic(self, case: Case, plans: Iterator[Planned], day: DayContext) -> Iterator[Planned]:
        start, end = case.onset_ms, case.end_ms
        extra = [
            extra_plans(day, f"eve:{case.name}:{line}", start, end, rate, {line: 1.0}, DEFAULT_SHARE[line])
            for line, rate in self.rates
        ]
        return merge(plans, *((p.with_notes(added=case.name) for p in more) for more in extra))


@dataclass(frozen=True)
class GreetingNotice(MarksNoted):
    """A planned-maintenance notice added to the greeting of every call starting in the window (one
    greeting setting for every line): the agent says ``notice`` before "How can I help you today?", so
    the greeting plays about a second longer and everything after it comes that much later. The calls
    are synthesized with the longer greeting (the same random draws), so they stay consistent and
    healthy. Marks each call at its start."""

    NOTE = "notice"

    notice: str = "Online pay is down tonight."

    def traffic(self, case: Case, plans: Iterator[Planned], day: DayContext) -> Iterator[Planned]:
        for plan in plans:
            greeting = plan.scenario.greeting
            if case.active(plan.start) and ASK in greeting.text:
                text = greeting.text.replace(ASK, f"{self.notice} {ASK}", 1)
                scenario = replace(plan.scenario, greeting=Say(text, greeting.tags))
                plan = replace(plan, scenario=scenario).with_notes(notice=case.name)
            yield plan
