"""Incident kinds and benign shifts of the ``test9`` split (issue 20), written without reading the
detector. Variants of the issue's kinds no earlier split used (dead air only after the caller barges
in, garbled transcripts only on a canary build that sends the recognizer the wrong audio format) and
failures no earlier split had: a prompt deploy that makes the agent hang up as soon as it knows what
the caller wants (the cut-off callers call back and ask for a person), and long calls overflowing
the model's context window (the LLM request is refused late in the call and the session fails).
Benign: a snow morning whose callers call later, and a healthy new model on half the GPT calls.
Each effect marks, per call it touches, the moment that call first shows it."""

from __future__ import annotations

import heapq
import itertools
import random
from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from agent.simulator.model import End, Handoff, Intent, Say, Scenario, Turn, reply
from agent.simulator.workflows.common import lexicon
from bench.alerts_cases.day import MINUTE, DayContext, Planned, synthesize
from bench.alerts_cases.degradations import Asr
from bench.alerts_cases.edit import call_rng, cut_after, end_call, finish, new_event, picked
from bench.alerts_cases.effect import Effect
from bench.alerts_cases.incidents import DeadAir, _utterances
from bench.alerts_cases.shifts import _Adds

if TYPE_CHECKING:
    from bench.alerts_cases.case import Case

Event = dict[str, Any]
SIGN_OFF = "Perfect, you're all set. Thanks for calling, and have a great day. Goodbye!"
CUT_OFF = "Hi, I just called and got hung up on before we were done. Can I talk to a person, please?"
OVERFLOW = (
    "llm_context_length_exceeded",
    "400 invalid_request_error: this model's maximum context length is 16385 tokens; the request "
    "has more (messages plus retrieved policy text)",
)


def signed_off(text: str) -> bool:
    """The agent's early sign-off in an utterance (a lead filler may come first and lower its case)."""
    return SIGN_OFF[1:] in text


def _in_order(plans: Iterator[Planned], later: list[tuple[int, int, Planned]]) -> Iterator[Planned]:
    """``plans`` with the plans pushed on the heap ``later`` (start, tie, plan) while they are being
    read merged in, so the stream stays in start order."""
    for plan in plans:
        while later and later[0][0] <= plan.start:
            yield heapq.heappop(later)[2]
        yield plan
    while later:
        yield heapq.heappop(later)[2]


# ---- incidents -------------------------------------------------------------------------------


@dataclass(frozen=True)
class BargeInDeadAir(DeadAir):
    """The agent's interruption handling hangs (the cancelled reply's task never releases the turn):
    after the caller barges in, the agent never answers the utterance that follows the
    ``interrupt``. ``DeadAir``'s silence, "Hello? Are you there?" and hang-up from that utterance;
    calls without a barge-in are untouched. Every workflow unless ``workflow`` is set."""

    def call(self, case: Case, plan: Planned, events: list[Event], day: DayContext) -> list[Event]:
        barged = next((e["ts"] for e in events if e["type"] == "interrupt"), None)
        if barged is None:
            return events
        said = _utterances(events)
        nth = next((i + 1 for i, e in enumerate(said) if e["ts"] > barged), None)
        if nth is None:
            return events
        return DeadAir(self.workflow, nth).call(case, plan, events, day)


def _cut_short(scenario: Scenario) -> Scenario | None:
    """The scenario ended by the agent right after it recognised what the caller wants: its sign-off
    and ``End`` instead of the work, while the caller had at least two more things to say. None
    when the call never gets there with the caller still to speak."""
    turns = scenario.turns
    for k, turn in enumerate(turns):
        if turn.reply is None or turn.reply.ends_call:
            continue
        intent = [a for a in turn.reply.actions if isinstance(a, Intent)]
        still_to_say = [t for t in turns[k + 1 :] if t.say]
        if intent and len(still_to_say) >= 2:
            ended = replace(turn, reply=reply(*intent, Say(SIGN_OFF), End()), hangup_after=False)
            return replace(scenario, turns=(*turns[:k], ended))
    return None


@dataclass(frozen=True)
class EarlyGoodbye(_Adds):
    """A prompt deploy (``prompt``) on ``workflow`` whose end-of-call instruction fires too eagerly:
    as soon as the agent has recognised the caller's request it says its sign-off and ends the
    session (``ended/agent_end``) although nothing was done and the caller had more to say.
    ``callback`` of the cut-off callers (a reproducible draw) call back 1-4 min later from the same
    number, say they were hung up on and ask for a person (``caller_request`` hand-off). Calls of
    the workflow starting in the window; marked at the sign-off and at each call-back's start."""

    workflow: str
    prompt: str
    callback: float = 0.6

    def _call_back(self, case: Case, plan: Planned) -> Planned:
        ended = synthesize(plan)[-1]["ts"]
        rng = random.Random(f"call_back:{case.name}:{plan.start}")
        handoff = reply(
            Intent("request_human", 0.95),
            Say(rng.choice(lexicon()["handoff_lines"])),
            Handoff("caller was cut off and called back", "caller_request"),
            End(),
        )
        scenario = replace(plan.scenario, turns=(Turn(CUT_OFF, handoff),), hangup_during_greeting=False)
        start = ended + rng.randint(60_000, 240_000)
        return replace(plan, start=start, scenario=scenario, state=rng.getstate(), notes={"added": case.name})

    def traffic(self, case: Case, plans: Iterator[Planned], day: DayContext) -> Iterator[Planned]:
        later: list[tuple[int, int, Planned]] = []
        ties = itertools.count()

        def cut(stream: Iterator[Planned]) -> Iterator[Planned]:
            for plan in stream:
                mine = plan.workflow == self.workflow and case.active(plan.start)
                short = _cut_short(plan.scenario) if mine else None
                if short is not None:
                    profile = replace(plan.profile, prompt_version=self.prompt)
                    plan = replace(plan, scenario=short, profile=profile).with_notes(cut_short=case.name)
                    if picked(f"call_back:{case.name}:{plan.start}", self.callback):
                        back = self._call_back(case, plan)
                        heapq.heappush(later, (back.start, next(ties), back))
                yield plan

        return _in_order(cut(plans), later)

    def call(self, case: Case, plan: Planned, events: list[Event], day: DayContext) -> list[Event]:
        if plan.notes.get("cut_short") == case.name:
            bye = next(e for e in events if e["type"] == "agent.utterance" and signed_off(e["data"]["text"]))
            day.ledger.mark(case.name, bye["ts"], events[0]["call_sid"])
        return super().call(case, plan, events, day)  # the call-backs


