"""Incident kinds and benign shifts of the ``test7`` split (issue 20), written without reading the
detector: the issue's kinds in variants no earlier split used (dead air only once the agent has
tried to hand the call off, a slow tool only on the stable build, one workflow's traffic stopping
while another's rises, a loop on one intent at a modest share, empty transcripts only for one
carrier's callers) and failures no earlier split had (a knowledge-base / retrieval outage that makes
the agent say "I don't have that information" to one intent, barge-in detection broken so the agent
talks over callers); benign: an evening with many more elderly callers (slower, longer calls), and a
short burst of appointment confirmations after an SMS reminder batch. Each incident effect marks,
per affected call, the moment it first shows the fault."""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from agent.simulator.model import End, Handoff, Intent, Outcome, Persona, Reply, Say, Scenario, Turn, reply
from agent.simulator.workflows.common import lexicon
from bench.alerts_cases.day import DEFAULT_SHARE, DayContext, Planned, extra_plans, merge
from bench.alerts_cases.degradations import Asr
from bench.alerts_cases.edit import (
    agent_audio_end,
    call_rng,
    caller_says,
    cut_after,
    end_call,
    finish,
    picked,
)
from bench.alerts_cases.effect import Effect, MarksNoted
from bench.alerts_cases.faults6 import IntentLoop, _has_intent
from bench.alerts_cases.incidents import (
    ARE_YOU_THERE,
    SlowTool,
    TrafficStop,
    _in_workflow,
    handed_off_on_request,
)
from bench.alerts_cases.shifts import _Adds

if TYPE_CHECKING:
    from bench.alerts_cases.case import Case

Event = dict[str, Any]
DONT_KNOW = "I'm sorry, I don't have that information right now."
THEN_A_PERSON = ("Then can I talk to someone who knows?", "Okay, can I speak to a person then?")
TALKED_OVER = (
    "You keep talking over me. Can I just talk to a person?",
    "Stop, please. I want a real person.",
)


# ---- incidents -------------------------------------------------------------------------------


def _unanswered(scenario: Scenario, intent: str) -> Scenario | None:
    """The scenario with the knowledge lookup behind ``intent`` gone: at the turn the intent is
    recognized the agent says it does not have the information (no tools, no task), the caller asks
    for a person and is handed off. None when the call never reaches the intent."""
    for k, turn in enumerate(scenario.turns):
        actions = turn.reply.actions if turn.reply is not None else ()
        at = next((i for i, a in enumerate(actions) if isinstance(a, Intent) and a.name == intent), None)
        if at is None:
            continue
        told = replace(turn, reply=Reply((*actions[: at + 1], Say(DONT_KNOW))), hangup_after=False)
        line = lexicon()["handoff_lines"][k % len(lexicon()["handoff_lines"])]
        ask = Turn(THEN_A_PERSON[k % 2], handed_off_on_request(line))
        return replace(scenario, turns=(*scenario.turns[:k], told, ask))
    return None


@dataclass(frozen=True)
class KnowledgeOutage(Effect):
    """The knowledge base / retrieval index the agent grounds one intent's answers on is down (an
    expired vector-store key, an empty index after a re-build): calls of ``workflow`` starting in the
    window that reach ``intent`` hear "I don't have that information", ask for a person and are
    handed off (``ended/handoff``, trigger ``caller_request``). The workflow's other intents go on.
    Marked at the "I don't know" reply."""

    workflow: str
    intent: str

    def traffic(self, case: Case, plans: Iterator[Planned], day: DayContext) -> Iterator[Planned]:
        for plan in plans:
            if plan.workflow == self.workflow and case.active(plan.start):
                unanswered = _unanswered(plan.scenario, self.intent)
                if unanswered is not None:
                    plan = replace(plan, scenario=unanswered).with_notes(kb_case=case.name)
            yield plan

    def call(self, case: Case, plan: Planned, events: list[Event], day: DayContext) -> list[Event]:
        if plan.notes.get("kb_case") != case.name:
            return events
        told = next(
            (e for e in events if e["type"] == "agent.utterance" and DONT_KNOW in e["data"]["text"]), None
        )
        if told is not None:
            day.ledger.mark(case.name, told["ts"], events[0]["call_sid"])
        return events


