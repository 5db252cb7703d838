"""Incident kinds: what breaks a voice agent in production, as it shows up in the events of the calls
it touches. Each effect marks, per affected call, the moment the call first shows the fault."""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from agent.simulator.model import End, Handoff, Intent, Reply, Say, Scenario, Tool, Turn, reply
from agent.simulator.workflows.common import lexicon
from bench.alerts_cases import edit
from bench.alerts_cases.day import DayContext, Planned, synthesize
from bench.alerts_cases.edit import (
    agent_audio_end,
    call_rng,
    caller_says,
    cut_after,
    end_call,
    finish,
)
from bench.alerts_cases.effect import Effect

if TYPE_CHECKING:
    from bench.alerts_cases.case import Case

Event = dict[str, Any]
ARE_YOU_THERE = ("Hello? Are you there?", "Hello? Are you still there?", "Hello? Can you hear me?")
STILL_THERE = ("Hello?", "Are you still there?", "Hello? Did you find it?", "Um, hello?")


def _utterances(events: list[Event]) -> list[Event]:
    return [e for e in events if e["type"] == "caller.utterance" and e["data"]["final"]]


def _in_workflow(workflow: str | None, events: list[Event]) -> bool:
    return workflow is None or events[0]["workflow"] == workflow


@dataclass(frozen=True)
class DeadAir(Effect):
    """The agent stops answering after the caller's ``after``-th utterance: no words, no tools, no
    end. After 4-7 s of silence the caller asks "are you there?" (sometimes twice) and hangs up.
    Calls whose ``after``-th utterance falls in the window; ``workflow`` None: every workflow."""

    workflow: str | None = None
    after: int = 2

    def call(self, case: Case, plan: Planned, events: list[Event], day: DayContext) -> list[Event]:
        said = _utterances(events)
        if not _in_workflow(self.workflow, events) or len(said) < self.after:
            return events
        cut = said[self.after - 1]["ts"]
        if not case.active(cut):
            return events
        rng = call_rng(events, f"dead_air:{case.name}")
        first = events[0]
        hello = max(cut, agent_audio_end(events, cut)) + rng.randint(4_000, 7_000)
        kept = cut_after(events, cut, silent_from=hello - 200)
        added, at = caller_says(first, hello, rng.choice(ARE_YOU_THERE), rng)
        added += edit.hangs_up(first, at, rng, 0.5, "Hello?")
        day.ledger.mark(case.name, cut, first["call_sid"])
        return finish(kept + added)


@dataclass(frozen=True)
class AgentDown(Effect):
    """The agent cannot be reached: the tap (or Twilio) opens the session, the connection to the
    agent fails, the call ends ``failed/upstream_lost`` within 1.5 s with nothing said."""

    workflow: str | None = None

    def call(self, case: Case, plan: Planned, events: list[Event], day: DayContext) -> list[Event]:
        first = events[0]
        if not _in_workflow(self.workflow, events) or not case.active(first["ts"]):
            return events
        rng = call_rng(events, f"agent_down:{case.name}")
        end = end_call(first, first["ts"] + rng.randint(300, 1_500), "failed", "upstream_lost", rng)
        day.ledger.mark(case.name, end["ts"], first["call_sid"])
        return finish([first, end])


def _slow_tool(scenario: Scenario, tool: str, latency: tuple[int, int]) -> Scenario:
    def slow(r: Reply | None) -> Reply | None:
        if r is None:
            return None
        actions = tuple(
            replace(a, latency_ms=latency) if isinstance(a, Tool) and a.name == tool else a for a in r.actions
        )
        return Reply(actions)

    return replace(scenario, turns=tuple(replace(t, reply=slow(t.reply)) for t in scenario.turns))


@dataclass(frozen=True)
class SlowTool(Effect):
    """One tool answers in 6-9 s instead of ~0.5 s, still ``ok``. The call is re-synthesized with the
    slow tool (so every later event moves and the agent's speech stays consistent), and in 70% of
    the waits the caller fills the silence ("Hello?") 2.5-4 s into it. Calls whose first use of the
    tool is in the window."""

    workflow: str
    tool: str
    latency_ms: tuple[int, int] = (6_000, 9_000)
    fill_p: float = 0.7

    def call(self, case: Case, plan: Planned, events: list[Event], day: DayContext) -> list[Event]:
        if events[0]["workflow"] != self.workflow:
            return events
        used = [e for e in events if e["type"] == "tool.called" and e["data"]["tool"] == self.tool]
        if not used or not case.active(used[0]["ts"]):
            return events
        events = synthesize(replace(plan, scenario=_slow_tool(plan.scenario, self.tool, self.latency_ms)))
        rng = call_rng(events, f"slow_tool:{case.name}")
        first, added = events[0], []
        results = {e["data"]["tool_call_id"]: e for e in events if e["type"] == "tool.result"}
        for called in (e for e in events if e["type"] == "tool.called" and e["data"]["tool"] == self.tool):
            result = results.get(called["data"]["tool_call_id"])
            if result is None:
                continue
            day.ledger.mark(case.name, result["ts"], first["call_sid"])
            at = called["ts"] + rng.randint(2_500, 4_000)
            if rng.random() < self.fill_p and result["ts"] - at > 2_000:
                added += caller_says(first, at, rng.choice(STILL_THERE), rng)[0]
        return finish(events + added)


