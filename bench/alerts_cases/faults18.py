"""The effects of the ``test26`` split (issue 20) that no earlier split had, written without reading the
detector: one line closed by an hours-of-operation rule evaluated in the wrong time zone (its callers
hear the after-hours message and never reach the agent, but for the few who dial the line's direct
number), the agent falling silent at the first caller turn that carries a long digit string (the
redaction step in front of the model hangs on it), and an agent looping on the last question of the
task the caller answers rather than on the first."""

from __future__ import annotations

import random
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from agent.simulator.model import Scenario
from bench.alerts_cases.day import DayContext, Planned
from bench.alerts_cases.edit import picked
from bench.alerts_cases.effect import Effect
from bench.alerts_cases.incidents import DeadAir, _loop, noted_loop

if TYPE_CHECKING:
    from bench.alerts_cases.case import Case

Event = dict[str, Any]


@dataclass(frozen=True)
class AfterHoursStop(Effect):
    """One line's business-hours rule evaluated in UTC instead of local time after a routing-config
    change: from onset the contact-center flow treats the line as closed and plays its after-hours
    message, so its calls never reach the agent; only ``direct_share`` of them (callers who dial the
    line's direct number, which skips the hours rule; a reproducible draw) still arrive, normal. Every
    other line is untouched. Marks the start of every call that did not arrive."""

    workflow: str
    direct_share: float = 0.1

    def traffic(self, case: Case, plans: Iterator[Planned], day: DayContext) -> Iterator[Planned]:
        for plan in plans:
            closed = plan.workflow == self.workflow and case.active(plan.start)
            if closed and not picked(f"direct:{case.name}:{plan.start}", self.direct_share):
                day.ledger.mark(case.name, plan.start, None)
                continue
            yield plan


def digit_turn(events: list[Event], min_digits: int) -> int | None:
    """The number (1-based) of the call's first final caller utterance whose transcript carries a run of
    ``min_digits`` or more digits (separators between them allowed: "415-555-0198", "3/3/1982"), or None."""
    run = re.compile(r"\d(?:[\s/.-]?\d){" + str(min_digits - 1) + ",}")
    said = [e for e in events if e["type"] == "caller.utterance" and e["data"]["final"]]
    return next((k for k, e in enumerate(said, 1) if run.search(e["data"]["text"])), None)


@dataclass(frozen=True)
class DigitsDeadAir(Effect):
    """The PII-redaction step in front of the agent's model hangs on transcripts with a long digit run
    (a new card-number pattern whose regular expression backtracks catastrophically; the agent awaits it
    with no timeout): the first caller utterance of a call carrying ``min_digits`` or more digits (a
    phone number, a date of birth, a member or account number, as the recognizer formats it) gets no
    answer, ``DeadAir`` from that utterance (the caller asks "are you there?" and hangs up). Calls of
    ``workflow`` (None: every line) with such an utterance in the window; the others are untouched."""

    workflow: str | None = None
    min_digits: int = 4

    def call(self, case: Case, plan: Planned, events: list[Event], day: DayContext) -> list[Event]:
        turn = digit_turn(events, self.min_digits)
        if turn is None:
            return events
        return DeadAir(self.workflow, after=turn).call(case, plan, events, day)


def last_question_loop(scenario: Scenario, rng: random.Random) -> tuple[Scenario, str] | None:
    """The incident loop (``incidents._loop``: the question asked again whatever the caller answers, the
    caller asking for a person after 2-3 repeats) at the call's last answered question of its task instead
    of its first (the closing "anything else?" is not one: test25's ``ClosingLoop`` loops there). None when
    the call never gets to a question the caller answers."""
    turns = scenario.turns
    for start in range(len(turns) - 2, -1, -1):
        looped = _loop(replace(scenario, turns=turns[start:]), rng)
        if looped is not None and "anything else" not in looped[1].lower():  # the closing is not a step
            return replace(scenario, turns=(*turns[:start], *looped[0].turns)), looped[1]
    return None


@dataclass(frozen=True)
class LastStepLoop(Effect):
    """A state-machine bug after a flow change: the agent never records the caller's answer to the last
    question of the task before it acts (the day wanted, or the date of birth on a call that ends early),
    so it asks that question again whatever the caller says, until the caller asks for a person (handed
    off). The call's earlier steps are normal, so the loop shows late in the call. Calls of ``workflow`` starting in the
    window that reach a question; marked at the first repeat (``noted_loop``)."""

    workflow: str

    def traffic(self, case: Case, plans: Iterator[Planned], day: DayContext) -> Iterator[Planned]:
        for plan in plans:
            if plan.workflow == self.workflow and case.active(plan.start):
                looped = last_question_loop(
                    plan.scenario, random.Random(f"last_loop:{case.name}:{plan.start}")
                )
                if looped is not None:
                    plan = replace(plan, scenario=looped[0]).with_notes(
                        loop_question=looped[1], loop_case=case.name
                    )
            yield plan

    def call(self, case: Case, plan: Planned, events: list[Event], day: DayContext) -> list[Event]:
        return noted_loop(case, plan, events, day)