def _talked_over(scenario: Scenario) -> Scenario | None:
    """The scenario cut after the caller's first barge-in: the agent did not stop, so the caller
    asks for a person (frustrated) and is handed off. None when the caller never barges in, or the
    reply to the barge-in already ends the call."""
    k = next((i for i, t in enumerate(scenario.turns) if t.barge_in is not None and t.say), None)
    answer = None if k is None else scenario.turns[k].reply
    if k is None or answer is None or answer.ends_call:
        return None
    turn = scenario.turns[k]
    ask = Turn(
        TALKED_OVER[k % 2],
        reply(Say(lexicon()["handoff_lines"][k % len(lexicon()["handoff_lines"])]),
              Handoff("caller frustrated: agent talked over them", "frustration"), End()),
    )  # fmt: skip
    return replace(scenario, turns=(*scenario.turns[:k], replace(turn, hangup_after=False), ask))


@dataclass(frozen=True)
class BargeInIgnored(MarksNoted):
    """Barge-in detection broken (an ``interruptible`` setting flipped in the call's TwiML, a voice
    activity threshold raised): for calls starting in the window, every workflow, the agent no longer
    yields when the caller speaks over it (it keeps sending for 0.8-1.2 s, paced to playback); after
    the first time it talks over them the caller asks for a person and is handed off (trigger
    ``frustration``). Calls where the caller never barges in are untouched. Marked at the first
    ``interrupt`` the agent ignored."""

    NOTE = "barge_case"
    MARK_AT = "interrupt"

    def traffic(self, case: Case, plans: Iterator[Planned], day: DayContext) -> Iterator[Planned]:
        for plan in plans:
            if case.active(plan.start):
                talked_over = _talked_over(plan.scenario)
                if talked_over is not None:
                    profile = replace(plan.profile, yields_on_interrupt=False)
                    plan = replace(plan, scenario=talked_over, profile=profile).with_notes(
                        barge_case=case.name
                    )
            yield plan


@dataclass(frozen=True)
class HandoffDeadAir(Effect):
    """The transfer never starts (the hand-off webhook or the ``<Dial>`` after it fails silently): the
    agent says its hand-off line and asks for the hand-off as usual, then the line stays silent; 4-7 s
    after the line ends the caller asks whether anyone is there (half of them twice) and hangs up
    (``completed/hangup``). Calls whose ``handoff.requested`` falls in the window, every workflow
    unless ``workflow`` is set. Marked at the ``handoff.requested``."""

    workflow: str | None = None

    def call(self, case: Case, plan: Planned, events: list[Event], day: DayContext) -> list[Event]:
        asked = next((e for e in events if e["type"] == "handoff.requested"), None)
        if asked is None or not _in_workflow(self.workflow, events) or not case.active(asked["ts"]):
            return events
        rng = call_rng(events, f"handoff_dead_air:{case.name}")
        kept = [e for e in cut_after(events, asked["ts"]) if e["type"] != "call.ended"]
        silence = agent_audio_end(events, asked["ts"]) + rng.randint(4_000, 7_000)
        day.ledger.mark(case.name, asked["ts"], events[0]["call_sid"])
        return finish(kept + _gives_up(events[0], silence, rng))


def _gives_up(first: Event, at: int, rng: random.Random) -> list[Event]:
    """Into the silence from ``at`` the caller asks whether anyone is there (half of them twice),
    then hangs up."""
    out: list[Event] = []
    for text in [rng.choice(ARE_YOU_THERE)] + ["Hello?"] * rng.randint(0, 1):
        spoken, said = caller_says(first, at, text, rng)
        out += spoken
        at = said + rng.randint(2_500, 4_500)
    return [*out, end_call(first, at, "completed", "hangup", rng)]


@dataclass(frozen=True)
class VersionSlowTool(SlowTool):
    """A tool slow only for one agent build (that build's client reaches the backend through an old
    proxy or connection pool; the other build's client does not): as ``SlowTool``, for calls on
    ``version`` only."""

    version: str = "1.4.0"

    def call(self, case: Case, plan: Planned, events: list[Event], day: DayContext) -> list[Event]:
        return super().call(case, plan, events, day) if plan.profile.version == self.version else events


