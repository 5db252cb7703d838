"""Incident kinds and benign shifts of the ``test6`` split (issue 20), written without reading the
detector: the issue's kinds in variants no earlier split used (dead air only once a tool has
answered, a loop on one intent only, speech recognition failing only for slow elderly speakers) and
failures no earlier split had (an identity-verification service rejecting valid callers, a transfer
to the human queue that fails so hand-offs end as failed calls); benign: a lunch-hour lull with
fewer and longer calls, and a new tool version that answers slower but within its normal range.
Each incident effect marks, per affected call, the moment it first shows the fault."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from agent.simulator.model import End, Handoff, Intent, Outcome, Persona, Reply, Say, Scenario, Tool, Turn
from agent.simulator.workflows.common import lexicon
from bench.alerts_cases.day import DayContext, Planned, synthesize
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
from bench.alerts_cases.incidents import ARE_YOU_THERE, AgentLoop, _in_workflow

if TYPE_CHECKING:
    from agent.simulator.model import Action
    from bench.alerts_cases.case import Case

Event = dict[str, Any]
_drawn = picked  # the share draw (edit.picked) under the name later splits imported from here
NO_MATCH = "I'm sorry, that doesn't match what we have on file. Could you say your date of birth once more?"
STILL_NO_MATCH = "I'm sorry, I still can't verify your identity."


@dataclass(frozen=True)
class DeadAirAfterTool(Effect):
    """The agent goes silent once a tool has answered (the answer-after-tool request hangs: a
    streaming call with no deadline that only that path takes): calls of ``workflow`` whose first
    ``tool.result`` falls in the window get no reply to it, no further tool, no end. 4-7 s after the
    silence begins the caller asks whether anyone is there (half of them twice), then hangs up.
    Calls that never reach a tool are untouched. Marked at the unanswered ``tool.result``."""

    workflow: str | None = None

    def call(self, case: Case, plan: Planned, events: list[Event], day: DayContext) -> list[Event]:
        result = next((e for e in events if e["type"] == "tool.result"), None)
        if result is None or not _in_workflow(self.workflow, events) or not case.active(result["ts"]):
            return events
        rng = call_rng(events, f"tool_dead_air:{case.name}")
        first, cut = events[0], result["ts"]
        at = max(cut, agent_audio_end(events, cut)) + rng.randint(4_000, 7_000)
        kept = cut_after(events, cut, silent_from=at - 200)
        added: list[Event] = []
        for text in (rng.choice(ARE_YOU_THERE), "Hello?")[: rng.choice((1, 2))]:
            spoken, at = caller_says(first, at, text, rng)
            added += spoken
            at += rng.randint(2_500, 4_500)
        added.append(end_call(first, at, "completed", "hangup", rng))
        day.ledger.mark(case.name, cut, first["call_sid"])
        return finish(kept + added)


def _rejecting(scenario: Scenario, tool: str) -> Scenario | None:
    """The scenario with the verification ``tool`` rejecting the caller: it answers ``ok=false``
    (``verification_failed``), the agent asks for the date of birth again, the caller repeats it, it
    is rejected again and the agent hands the call to a person (trigger ``policy``: an unverified
    caller may not be served). None when the scenario never verifies with the tool."""
    for k, turn in enumerate(scenario.turns):
        actions = turn.reply.actions if turn.reply is not None else ()
        at = next((i for i, a in enumerate(actions) if isinstance(a, Tool) and a.name == tool), None)
        if at is None or not turn.say:
            continue
        used = actions[at]
        assert isinstance(used, Tool)
        rejected = replace(used, ok=False, error_code="verification_failed")
        line = lexicon()["handoff_lines"][k % len(lexicon()["handoff_lines"])]
        again = Turn(
            turn.say,
            Reply(
                (rejected, Say(f"{STILL_NO_MATCH} {line}"), Handoff("identity not verified", "policy"), End())
            ),
        )
        asked = replace(turn, reply=Reply((*actions[:at], rejected, Say(NO_MATCH))), hangup_after=False)
        return replace(scenario, turns=(*scenario.turns[:k], asked, again))
    return None


@dataclass(frozen=True)
class VerifyRejects(Effect):
    """The identity-verification service rejects valid callers (a date-format or timezone change in
    its comparison, a stale replica of the member records): on ``share`` of the calls of
    ``workflow`` whose verification with ``tool`` falls in the window, it answers ``ok=false``
    ``verification_failed`` twice and the call is handed off. The call is re-synthesized so all that
    follows stays consistent. Marked at the first rejected ``tool.result``."""

    workflow: str
    tool: str
    share: float = 0.6

    def call(self, case: Case, plan: Planned, events: list[Event], day: DayContext) -> list[Event]:
        used = next(
            (e for e in events if e["type"] == "tool.called" and e["data"]["tool"] == self.tool), None
        )
        if events[0]["workflow"] != self.workflow or used is None or not case.active(used["ts"]):
            return events
        rejecting = _rejecting(plan.scenario, self.tool)
        if rejecting is None or not picked(f"verify_rejects:{case.name}:{events[0]['call_sid']}", self.share):
            return events
        events = synthesize(replace(plan, scenario=rejecting))
        failed = next(e for e in events if e["type"] == "tool.result" and not e["data"]["ok"])
        day.ledger.mark(case.name, failed["ts"], events[0]["call_sid"])
        return events


@dataclass(frozen=True)
class TransferFails(Effect):
    """The transfer to the human queue fails (the contact-center trunk or queue endpoint is down, a
    SIP REFER rejected): every call that asks for a hand-off in the window (every workflow, or
    ``workflow``) says its hand-off line as usual, then the transfer leg fails; the call ends
    ``failed/error`` 2-6 s later, or after 20-35 s of ringing into nothing ``failed/timeout``
    (``slow_p`` of them). The caller did not hang up: the platform dropped them. Marked at the end."""

    workflow: str | None = None
    slow_p: float = 0.4

    def call(self, case: Case, plan: Planned, events: list[Event], day: DayContext) -> list[Event]:
        asked = next((e for e in events if e["type"] == "handoff.requested"), None)
        if asked is None or not _in_workflow(self.workflow, events) or not case.active(asked["ts"]):
            return events
        rng = call_rng(events, f"transfer_fails:{case.name}")
        slow = rng.random() < self.slow_p
        end_at = agent_audio_end(events, asked["ts"]) + (
            rng.randint(20_000, 35_000) if slow else rng.randint(2_000, 6_000)
        )
        kept = [e for e in cut_after(events, asked["ts"]) if e["type"] != "call.ended"]
        day.ledger.mark(case.name, end_at, events[0]["call_sid"])
        return finish([*kept, end_call(events[0], end_at, "failed", "timeout" if slow else "error", rng)])


def _has_intent(scenario: Scenario, intent: str) -> bool:
    return any(
        isinstance(a, Intent) and a.name == intent for t in scenario.turns if t.reply for a in t.reply.actions
    )


@dataclass(frozen=True)
class IntentLoop(AgentLoop):
    """A prompt change to one intent's branch (a new required field, a broken slot check): only
    calls recognized as ``intent`` loop (``AgentLoop``'s conversation, until the caller asks for a
    person); the workflow's other intents go on as before."""

    intent: str = "check_balance"

    def traffic(self, case: Case, plans: Iterator[Planned], day: DayContext) -> Iterator[Planned]:
        for plan in plans:
            if _has_intent(plan.scenario, self.intent):
                plan = next(super().traffic(case, iter((plan,)), day))
            yield plan


