"""Incident kinds and benign shifts of the ``test8`` split (issue 20), written without reading the
detector. Variants of the issue's kinds no earlier split used (dead air only on one model, a tool
slow only on the quarter of its calls that reach a bad replica, speech recognition that fails only
late in a call, a re-verification loop after a prompt change) and failures no earlier split had: a
telephony region losing the callers' audio (calls connect, the agent never hears the caller) and an
expired credential for one tool (configured through ``ToolErrors``, see ``test8.py``). Benign: a
phishing-warning e-mail bringing short "is this call real?" billing calls, and a TV advert doubling
appointment's evening calls. Each incident effect marks, per affected call, the moment it first
shows the fault."""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from agent.simulator.model import Outcome, Reply, Say, Scenario, Turn, Verify
from agent.simulator.workflows.common import lexicon
from bench.alerts_cases.day import DEFAULT_SHARE, DayContext, Planned, extra_plans, merge
from bench.alerts_cases.degradations import Asr, _unheard
from bench.alerts_cases.edit import agent_audio_end, call_rng, cut_after, end_call, finish, picked
from bench.alerts_cases.effect import Effect
from bench.alerts_cases.faults4 import _agent_says, _audio
from bench.alerts_cases.incidents import DeadAir, SlowTool, handed_off_on_request
from bench.alerts_cases.shifts import _Adds

if TYPE_CHECKING:
    from bench.alerts_cases.case import Case

Event = dict[str, Any]
CANT_HEAR = ("Are you still there? I'm not able to hear you.", "Hello? I can't hear anything on the line.")
GOODBYE = "I'm sorry, I still can't hear you. Please try calling again. Goodbye."
ASK_AGAIN = "Thanks. For your security I need to confirm that once more: what's your date of birth?"
GIVE_UP = "I just told you my date of birth. Can I talk to a person, please?"


# ---- incidents -------------------------------------------------------------------------------


def _spoken(like: Event, at: int, text: str, rng: random.Random) -> tuple[list[Event], int]:
    """The agent saying ``text`` from ``at`` (text, then its audio at ~14 characters a second);
    returns the events and when the audio stops."""
    on = at + rng.randint(250, 600)
    off = on + len(text) * 1000 // 14
    return [_agent_says(like, at, text, rng), *_audio(like, on, off, rng)], off


@dataclass(frozen=True)
class OneWayAudio(Effect):
    """A telephony provider's regional media outage: calls from ``area_codes`` still connect and
    hear the greeting, but the caller's audio never reaches the platform (no speech, no transcript).
    The agent's no-input prompt asks whether anyone is there 7-9 s after its greeting; 45% of the
    callers hang up after hearing it (``completed/hangup``), the others hear a goodbye 7-9 s later
    and the platform's no-input timeout ends the call (``ended/timeout``). Calls starting in the
    window whose caller speaks at all; marked at the first no-input prompt."""

    area_codes: tuple[str, ...]

    def call(self, case: Case, plan: Planned, events: list[Event], day: DayContext) -> list[Event]:
        first = events[0]
        if first["data"]["caller"][2:5] not in self.area_codes or not case.active(first["ts"]):
            return events
        spoke = next(
            (e["ts"] for e in events if e["type"] == "speaker" and e["data"]["who"] == "client"), None
        )
        if spoke is None:
            return events
        rng = call_rng(events, f"one_way:{case.name}")
        kept = [e for e in cut_after(events, spoke - 1) if e["type"] != "call.ended"]
        prompt_at = max(agent_audio_end(events, spoke - 1), spoke) + rng.randint(7_000, 9_000)
        added, heard = _spoken(first, prompt_at, rng.choice(CANT_HEAR), rng)
        if rng.random() < 0.45:
            added.append(end_call(first, heard + rng.randint(1_000, 3_000), "completed", "hangup", rng))
        else:
            bye, off = _spoken(first, heard + rng.randint(7_000, 9_000), GOODBYE, rng)
            added += [*bye, end_call(first, off + rng.randint(200, 600), "ended", "timeout", rng)]
        day.ledger.mark(case.name, prompt_at, first["call_sid"])
        return finish(kept + added)


@dataclass(frozen=True)
class ModelDeadAir(DeadAir):
    """``DeadAir`` only on calls served by one model (its provider's streaming endpoint stalls
    without closing, the agent's await has no deadline); the other models and the rules engine go
    on. Every workflow unless ``workflow`` is set."""

    model: str = "claude-3-5-haiku"

    def call(self, case: Case, plan: Planned, events: list[Event], day: DayContext) -> list[Event]:
        if not plan.profile.model.startswith(self.model):
            return events
        return super().call(case, plan, events, day)