@dataclass(frozen=True)
class ContextOverflow(Effect):
    """A prompt or retrieval change makes the LLM's input grow past its context window in long
    calls: from the caller's ``nth`` utterance on, the model request is refused (``agent.error``
    ``llm_context_length_exceeded``) and the agent's session fails (``failed/agent_error``); nothing
    is said after that utterance. Only LLM-served calls (the rules engine has no context window),
    every workflow; calls whose ``nth`` utterance falls in the window, marked at the error."""

    nth: int = 5

    def call(self, case: Case, plan: Planned, events: list[Event], day: DayContext) -> list[Event]:
        said = _utterances(events)
        if not plan.profile.is_llm or len(said) < self.nth or not case.active(said[self.nth - 1]["ts"]):
            return events
        rng = call_rng(events, f"overflow:{case.name}")
        heard = said[self.nth - 1]["ts"]
        refused = heard + rng.randint(300, 1_100)  # the request goes out and comes back a 400
        closed = refused + rng.randint(40, 300)
        code, message = OVERFLOW
        error = new_event(events[0], refused, "agent.error", {"code": code, "message": message}, rng)
        day.ledger.mark(case.name, refused, events[0]["call_sid"])
        failed = end_call(events[0], closed, "failed", "agent_error", rng)
        return finish([*cut_after(events, heard, silent_from=closed), error, failed])


@dataclass(frozen=True)
class BuildAsr(Asr):
    """A canary build (``version``, on the calls routed to the canary share) declares the wrong
    audio format to the speech recognizer (8 kHz mu-law sent as 16 kHz linear): the recognizer returns
    fragments. ``Asr``'s misheard turns (garbled with probability ``p``) on that build's calls
    starting in the window; the stable build is heard as ever."""

    version: str = "1.10.0-rc2"

    def traffic(self, case: Case, plans: Iterator[Planned], day: DayContext) -> Iterator[Planned]:
        for plan in plans:
            if plan.profile.canary and case.active(plan.start):
                plan = replace(plan, profile=replace(plan.profile, version=self.version))
                plan = next(super().traffic(case, iter((plan,)), day))
            yield plan


# ---- benign ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class SnowMorning(_Adds):
    """Snow overnight: people start their day late, so ``late`` of the calls that would start in the
    window (a reproducible draw) come ``delay_min`` minutes later instead, healthy as ever. The
    morning ramp is thinner and spills into the following hour; the day's total is unchanged. A
    moved call is marked as ``_Adds`` marks the calls it adds (at its new start)."""

    late: float = 0.3
    delay_min: tuple[int, int] = (30, 75)

    def traffic(self, case: Case, plans: Iterator[Planned], day: DayContext) -> Iterator[Planned]:
        later: list[tuple[int, int, Planned]] = []
        ties = itertools.count()

        def delay(stream: Iterator[Planned]) -> Iterator[Planned]:
            for plan in stream:
                salt = f"snow:{case.name}:{plan.start}"
                if case.active(plan.start) and picked(salt, self.late):
                    start = plan.start + random.Random(salt).randint(*self.delay_min) * MINUTE
                    moved = replace(plan, start=start).with_notes(added=case.name)
                    heapq.heappush(later, (start, next(ties), moved))
                    continue
                yield plan

        return _in_order(delay(plans), later)


@dataclass(frozen=True)
class ModelSwap(_Adds):
    """A healthy new model (``model``) takes ``share`` of the calls that would run ``replaces``
    (a reproducible draw per call), on the same build and prompt: a model label with no history,
    its first token ``slower`` times the old one's, every call as successful as before. A swapped
    call is marked as ``_Adds`` marks the calls it adds."""

    model: str = "gpt-4.1-mini-2025-04-14"
    replaces: str = "gpt-4o-mini"
    share: float = 0.5
    slower: float = 1.1

    def _takes(self, case: Case, plan: Planned) -> bool:
        drawn = picked(f"model_swap:{case.name}:{plan.start}", self.share)
        return plan.profile.model.startswith(self.replaces) and case.active(plan.start) and drawn

    def traffic(self, case: Case, plans: Iterator[Planned], day: DayContext) -> Iterator[Planned]:
        for plan in plans:
            if self._takes(case, plan):
                lo, hi = plan.profile.ttft_ms
                ttft = (round(lo * self.slower), round(hi * self.slower))
                swapped = replace(plan.profile, model=self.model, ttft_ms=ttft)
                plan = replace(plan, profile=swapped).with_notes(added=case.name)
            yield plan
