"""Failure modes of the ``test10`` split (issue 20) that no earlier split had, written without reading
the detector: a cache bug that makes the agent read out another caller's account (the caller
objects and asks for a person), and an agent worker that is OOM-killed every few minutes (every
call in progress on it fails at the same instant). Each effect marks, per call it touches, the
moment that call first shows it."""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from agent.simulator.model import End, Handoff, Intent, Say, Scenario, Tool, Turn, reply
from agent.simulator.workflows.common import lexicon
from bench.alerts_cases.day import MINUTE, DayContext, Planned
from bench.alerts_cases.edit import call_rng, cut_after, end_call, finish, new_event
from bench.alerts_cases.effect import Effect

if TYPE_CHECKING:
    from bench.alerts_cases.case import Case

Event = dict[str, Any]
NOT_MINE = "Wait, that's not my account. Those aren't my charges, whose account is that? Get me a person."
RESTART = ("worker_restarted", "agent worker OOM-killed; the session's websocket closed with 1011")


def _objects_after(scenario: Scenario, tool: str, line: str) -> Scenario | None:
    """The scenario up to the first reply that calls ``tool`` (the agent reads out what it got),
    then the caller's objection and a hand-off he asks for. None when the tool is not called with
    a turn of the caller still to come."""
    for k, turn in enumerate(scenario.turns):
        if turn.reply is None or turn.reply.ends_call:
            continue
        if any(isinstance(a, Tool) and a.name == tool for a in turn.reply.actions):
            if k + 1 >= len(scenario.turns):
                return None
            handoff = reply(
                Intent("request_human", 0.97),
                Say(line),
                Handoff("caller heard another account's details", "caller_request"),
                End(),
            )
            kept = replace(turn, hangup_after=False, barge_in=None)
            return replace(scenario, turns=(*scenario.turns[:k], kept, Turn(NOT_MINE, handoff)))
    return None


@dataclass(frozen=True)
class WrongAccount(Effect):
    """A response cache keyed without the caller (a deploy changed the key) on ``workflow``'s
    ``tool``: the agent reads out another caller's balance. The caller objects ("that's not my
    account") and asks for a person (``caller_request`` hand-off). Calls of the workflow starting
    in the window that use the tool; marked at the objection."""

    workflow: str
    tool: str

    def traffic(self, case: Case, plans: Iterator[Planned], day: DayContext) -> Iterator[Planned]:
        for plan in plans:
            if plan.workflow == self.workflow and case.active(plan.start):
                line = random.Random(f"wrong_account:{case.name}:{plan.start}").choice(
                    lexicon()["handoff_lines"]
                )
                changed = _objects_after(plan.scenario, self.tool, line)
                if changed is not None:
                    plan = replace(plan, scenario=changed).with_notes(wrong_account=case.name)
            yield plan

    def call(self, case: Case, plan: Planned, events: list[Event], day: DayContext) -> list[Event]:
        if plan.notes.get("wrong_account") == case.name:  # marked when the caller objects
            said = [
                e["ts"]
                for e in events
                if (e["type"], e["data"].get("text")) == ("caller.utterance", NOT_MINE)
            ]
            day.ledger.mark(case.name, said[0], events[0]["call_sid"])
        return events


@dataclass(frozen=True)
class OomRestarts(Effect):
    """An agent worker leaking memory is OOM-killed and restarted every ``every_min`` minutes from
    onset: every call in progress at a restart (every workflow; the worker serves ``share`` of the
    sessions, a reproducible draw per call) loses its session at that instant (``agent.error``
    ``worker_restarted``, ``failed/agent_error``). Calls between restarts are untouched; marked
    at the restart."""

    every_min: int = 6
    share: float = 0.5

    def restarts(self, case: Case) -> list[int]:
        step = self.every_min * MINUTE
        return list(range(case.onset_ms, case.end_ms, step))

    def call(self, case: Case, plan: Planned, events: list[Event], day: DayContext) -> list[Event]:
        start, end = events[0]["ts"], events[-1]["ts"]
        tick = next((t for t in self.restarts(case) if start < t < end), None)
        if tick is None or random.Random(f"oom:{case.name}:{events[0]['call_sid']}").random() >= self.share:
            return events
        rng = call_rng(events, f"oom:{case.name}")
        code, message = RESTART
        error = new_event(events[0], tick, "agent.error", {"code": code, "message": message}, rng)
        failed = end_call(events[0], tick + rng.randint(20, 200), "failed", "agent_error", rng)
        day.ledger.mark(case.name, tick, events[0]["call_sid"])
        return finish([*cut_after(events, tick, silent_from=tick), error, failed])