@dataclass(frozen=True)
class AsrSlowSpeakers(Asr):
    """A speech-to-text endpointing change (a shorter end-of-speech timeout, a stricter voice
    activity threshold) cuts slow, soft speakers into silence: only callers of ``persona`` (the
    simulator's elderly callers: slow speech, long pauses) get empty transcripts, each turn with
    probability ``p``; everyone else is heard as before. As ``Asr`` otherwise."""

    persona: str = Persona.ELDERLY.value

    def traffic(self, case: Case, plans: Iterator[Planned], day: DayContext) -> Iterator[Planned]:
        for plan in plans:
            if plan.scenario.persona.value == self.persona:
                plan = next(super().traffic(case, iter((plan,)), day))
            yield plan


# ---- benign ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class LunchLull(Effect):
    """The lunch hour: fewer callers, and those who call have more to sort out. Each call starting
    in the window stays away with probability ``away``, a short informational call (the simulator's
    ``short_success``) with ``short_away``; every call that comes is a normal one. Marks the start of
    every call that stayed away."""

    away: float = 0.35
    short_away: float = 0.85

    def traffic(self, case: Case, plans: Iterator[Planned], day: DayContext) -> Iterator[Planned]:
        for plan in plans:
            short = plan.scenario.outcome is Outcome.SHORT_SUCCESS
            if case.active(plan.start) and picked(
                f"lull:{case.name}:{plan.start}", self.short_away if short else self.away
            ):
                day.ledger.mark(case.name, plan.start, None)
                continue
            yield plan


@dataclass(frozen=True)
class SlowerToolVersion(MarksNoted):
    """A new version of a tool's backend that is correct but slower, still inside the range the
    tool always had: ``tool`` answers in ``latency_ms`` (the top of its usual range) for every call
    starting in the window; its failures (a timeout, an upstream error) stay as they were. Marks
    each call that uses it."""

    NOTE = "new_tool"

    tool: str = "lookup_prescription"
    latency_ms: tuple[int, int] = (900, 1_500)

    def traffic(self, case: Case, plans: Iterator[Planned], day: DayContext) -> Iterator[Planned]:
        for plan in plans:
            if case.active(plan.start):
                scenario = self.slower(plan.scenario)
                if scenario != plan.scenario:
                    plan = replace(plan, scenario=scenario).with_notes(new_tool=case.name)
            yield plan

    def slower(self, scenario: Scenario) -> Scenario:
        def new(r: Reply | None) -> Reply | None:
            if r is None:
                return None
            return Reply(tuple(slow(a) for a in r.actions))

        def slow(a: Action) -> Action:
            if isinstance(a, Tool) and a.name == self.tool and a.ok:
                return replace(a, latency_ms=self.latency_ms)
            return a

        return replace(scenario, turns=tuple(replace(t, reply=new(t.reply)) for t in scenario.turns))
