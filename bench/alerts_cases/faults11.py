"""Failure modes of the ``test11`` split (issue 20) that no earlier split had, written without reading
the detector: a number-routing change that stops two lines at once (one cause, two workflows), and
an LLM provider's content filter that starts blocking ordinary pharmacy requests (the agent refuses
and hands the caller over as soon as the medication is named). Each effect marks, per call it
touches, the moment that call first shows it (a call that never arrived: its planned start)."""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from agent.simulator.model import End, Handoff, Say, Scenario, Tool, reply
from bench.alerts_cases.day import DayContext, Planned
from bench.alerts_cases.effect import Effect

if TYPE_CHECKING:
    from bench.alerts_cases.case import Case

Event = dict[str, Any]
REFUSAL = "I'm sorry, I can't help with that request. Let me connect you with a member of our team."
BLOCKED = "the model provider's content filter blocked the reply"


@dataclass(frozen=True)
class LinesStop(Effect):
    """One routing change (a SIP trunk re-pointed, a number-pool update) that carries several lines:
    none of ``workflows``' calls arrive in the window; the other lines are untouched. One cause,
    so one page, not one per line. Marks the start of every call that did not arrive."""

    workflows: tuple[str, ...]

    def traffic(self, case: Case, plans: Iterator[Planned], day: DayContext) -> Iterator[Planned]:
        for plan in plans:
            if plan.workflow in self.workflows and case.active(plan.start):
                day.ledger.mark(case.name, plan.start, None)
                continue
            yield plan


def _refused_at(scenario: Scenario, tool: str) -> Scenario | None:
    """The scenario up to the caller's turn whose reply would call ``tool`` (the caller has just
    named the medication), answered instead with the refusal and a ``policy`` hand-off. None when
    the scenario never calls the tool."""
    for k, turn in enumerate(scenario.turns):
        if turn.reply is not None and any(isinstance(a, Tool) and a.name == tool for a in turn.reply.actions):
            refusal = reply(Say(REFUSAL), Handoff(BLOCKED, "policy"), End())
            return replace(
                scenario, turns=(*scenario.turns[:k], replace(turn, reply=refusal, hangup_after=False))
            )
    return None


@dataclass(frozen=True)
class ContentFilter(Effect):
    """The LLM provider tightens its content filter (or a safety setting changes with a model
    update): for ``share`` of ``workflow``'s calls starting in the window (a reproducible draw per
    call) the reply to the caller's turn that would call ``tool`` is blocked, and the agent's
    fallback refuses and hands off (``policy``, ``ended/handoff``). Marked at the refusal (the
    simulator may open it with a filler word)."""

    workflow: str
    tool: str
    share: float = 1.0

    def traffic(self, case: Case, plans: Iterator[Planned], day: DayContext) -> Iterator[Planned]:
        for plan in plans:
            drawn = random.Random(f"content_filter:{case.name}:{plan.start}").random() < self.share
            if plan.workflow == self.workflow and case.active(plan.start) and drawn:
                refused = _refused_at(plan.scenario, self.tool)
                if refused is not None:
                    plan = replace(plan, scenario=refused).with_notes(content_filter=case.name)
            yield plan

    def call(self, case: Case, plan: Planned, events: list[Event], day: DayContext) -> list[Event]:
        if plan.notes.get("content_filter") == case.name:
            said = [
                e["ts"] for e in events if e["type"] == "agent.utterance" and REFUSAL in e["data"]["text"]
            ]
            if said:
                day.ledger.mark(case.name, said[0], events[0]["call_sid"])
        return events
