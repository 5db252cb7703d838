"""Incident kinds and benign shifts of the ``test5`` split (issue 20), written without reading the
detector: the issue's kinds in variants no earlier split used (dead air on one agent build after
the caller's first utterance, a tool slow only for long inputs, a loop whose share grows as a
session store fills up) and failures no earlier split had (the relay's WebSocket dropping mid-call,
an LLM answering in the wrong language); benign: a storm day's short informational calls and a
slightly faster build rolled out to 30% of stable calls. Each incident effect marks, per affected
call, the moment it first shows the fault."""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from agent.simulator.model import Outcome
from bench.alerts_cases.day import DEFAULT_SHARE, DayContext, Planned, extra_plans, merge
from bench.alerts_cases.edit import call_rng, caller_says, cut_after, end_call, finish, new_event, picked
from bench.alerts_cases.effect import Effect, MarksNoted
from bench.alerts_cases.faults4 import _agent_says, _audio
from bench.alerts_cases.incidents import AgentLoop, DeadAir, SlowTool, _in_workflow
from bench.alerts_cases.shifts import _Adds

if TYPE_CHECKING:
    from bench.alerts_cases.case import Case

Event = dict[str, Any]
# What a model that switched language says instead of its English reply (Spanish, as a provider's
# multilingual model drifts to when the system prompt's language pin is lost).
SPANISH = (
    "Claro, con gusto le ayudo. ¿Me puede dar su número de cuenta, por favor?",
    "Entiendo. Déjeme revisar eso en nuestro sistema, un momento por favor.",
    "Gracias por llamar. ¿En qué más le puedo ayudar hoy?",
    "Perfecto, ya encontré su información. ¿Desea continuar con la solicitud?",
)
SPANISH_AGAIN = (
    "Disculpe, no le entendí bien. ¿Puede repetirlo, por favor?",
    "Lo siento. ¿En qué le puedo ayudar?",
)
NOT_MY_LANGUAGE = (
    "Sorry? I don't speak Spanish. English, please.",
    "Um, what? Can you say that in English?",
    "I'm sorry, I don't understand. English?",
)
TRANSFER = "Un momento, le comunico con un agente."
WANT_PERSON = ("Can I just talk to a person, please?", "I need to speak to a real person.")


@dataclass(frozen=True)
class BuildDeadAir(DeadAir):
    """A build (``version``, on the canary share of calls starting in the window, every workflow)
    goes silent after the caller's ``after``-th utterance (its first LLM request never returns:
    a changed client library without a timeout), exactly as ``DeadAir``; the stable build is
    untouched. Canary calls that never reach that utterance in the window only carry the label."""

    version: str = "1.9.0-rc1"
    after: int = 1

    def traffic(self, case: Case, plans: Iterator[Planned], day: DayContext) -> Iterator[Planned]:
        for plan in plans:
            if plan.profile.canary and case.active(plan.start):  # the build is picked at the call's start
                plan = replace(plan, profile=replace(plan.profile, version=self.version)).with_notes(
                    build=case.name
                )
            yield plan

    def call(self, case: Case, plan: Planned, events: list[Event], day: DayContext) -> list[Event]:
        return super().call(case, plan, events, day) if plan.notes.get("build") == case.name else events


def _said_before(events: list[Event], tool: str) -> int:
    """Words in the caller's last utterance before the first use of ``tool`` (0: never used)."""
    words = 0
    for event in events:
        if event["type"] == "caller.utterance":
            words = len(event["data"]["text"].split())
        if event["type"] == "tool.called" and event["data"]["tool"] == tool:
            return words
    return 0


@dataclass(frozen=True)
class SlowOnLongInput(SlowTool):
    """A tool slow only for long inputs (a backtracking pattern or a re-ranker that is quadratic in
    the query's length): when the caller's utterance the tool works on has ``min_words`` or more,
    the tool answers in ``latency_ms`` instead of well under a second, still ``ok``; callers fill
    the wait as ``SlowTool``'s do. Shorter inputs in the window are answered as usual."""

    min_words: int = 12

    def call(self, case: Case, plan: Planned, events: list[Event], day: DayContext) -> list[Event]:
        if _said_before(events, self.tool) < self.min_words:
            return events
        return super().call(case, plan, events, day)


