"""Incident kinds and a benign shift of the ``test4`` split (issue 20), written without reading the
detector: failures no earlier split had (an LLM provider rate-limiting a share of requests, text to
speech playing only the start of a reply, a tool backend that times out only in the first minutes
of each hour, a prompt that hands callers to a person too eagerly, a regional carrier whose callers
cannot get through, a silent model update that makes one model loop) and a healthy 50/50 rollout.
Each incident effect marks, per affected call, the moment it first shows the fault (a call that
never arrived: its planned start)."""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from agent.simulator.model import End, Handoff, Intent, Say, Scenario, reply
from agent.simulator.workflows.common import lexicon
from bench.alerts_cases import edit
from bench.alerts_cases.day import HOUR, MINUTE, DayContext, Planned
from bench.alerts_cases.edit import call_rng, caller_says, cut_after, end_call, finish, new_event, picked
from bench.alerts_cases.effect import Effect, MarksNoted
from bench.alerts_cases.faults3 import ToolTimeout
from bench.alerts_cases.incidents import AgentLoop, noted_loop

if TYPE_CHECKING:
    from bench.alerts_cases.case import Case

Event = dict[str, Any]
_picked = picked  # the share draw (edit.picked) under the name later splits imported from here
CUT_OUT = (
    "Sorry, you cut out. What was that?",
    "Hello? You broke up there.",
    "Sorry, I missed the end of that.",
)
CANT_HEAR = ("Hello? I can't hear you.", "Hello? Are you still there?")


@dataclass(frozen=True)
class RateLimited(Effect):
    """An LLM provider rate-limits the account (requests or tokens per minute exceeded): on
    ``share`` of the calls using ``model``, the first request after a caller utterance in the window
    comes back ``429``. The agent logs ``agent.error`` (``llm_rate_limited``), retries once after a
    1-3 s backoff, is refused again and closes the session with an error (``failed/agent_error``);
    the caller hears nothing after their utterance. Other models and the rules engine are
    untouched. Marked at the first ``agent.error``."""

    model: str = "gpt-4o-mini"
    share: float = 0.4

    def call(self, case: Case, plan: Planned, events: list[Event], day: DayContext) -> list[Event]:
        if not plan.profile.model.startswith(self.model):
            return events
        first = events[0]
        said = next((e for e in events if e["type"] == "caller.utterance" and case.active(e["ts"])), None)
        if said is None or not picked(f"rate_limited:{case.name}:{first['call_sid']}", self.share):
            return events
        rng = call_rng(events, f"rate_limited:{case.name}")
        cut = said["ts"]
        refused = cut + rng.randint(120, 600)
        again = refused + rng.randint(1_000, 3_000)
        end_at = again + rng.randint(50, 300)
        message = f"429 Too Many Requests: rate limit reached for {plan.profile.model} (requests per minute)"
        errors = [
            new_event(first, at, "agent.error", {"code": "llm_rate_limited", "message": message}, rng)
            for at in (refused, again)
        ]
        day.ledger.mark(case.name, refused, first["call_sid"])
        kept = cut_after(events, cut, silent_from=end_at)
        return finish([*kept, *errors, end_call(first, end_at, "failed", "agent_error", rng)])


def _agent_says(like: Event, at: int, text: str, rng: random.Random) -> Event:
    """An agent utterance sent as token chunks from ``at`` (its audio is added separately)."""
    chunks, t = [], at
    for i, word in enumerate(text.split(" ")):
        t += rng.randint(30, 90) if i else 0
        chunks.append({"text": word if i == 0 else " " + word, "ts": t})
    return new_event(
        like, at, "agent.utterance", {"text": text, "chunks": chunks, "interrupted": False, "tags": []}, rng
    )


def _audio(like: Event, on: int, off: int, rng: random.Random) -> list[Event]:
    return [
        new_event(like, on, "speaker", {"who": "agent", "speaking": True}, rng),
        new_event(like, off, "speaker", {"who": "agent", "speaking": False}, rng),
    ]