@dataclass(frozen=True)
class Rerouted(Effect):
    """A routing change re-points one line's number at another line's flow: ``workflow`` receives no
    calls in the window (``TrafficStop``), while ``to`` receives ``rate`` more of its own calls
    (callers who meant the stopped line, served as ``to``'s callers). Marks the calls that did not
    arrive; the added ones are noted ``added`` but not marked (they are healthy)."""

    workflow: str
    to: str
    rate: float = 0.5

    def traffic(self, case: Case, plans: Iterator[Planned], day: DayContext) -> Iterator[Planned]:
        stopped = TrafficStop(self.workflow).traffic(case, plans, day)
        share = DEFAULT_SHARE[self.to]
        extra = extra_plans(
            day, f"reroute:{case.name}", case.onset_ms, case.end_ms, self.rate, {self.to: 1.0}, share
        )
        return merge(stopped, (p.with_notes(added=case.name) for p in extra))


@dataclass(frozen=True)
class ShareIntentLoop(IntentLoop):
    """``IntentLoop`` on ``share`` of the intent's calls only (the prompt change is behind an A/B
    flag): the rest of the intent's calls, and every other intent, go on as before."""

    share: float = 0.5

    def traffic(self, case: Case, plans: Iterator[Planned], day: DayContext) -> Iterator[Planned]:
        for plan in plans:
            if picked(f"share_loop:{case.name}:{plan.start}", self.share):
                plan = next(super().traffic(case, iter((plan,)), day))
            yield plan


@dataclass(frozen=True)
class CarrierAsr(Asr):
    """Speech recognition fails only on one carrier's calls (a codec or sample-rate change on that
    carrier's SIP trunk; the recognizer hears noise): callers whose numbers carry one of
    ``area_codes`` get each turn back empty with probability ``p``; everyone else is heard. As
    ``Asr`` otherwise (every workflow)."""

    area_codes: tuple[str, ...] = ()

    def traffic(self, case: Case, plans: Iterator[Planned], day: DayContext) -> Iterator[Planned]:
        for plan in plans:
            if plan.scenario.caller.phone[2:5] in self.area_codes:
                plan = next(super().traffic(case, iter((plan,)), day))
            yield plan


# ---- benign ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class ElderlyEvening(MarksNoted):
    """An evening when many more older callers ring (a senior-center newsletter, an evening slot
    after a pharmacy's letter): ``share`` of the calls starting in the window are from callers who
    speak slower and pause longer (the simulator's elderly persona); same scripts, same agent, every
    call healthy, so calls run longer. Marks each changed call."""

    NOTE = "elderly"

    share: float = 0.4

    def traffic(self, case: Case, plans: Iterator[Planned], day: DayContext) -> Iterator[Planned]:
        for plan in plans:
            if (
                case.active(plan.start)
                and plan.scenario.persona is not Persona.ELDERLY
                and picked(f"elderly:{case.name}:{plan.start}", self.share)
            ):
                scenario = replace(plan.scenario, persona=Persona.ELDERLY)
                plan = replace(plan, scenario=scenario).with_notes(elderly=case.name)
            yield plan


def _confirming(scenario: Scenario) -> bool:
    return _has_intent(scenario, "confirm_appointment") or scenario.outcome is Outcome.SHORT_SUCCESS


@dataclass(frozen=True)
class ReminderCallbacks(_Adds):
    """An SMS reminder batch goes out at onset: for the window, appointment receives extra calls
    (``rate`` x its volume planned, of which only the short ones and confirmations are kept: callers
    confirming or asking a quick question), every one healthy."""

    rate: float = 4.0

    def traffic(self, case: Case, plans: Iterator[Planned], day: DayContext) -> Iterator[Planned]:
        share = DEFAULT_SHARE["appointment"]
        extra = extra_plans(
            day, f"reminder:{case.name}", case.onset_ms, case.end_ms, self.rate, {"appointment": 1.0}, share
        )
        kept = (p.with_notes(added=case.name) for p in extra if _confirming(p.scenario))
        return merge(plans, kept)