@dataclass(frozen=True)
class StateLoss(AgentLoop):
    """The store that keeps each call's conversation state fills up and starts evicting: the agent
    forgets what the caller just answered and re-asks (``AgentLoop``'s conversation, until the
    caller asks for a person). The share of the workflow's calls it hits grows linearly from
    ``shares[0]`` at onset to ``shares[1]`` at the end of the window, so the loop starts slowly."""

    shares: tuple[float, float] = (0.1, 0.8)

    def share(self, case: Case, ts: int) -> float:
        lo, hi = self.shares
        return lo + (hi - lo) * (ts - case.onset_ms) / case.duration_ms

    def traffic(self, case: Case, plans: Iterator[Planned], day: DayContext) -> Iterator[Planned]:
        for plan in plans:
            hit = plan.workflow == self.workflow and case.active(plan.start)
            if hit and random.Random(f"state_loss:{case.name}:{plan.start}").random() < self.share(
                case, plan.start
            ):
                plan = next(super().traffic(case, iter((plan,)), day)).with_notes(loop_case=case.name)
            yield plan

    def call(self, case: Case, plan: Planned, events: list[Event], day: DayContext) -> list[Event]:
        if plan.notes.get("loop_case") != case.name:
            return events
        return super().call(case, plan, events, day)


@dataclass(frozen=True)
class SocketDrop(Effect):
    """The media/relay WebSocket drops mid-call (a load balancer's idle or connection-age limit, a
    node drained without waiting for its sessions): on ``share`` of the calls starting in the window
    (every workflow, or ``workflow``), at a moment between the caller's first utterance and the
    call's normal end, everything stops and the call ends ``failed/upstream_lost`` within 0.3 s;
    nothing is said after it. Marked at the drop."""

    share: float = 0.25
    workflow: str | None = None

    def call(self, case: Case, plan: Planned, events: list[Event], day: DayContext) -> list[Event]:
        first = events[0]
        hit = picked(f"socket_drop:{case.name}:{first['call_sid']}", self.share)
        if not (hit and case.active(first["ts"]) and _in_workflow(self.workflow, events)):
            return events
        said = next((e["ts"] for e in events if e["type"] == "caller.utterance"), None)
        last = events[-2]["ts"] if len(events) > 2 else None
        if said is None or last is None or last <= said:
            return events
        rng = call_rng(events, f"socket_drop:{case.name}")
        drop = said + int((last - said) * rng.uniform(0.1, 0.9))
        if not case.active(drop):
            return events
        end_at = drop + rng.randint(20, 300)
        kept = cut_after(events, drop, silent_from=drop)
        day.ledger.mark(case.name, drop, first["call_sid"])
        return finish([*kept, end_call(first, end_at, "failed", "upstream_lost", rng)])


