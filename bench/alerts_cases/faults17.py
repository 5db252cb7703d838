"""The effects of the ``test25`` split (issue 20) that no earlier split had, written without reading the
detector: one line's carrier trunk flapping (its health check marks it down and up again every few
minutes, so the line's calls stop in bursts instead of at once), the agent going silent once a call is
older than a per-call credential's lifetime (dead air that only long calls meet, at whatever turn they
are in), and an agent that can no longer end a call (it answers every goodbye with "anything else?", a
loop in the closing rather than in a question of the task, ended by the caller hanging up)."""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from agent.simulator.model import Say, Scenario, Turn, reply
from agent.simulator.workflows.common import lexicon
from bench.alerts_cases.day import DayContext, Planned
from bench.alerts_cases.effect import Effect
from bench.alerts_cases.incidents import DeadAir, noted_loop

if TYPE_CHECKING:
    from bench.alerts_cases.case import Case

Event = dict[str, Any]
ANYTHING_ELSE = "Is there anything else I can help you with today?"
NOTHING_ELSE = ("No, that's all.", "No, nothing else, thanks.", "No. That's everything.", "Nope, I'm good.")
GIVES_UP = ("I said no. Goodbye.", "No! Bye.", "Okay, I'm just going to hang up.", "Nothing. Bye now.")


@dataclass(frozen=True)
class FlappingStop(Effect):
    """One line's carrier trunk flapping: the session border controller's health check (SIP OPTIONS
    pings) marks the trunk down, the line's calls get a fast busy at the carrier and never arrive, a
    ping gets through and the trunk is up again, and so on: from onset, ``down_s`` seconds down then
    ``up_s`` up, repeated to the window's end. The calls that arrive are normal, as is every other line.
    Marks the start of every call that did not arrive."""

    workflow: str
    down_s: int = 150
    up_s: int = 45

    def down(self, case: Case, ts: int) -> bool:
        """Is the trunk down at ``ts`` (a moment in the window)?"""
        return (ts - case.onset_ms) % ((self.down_s + self.up_s) * 1000) < self.down_s * 1000

    def traffic(self, case: Case, plans: Iterator[Planned], day: DayContext) -> Iterator[Planned]:
        for plan in plans:
            if plan.workflow == self.workflow and case.active(plan.start) and self.down(case, plan.start):
                day.ledger.mark(case.name, plan.start, None)
                continue
            yield plan


@dataclass(frozen=True)
class SessionExpiryDeadAir(Effect):
    """The credential the agent gets for its model gateway at call start lives ``limit_s`` seconds
    instead of an hour (a TTL typed in the wrong unit); later requests are refused and the agent's error
    path swallows the refusal, so the first caller utterance ``limit_s`` or more into the call gets no
    answer: ``DeadAir`` from that utterance (the caller asks "are you there?" and hangs up). Calls of
    ``workflow`` (None: every line) starting in the window with an utterance past the limit in it;
    shorter calls are untouched."""

    workflow: str | None = None
    limit_s: int = 60

    def call(self, case: Case, plan: Planned, events: list[Event], day: DayContext) -> list[Event]:
        start = events[0]["ts"]
        if not case.active(start):
            return events
        said = [e for e in events if e["type"] == "caller.utterance" and e["data"]["final"]]
        late = next((k for k, e in enumerate(said, 1) if e["ts"] - start >= self.limit_s * 1000), None)
        if late is None:
            return events
        return DeadAir(self.workflow, after=late).call(case, plan, events, day)


def closing_loop(scenario: Scenario, rng: random.Random) -> Scenario | None:
    """The call's goodbye replaced by "anything else?", asked again after each "no" (2-3 times in all
    after the caller's thanks), until the caller hangs up mid-loop. None for a call that never reaches
    the goodbye (a hand-off, a hang-up, a failure)."""
    last = scenario.turns[-1] if scenario.turns else None
    if last is None or last.reply is None or not last.reply.says:
        return None
    if last.reply.says[0].text not in lexicon()["goodbye"]:
        return None
    askings = rng.randint(2, 3)
    looped = [replace(last, reply=reply(Say(ANYTHING_ELSE)), hangup_after=False)]
    looped += [Turn(no, reply(Say(ANYTHING_ELSE))) for no in rng.sample(NOTHING_ELSE, askings - 1)]
    looped.append(Turn(rng.choice(GIVES_UP), None))
    return replace(scenario, turns=(*scenario.turns[:-1], *looped))


@dataclass(frozen=True)
class ClosingLoop(Effect):
    """The agent cannot end a call any more (a config push left the end-call function out of the model's
    tool list): where it would say goodbye it asks "Is there anything else I can help you with today?",
    and again after every "no", until the caller hangs up (``completed/hangup`` instead of the agent
    ending the call). Calls of ``workflow`` starting in the window that reach the goodbye; marked at
    the first repeat of the question (``noted_loop``)."""

    workflow: str

    def traffic(self, case: Case, plans: Iterator[Planned], day: DayContext) -> Iterator[Planned]:
        return (self.looped(case, plan) for plan in plans)

    def looped(self, case: Case, plan: Planned) -> Planned:
        """The planned call with its closing looping (noted for ``noted_loop``), or as it was."""
        if plan.workflow != self.workflow or not case.active(plan.start):
            return plan
        scenario = closing_loop(plan.scenario, random.Random(f"closing_loop:{case.name}:{plan.start}"))
        if scenario is None:
            return plan
        return replace(plan, scenario=scenario).with_notes(loop_question=ANYTHING_ELSE, loop_case=case.name)

    def call(self, case: Case, plan: Planned, events: list[Event], day: DayContext) -> list[Event]:
        return noted_loop(case, plan, events, day)