@dataclass(frozen=True)
class ReplicaSlowTool(SlowTool):
    """``SlowTool`` on ``share`` of the calls only (one backend replica of several is slow, a bad
    disk or a noisy neighbour; the load balancer sends it a fair share): the other calls' uses of
    the tool are as fast as ever."""

    share: float = 0.25

    def call(self, case: Case, plan: Planned, events: list[Event], day: DayContext) -> list[Event]:
        if not picked(f"replica:{case.name}:{events[0]['call_sid']}", self.share):
            return events
        return super().call(case, plan, events, day)


@dataclass(frozen=True)
class LateAsr(Asr):
    """Speech recognition that fails only late in a call (the provider caps streaming sessions; the
    reconnect after the cap sends audio at the wrong sample rate): the caller's first ``after``
    utterances are heard, each later one comes back empty with probability ``p``. As ``Asr``
    otherwise (every workflow unless ``workflow`` is set)."""

    after: int = 3

    def traffic(self, case: Case, plans: Iterator[Planned], day: DayContext) -> Iterator[Planned]:
        for plan in plans:
            turns = plan.scenario.turns
            spoken = [i for i, t in enumerate(turns) if t.say]
            cut = spoken[self.after] if len(spoken) > self.after else None
            if cut is not None and case.active(plan.start) and self.workflow in (None, plan.workflow):
                tail = replace(plan.scenario, turns=turns[cut:])
                late, misheard = _unheard(tail, random.Random(f"late_asr:{case.name}:{plan.start}"), self.p)
                if misheard:
                    scenario = replace(plan.scenario, turns=(*turns[:cut], *late.turns))
                    notes = {"misheard": tuple(self.after + i for i in misheard)}
                    plan = replace(plan, scenario=scenario).with_notes(**notes)
            yield plan


def _verified_twice(scenario: Scenario, gives_up: bool) -> Scenario | None:
    """The scenario with the agent asking for the date of birth again right after checking it: the
    caller repeats it and the call goes on (or, ``gives_up``, asks for a person and is handed off).
    None when the call never verifies."""
    for k, turn in enumerate(scenario.turns):
        actions = turn.reply.actions if turn.reply is not None else ()
        at = next(
            (i for i, a in enumerate(actions) if isinstance(a, Verify) and a.method == "knowledge"), None
        )
        if at is None:
            continue
        asked = replace(turn, reply=Reply((*actions[: at + 1], Say(ASK_AGAIN))), hangup_after=False)
        if gives_up:
            line = lexicon()["handoff_lines"][k % len(lexicon()["handoff_lines"])]
            return replace(
                scenario, turns=(*scenario.turns[:k], asked, Turn(GIVE_UP, handed_off_on_request(line)))
            )
        again = replace(turn, barge_in=None)  # said after the question has been heard out
        return replace(scenario, turns=(*scenario.turns[:k], asked, again, *scenario.turns[k + 1 :]))
    return None


@dataclass(frozen=True)
class DoubleVerify(Effect):
    """A prompt change (edited in place in the prompt store, so the calls keep their prompt label)
    makes the agent ask for the date of birth again right after verifying it: the caller repeats the
    same answer and the agent verifies again; ``give_up`` of them instead ask for a person (trigger
    ``caller_request``, ``ended/handoff``). Calls of ``workflow`` starting in the window that verify;
    marked at the second asking."""

    workflow: str
    give_up: float = 0.35

    def traffic(self, case: Case, plans: Iterator[Planned], day: DayContext) -> Iterator[Planned]:
        for plan in plans:
            if plan.workflow == self.workflow and case.active(plan.start):
                quits = picked(f"verify_twice:{case.name}:{plan.start}", self.give_up)
                twice = _verified_twice(plan.scenario, quits)
                if twice is not None:
                    plan = replace(plan, scenario=twice).with_notes(verify_twice=case.name)
            yield plan

    def call(self, case: Case, plan: Planned, events: list[Event], day: DayContext) -> list[Event]:
        if plan.notes.get("verify_twice") == case.name:
            again = next(
                e for e in events if e["type"] == "agent.utterance" and ASK_AGAIN[:30] in e["data"]["text"]
            )
            day.ledger.mark(case.name, again["ts"], events[0]["call_sid"])
        return events


# ---- benign ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class ScamCheckCalls(_Adds):
    """A phishing-warning e-mail to customers ("we will never ask for your card number by e-mail"):
    for the window ``workflow`` receives extra calls (``rate`` x its volume planned, of which only the
    short ones are kept: "is this e-mail really from you?", answered and done), every one healthy
    and contained."""

    workflow: str = "billing"
    rate: float = 2.0

    def traffic(self, case: Case, plans: Iterator[Planned], day: DayContext) -> Iterator[Planned]:
        mix, share = {self.workflow: 1.0}, DEFAULT_SHARE[self.workflow]
        extra = extra_plans(day, f"scam_check:{case.name}", case.onset_ms, case.end_ms, self.rate, mix, share)
        short = (p for p in extra if p.scenario.outcome is Outcome.SHORT_SUCCESS)
        return merge(plans, (p.with_notes(added=case.name) for p in short))