@dataclass(frozen=True)
class TrafficStop(Effect):
    """A routing mistake (a number re-pointed, a flow's webhook disabled): the workflow receives no
    calls at all in the window. Marks the start of every call that did not arrive."""

    workflow: str

    def traffic(self, case: Case, plans: Iterator[Planned], day: DayContext) -> Iterator[Planned]:
        for plan in plans:
            if plan.workflow == self.workflow and case.active(plan.start):
                day.ledger.mark(case.name, plan.start, None)
                continue
            yield plan


def handed_off_on_request(line: str) -> Reply:
    """The agent's reply to a caller who asks for a person: it says ``line`` and hands off
    (``caller_request``), ending its side of the call. The one shape every looping or stuck case ends with."""
    return reply(
        Intent("request_human", 0.95),
        Say(line),
        Handoff("caller asked for a person", "caller_request"),
        End(),
    )


def _asks_to_repeat(text: str) -> bool:
    """ "Could you say that again?": a request to repeat is not the question a loop repeats."""
    return text in lexicon()["didnt_catch"] or any(w in text for w in ("repeat", "again", "didn't catch"))


def _loop(scenario: Scenario, rng: random.Random) -> tuple[Scenario, str] | None:
    """The agent asks its question again and again whatever the caller answers; after 2-3 repeats
    the caller asks for a person and the agent hands off. None when the call never gets to a
    question the caller answers."""
    turns = scenario.turns
    for k in range(1, len(turns)):
        asked = turns[k - 1].reply
        if asked is None or asked.ends_call or not asked.says or not turns[k].say or turns[k].reply is None:
            continue
        question = asked.says[-1].text
        if not question.rstrip().endswith("?") or _asks_to_repeat(question):
            continue
        answer = turns[k].say
        repeats = rng.randint(2, 3)
        looped = [replace(turns[k], reply=reply(Say(question)), hangup_after=False)]
        for i in range(repeats - 1):
            again = answer if i == 0 else f"I just told you. {answer}"
            looped.append(Turn(again, reply(Say(question))))
        ask = rng.choice([*lexicon()["caller_request"], *lexicon()["keywords"]])
        handoff = handed_off_on_request(rng.choice(lexicon()["handoff_lines"]))
        looped.append(Turn(f"I already answered that. {ask}", handoff))
        return replace(scenario, turns=(*turns[:k], *looped)), question
    return None


@dataclass(frozen=True)
class AgentLoop(Effect):
    """A prompt or state-machine bug: the agent repeats the question it just asked whatever the
    caller answers, until the caller asks for a person (handed off). Calls of the workflow that
    start in the window and reach a question; marked at the first repeat."""

    workflow: str

    def traffic(self, case: Case, plans: Iterator[Planned], day: DayContext) -> Iterator[Planned]:
        for plan in plans:
            if plan.workflow == self.workflow and case.active(plan.start):
                looped = _loop(plan.scenario, random.Random(f"loop:{case.name}:{plan.start}"))
                if looped is not None:
                    plan = replace(plan, scenario=looped[0]).with_notes(loop_question=looped[1])
            yield plan

    def call(self, case: Case, plan: Planned, events: list[Event], day: DayContext) -> list[Event]:
        question = plan.notes.get("loop_question")
        if question is None:
            return events
        tail = question[1:].lower()
        asked = [e for e in events if e["type"] == "agent.utterance" and tail in e["data"]["text"].lower()]
        if len(asked) >= 2:
            day.ledger.mark(case.name, asked[1]["ts"], events[0]["call_sid"])
        return events


def noted_loop(case: Case, plan: Planned, events: list[Event], day: DayContext) -> list[Event]:
    """The ``call`` hook of a loop that notes the calls it loops (``loop_case=<case name>``, on top of
    ``AgentLoop``'s traffic): another loop case's call on the same day is left alone, its own are marked
    at the first repeat as ``AgentLoop`` marks them."""
    if plan.notes.get("loop_case") != case.name:
        return events
    return AgentLoop(plan.workflow).call(case, plan, events, day)