@dataclass(frozen=True)
class TtsCutOff(Effect):
    """Text to speech returns audio for only the start of a reply (a stream closed early, a
    truncated synthesis): the reply's text goes out in full and on time, its audio starts, and stops
    after ``played`` (20-50%) of the time it needs; then silence. The caller waits, says they missed
    it, the agent sends the same text again and again only its start plays; the caller hangs up,
    sometimes after one more "Hello?". Hits ``share`` of the calls (every workflow, or
    ``workflow``) at their first agent reply after a caller utterance sent in the window that is a
    sentence (not a filler, 20+ characters, not barged into). Marked when its audio stops early."""

    share: float = 0.45
    workflow: str | None = None
    played: tuple[float, float] = (0.2, 0.5)

    def call(self, case: Case, plan: Planned, events: list[Event], day: DayContext) -> list[Event]:
        first = events[0]
        cut_reply = edit.first_reply(case, events, self.workflow, sentence=True)
        if cut_reply is None or not picked(f"tts_cut:{case.name}:{first['call_sid']}", self.share):
            return events
        rng = call_rng(events, f"tts_cut:{case.name}")
        text, sent = cut_reply["data"]["text"], cut_reply["ts"]
        needs = int(len(text) / plan.profile.chars_per_s * 1000)
        kept = cut_after(events, sent - 1, silent_from=sent)
        off = sent + max(400, int(needs * rng.uniform(*self.played)))
        added = [cut_reply, *_audio(first, sent, off, rng)]
        last_chunk = max(c["ts"] for c in cut_reply["data"]["chunks"])
        asks, at = caller_says(
            first, max(off + rng.randint(2_500, 4_500), last_chunk + 500), rng.choice(CUT_OUT), rng
        )
        added += asks
        again = _agent_says(first, at + rng.randint(400, 1_200), text, rng)
        again_off = again["ts"] + max(400, int(needs * rng.uniform(*self.played)))
        added += [again, *_audio(first, again["ts"], again_off, rng)]
        at = max(again_off, max(c["ts"] for c in again["data"]["chunks"]))
        added += edit.hangs_up(first, at, rng, 0.4, CANT_HEAR)
        day.ledger.mark(case.name, off, first["call_sid"])
        return finish(kept + added)


@dataclass(frozen=True)
class HourlyToolTimeout(ToolTimeout):
    """A tool's backend times out only in the first ``minutes`` of each hour (an hourly batch job
    or cache rebuild at :00 saturates its database), fine the rest of the hour: calls of
    ``workflow`` whose first use of ``tool`` falls in minutes :00 to :``minutes`` of an hour in the
    window get ``ok=false``/``timeout`` after ``timeout_ms``, an apology and a hand-off
    (``ToolTimeout``); the rest of the window is normal. Marked at the failed ``tool.result``."""

    minutes: int = 7

    def call(self, case: Case, plan: Planned, events: list[Event], day: DayContext) -> list[Event]:
        used = next(
            (e for e in events if e["type"] == "tool.called" and e["data"]["tool"] == self.tool), None
        )
        if used is None or (used["ts"] - day.day0) % HOUR >= self.minutes * MINUTE:
            return events
        return super().call(case, plan, events, day)

    def bursts(self, case: Case) -> list[tuple[int, int]]:
        """The ``[start, end)`` spans in the window when the tool times out."""
        first = case.onset_ms - case.onset_ms % HOUR  # the day starts on the hour (DAY0)
        spans = [(h, h + self.minutes * MINUTE) for h in range(first, case.end_ms, HOUR)]
        return [(max(a, case.onset_ms), min(b, case.end_ms)) for a, b in spans if b > case.onset_ms]


def _hands_off_early(scenario: Scenario, line: str) -> Scenario | None:
    """The scenario with the agent handing off right after the caller's first request: it says a
    hand-off line and asks for a person (trigger ``policy``). None when no caller turn gets a reply."""
    for k, turn in enumerate(scenario.turns):
        if not turn.say or turn.reply is None:
            continue
        intent = next((a for a in turn.reply.actions if isinstance(a, Intent)), None)
        handoff = reply(
            *((intent,) if intent is not None else ()),
            Say(line),
            Handoff("transfer to an agent per the new intake policy", "policy"),
            End(),
        )
        turns = (*scenario.turns[:k], replace(turn, reply=handoff, hangup_after=False))
        return replace(scenario, turns=turns)
    return None