@dataclass(frozen=True)
class WrongLanguage(Effect):
    """An LLM answers in the wrong language (a model update or a lost language pin in the prompt):
    on ``share`` of the calls using ``model`` that start in the window, its first reply after the
    caller's first utterance comes in Spanish; the caller says they do not understand, the agent
    answers in Spanish again, and the caller asks for a person (``handoff.requested`` trigger
    ``caller_request``, ``ended/handoff``) or, a third of the time, hangs up. Marked at the
    Spanish reply."""

    model: str = "gpt-4o-mini"
    share: float = 0.35
    hangup_p: float = 1 / 3

    def call(self, case: Case, plan: Planned, events: list[Event], day: DayContext) -> list[Event]:
        first = events[0]
        if not plan.profile.model.startswith(self.model) or not case.active(first["ts"]):
            return events
        said = next((e["ts"] for e in events if e["type"] == "caller.utterance"), None)
        answer = next(
            (e for e in events
             if said is not None and e["type"] == "agent.utterance" and e["ts"] > said
             and "filler" not in e["data"]["tags"]),
            None,
        )  # fmt: skip
        if answer is None or not picked(f"wrong_language:{case.name}:{first['call_sid']}", self.share):
            return events
        rng = call_rng(events, f"wrong_language:{case.name}")
        cps = plan.profile.chars_per_s
        sent = answer["ts"]
        kept = cut_after(events, sent - 1, silent_from=sent)
        added: list[Event] = []
        at = sent
        for i, (text, reaction) in enumerate(
            (
                (rng.choice(SPANISH), rng.choice(NOT_MY_LANGUAGE)),
                (rng.choice(SPANISH_AGAIN), rng.choice(WANT_PERSON)),
            )
        ):
            spanish = _agent_says(first, at, text, rng)
            off = at + int(len(text) / cps * 1000)
            added += [spanish, *_audio(first, at, off, rng)]
            if i == 1 and rng.random() < self.hangup_p:
                added.append(end_call(first, off + rng.randint(1_000, 3_000), "completed", "hangup", rng))
                break
            asks, at = caller_says(first, off + rng.randint(500, 1_500), reaction, rng)
            added += asks
            at += rng.randint(400, 1_200)
        else:
            line = _agent_says(first, at, TRANSFER, rng)
            off = at + int(len(TRANSFER) / cps * 1000)
            data = {"reason": "caller asked for a person", "trigger": "caller_request"}
            added += [
                line,
                *_audio(first, at, off, rng),
                new_event(first, off, "handoff.requested", data, rng),
            ]
            added.append(end_call(first, off + rng.randint(200, 800), "ended", "handoff", rng))
        day.ledger.mark(case.name, sent, first["call_sid"])
        return finish(kept + added)


# ---- benign ----------------------------------------------------------------------------------

SHORT_SHARE = 0.14  # short informational calls among a workflow's calls on a normal day (measured)


@dataclass(frozen=True)
class StormCalls(_Adds):
    """A storm day: callers ring one workflow to ask whether it is open ("is my appointment still
    on?"): ``rate`` more calls (1.0 = +100%) for the window, all of them short informational calls
    that end well (the simulator's ``short_success``). Every call is healthy; the mix, the call
    length and the containment of the window change. Marks each added call."""

    workflow: str = "appointment"
    rate: float = 1.0

    def traffic(self, case: Case, plans: Iterator[Planned], day: DayContext) -> Iterator[Planned]:
        share = DEFAULT_SHARE[self.workflow]
        drawn = extra_plans(
            day, f"storm:{case.name}", case.onset_ms, case.end_ms, self.rate / SHORT_SHARE,
            {self.workflow: 1.0}, share,
        )  # fmt: skip
        short = (p.with_notes(added=case.name) for p in drawn if p.scenario.outcome is Outcome.SHORT_SUCCESS)
        return merge(plans, short)


@dataclass(frozen=True)
class FasterBuild(MarksNoted):
    """A healthy release a little better than the stable one (``version``: the model's first token
    ``faster`` times as long, stalls half as often) on ``share`` of the stable calls starting in the
    window, not flagged canary; the canary share keeps its build. Marks each."""

    NOTE = "faster"

    version: str = "1.9.1"
    share: float = 0.3
    faster: float = 0.85

    def traffic(self, case: Case, plans: Iterator[Planned], day: DayContext) -> Iterator[Planned]:
        for plan in plans:
            p = plan.profile
            if (
                not p.canary
                and case.active(plan.start)
                and picked(f"faster:{case.name}:{plan.start}", self.share)
            ):
                lo, hi = p.ttft_ms
                quicker = (int(lo * self.faster), int(hi * self.faster))
                profile = replace(p, version=self.version, ttft_ms=quicker, slow_turn_p=p.slow_turn_p / 2)
                plan = replace(plan, profile=profile).with_notes(faster=case.name)
            yield plan