@dataclass(frozen=True)
class EagerHandoff(MarksNoted):
    """A prompt change (``<workflow>-v<prompt>``, every call of ``workflow`` starting in the window)
    makes the agent hand callers to a person too eagerly: on ``share`` of those calls it answers the
    caller's first request with a hand-off line and a ``handoff.requested`` (trigger ``policy``),
    ``ended/handoff``; the other calls carry the new prompt and go on as before. Marked at the
    hand-off."""

    NOTE = "eager"
    MARK_AT = "handoff.requested"

    workflow: str
    prompt: int = 7
    share: float = 0.5

    def traffic(self, case: Case, plans: Iterator[Planned], day: DayContext) -> Iterator[Planned]:
        lines = lexicon()["handoff_lines"]
        for plan in plans:
            if plan.workflow == self.workflow and case.active(plan.start):
                prompt = f"{self.workflow}-v{self.prompt}"
                plan = replace(plan, profile=replace(plan.profile, prompt_version=prompt))
                pick = random.Random(f"eager:{case.name}:{plan.start}")
                if pick.random() < self.share:
                    early = _hands_off_early(plan.scenario, pick.choice(lines))
                    if early is not None:
                        plan = replace(plan, scenario=early).with_notes(eager=case.name)
            yield plan


@dataclass(frozen=True)
class ModelLoop(Effect):
    """A provider updates a model behind its alias without notice (same model label): every call
    on ``model`` starting in the window, any workflow, any build, re-asks the question it just
    asked whatever the caller answers, until the caller asks for a person (``AgentLoop``'s
    conversation). Other models and the rules engine are untouched. Marked at the first repeat."""

    model: str = "claude-3-5-haiku"

    def traffic(self, case: Case, plans: Iterator[Planned], day: DayContext) -> Iterator[Planned]:
        for plan in plans:
            if plan.profile.model.startswith(self.model) and case.active(plan.start):
                looped = next(AgentLoop(plan.workflow).traffic(case, iter((plan,)), day))
                if "loop_question" in looped.notes:
                    plan = looped.with_notes(loop_case=case.name)
            yield plan

    def call(self, case: Case, plan: Planned, events: list[Event], day: DayContext) -> list[Event]:
        return noted_loop(case, plan, events, day)


@dataclass(frozen=True)
class PrefixDrop(Effect):
    """A regional carrier's outage: callers whose numbers carry one of ``area_codes`` (the carrier's
    region) cannot get through; their calls never reach the platform, on every workflow. Callers
    from other regions are normal. Marks the start of every call that did not arrive."""

    area_codes: tuple[str, ...] = ()

    def traffic(self, case: Case, plans: Iterator[Planned], day: DayContext) -> Iterator[Planned]:
        for plan in plans:
            if case.active(plan.start) and plan.scenario.caller.phone[2:5] in self.area_codes:
                day.ledger.mark(case.name, plan.start, None)
                continue
            yield plan


@dataclass(frozen=True)
class BlueGreen(Effect):
    """A healthy release rolled out at ``share`` (50%) of the calls starting in the window, blue/green
    rather than as a canary: the new build (``version``) runs as stable (not flagged canary); the
    canary share keeps its own build. Nothing else changes in those calls. Marks each."""

    version: str = "1.6.0"
    share: float = 0.5

    def call(self, case: Case, plan: Planned, events: list[Event], day: DayContext) -> list[Event]:
        first = events[0]
        if first["flags"]["canary"] or not case.active(first["ts"]):
            return events
        if not picked(f"blue_green:{case.name}:{first['call_sid']}", self.share):
            return events
        for event in events:
            event["agent"]["version"] = self.version
        day.ledger.mark(case.name, first["ts"], first["call_sid"])
        return events
