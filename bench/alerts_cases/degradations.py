"""Incident kinds that degrade a dependency or a build rather than one workflow's logic: speech
recognition returning empty or garbled text, a canary build that crashes, and a latency that rises
slowly over hours."""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from agent.simulator.model import Reply, Say, Scenario, Tool, Turn, reply
from agent.simulator.workflows.common import lexicon
from bench.alerts_cases.day import HOUR, DayContext, Planned
from bench.alerts_cases.edit import call_rng, canary_runs, cut_after, end_call, finish, new_event
from bench.alerts_cases.effect import Effect

if TYPE_CHECKING:
    from bench.alerts_cases.case import Case

Event = dict[str, Any]
_MUMBLE = ("uh", "the", "um", "a", "and", "to", "hm", "in", "for", "it")


def garble(text: str, rng: random.Random) -> str:
    """What a speech recognizer returns for audio it cannot follow: about half the words, most of
    them replaced by short function words and hesitations."""
    words = text.split()[: max(1, len(text.split()) // 2)]
    return " ".join(rng.choice(_MUMBLE) if rng.random() < 0.7 else w.lower().strip(".,?!") for w in words)


def _unheard(
    scenario: Scenario, rng: random.Random, p: float, which: Callable[[str], bool] = lambda said: True
) -> tuple[Scenario, tuple[int, ...]]:
    """Turns re-played for an agent that hears nothing useful: a misheard utterance gets "Sorry, I
    didn't catch that", the caller says it again (up to twice); a third miss and the caller hangs
    up. Returns the scenario and the indexes (among caller utterances) of the misheard ones. Only
    utterances ``which`` accepts can be misheard (default: every one; the others draw nothing)."""
    turns: list[Turn] = []
    misheard: list[int] = []
    spoken = 0
    for turn in scenario.turns:
        if turn.say and turn.reply is not None and which(turn.say) and rng.random() < p:
            tries = rng.choice((1, 1, 2))
            for _ in range(tries):
                turns.append(Turn(turn.say, reply(Say(rng.choice(lexicon()["didnt_catch"])))))
                misheard.append(spoken)
                spoken += 1
            if tries == 2 and rng.random() < 0.5:  # gives up
                turns.append(Turn(turn.say, None))
                misheard.append(spoken)
                return replace(scenario, turns=tuple(turns)), tuple(misheard)
        turns.append(turn)
        spoken += 1 if turn.say else 0
    return replace(scenario, turns=tuple(turns)), tuple(misheard)


@dataclass(frozen=True)
class Asr(Effect):
    """The speech-to-text provider degrades (an outage, a model or codec change): a share of final
    transcripts arrive empty (``mode="empty"``) or garbled (``"garbled"``); the agent answers "Sorry,
    I didn't catch that", callers repeat themselves and some hang up. Calls starting in the window,
    every workflow unless ``workflow`` is set. Marked at the first misheard utterance."""

    mode: str = "empty"
    p: float = 0.6
    workflow: str | None = None

    def traffic(self, case: Case, plans: Iterator[Planned], day: DayContext) -> Iterator[Planned]:
        for plan in plans:
            if case.active(plan.start) and self.workflow in (None, plan.workflow):
                rng = random.Random(f"asr:{case.name}:{plan.start}")
                scenario, misheard = _unheard(plan.scenario, rng, self.p)
                if misheard:
                    plan = replace(plan, scenario=scenario).with_notes(misheard=misheard)
            yield plan

    def call(self, case: Case, plan: Planned, events: list[Event], day: DayContext) -> list[Event]:
        misheard = plan.notes.get("misheard")
        if not misheard:
            return events
        rng = call_rng(events, f"asr:{case.name}")
        said = [e for e in events if e["type"] == "caller.utterance"]
        for index in misheard:
            if index < len(said):
                data = said[index]["data"]
                data["text"] = "" if self.mode == "empty" else garble(data["text"], rng)
        if said and misheard[0] < len(said):
            day.ledger.mark(case.name, said[misheard[0]]["ts"], events[0]["call_sid"])
        return events


@dataclass(frozen=True)
class CanaryCrash(Effect):
    """A new canary build (``version``, on the ~10% of calls routed to the canary) raises on the
    caller's first utterance: it logs ``agent.error`` and the session fails (``failed/agent_error``).
    The stable build is untouched. Canary calls starting in the window run the new build."""

    version: str = "1.5.0-rc2"

    def call(self, case: Case, plan: Planned, events: list[Event], day: DayContext) -> list[Event]:
        if not canary_runs(case, events, self.version):
            return events
        first = events[0]
        said = [e for e in events if e["type"] == "caller.utterance"]
        if not said:
            return events
        rng = call_rng(events, f"canary:{case.name}")
        cut = said[0]["ts"]
        error_at = cut + rng.randint(150, 700)
        end_at = error_at + rng.randint(20, 250)
        kept = cut_after(events, cut, silent_from=end_at)
        error = new_event(
            first,
            error_at,
            "agent.error",
            {"code": "unhandled_exception", "message": "TypeError: 'NoneType' object is not subscriptable"},
            rng,
        )
        day.ledger.mark(case.name, error_at, first["call_sid"])
        return finish([*kept, error, end_call(first, end_at, "failed", "agent_error", rng)])


def _tool_slower(scenario: Scenario, tool: str, added: int) -> Scenario:
    def slower(r: Reply | None) -> Reply | None:
        if r is None:
            return None
        return Reply(
            tuple(
                replace(a, latency_ms=(a.latency_ms[0] + added, a.latency_ms[1] + added))
                if isinstance(a, Tool) and a.name == tool
                else a
                for a in r.actions
            )
        )

    return replace(scenario, turns=tuple(replace(t, reply=slower(t.reply)) for t in scenario.turns))


@dataclass(frozen=True)
class SlowRise(Effect):
    """A latency that creeps up over hours (a memory leak in the agent, a table growing without an
    index): ``added_ms`` grows linearly from 0 at onset to ``final_ms`` after ``ramp_ms`` and stays
    until the end. ``target`` "agent": the agent's time to its first token (every build, every
    workflow); a tool name: that tool's latency. Marked on calls once the drift is ``evidence_ms``."""

    target: str = "agent"
    final_ms: int = 3_000
    ramp_ms: int = 3 * HOUR
    evidence_ms: int = 1_000

    def added(self, case: Case, ts: int) -> int:
        if not case.active(ts):
            return 0
        return int(self.final_ms * min(1.0, (ts - case.onset_ms) / self.ramp_ms))

    def traffic(self, case: Case, plans: Iterator[Planned], day: DayContext) -> Iterator[Planned]:
        for plan in plans:
            added = self.added(case, plan.start)
            if added and self.target == "agent":
                p = plan.profile
                profile = replace(
                    p,
                    ttft_ms=(p.ttft_ms[0] + added, p.ttft_ms[1] + added),
                    after_tool_ms=(p.after_tool_ms[0] + added, p.after_tool_ms[1] + added),
                )
                plan = replace(plan, profile=profile).with_notes(drift_ms=added)
            elif added:
                scenario = _tool_slower(plan.scenario, self.target, added)
                plan = replace(plan, scenario=scenario).with_notes(drift_ms=added)
            yield plan

    def call(self, case: Case, plan: Planned, events: list[Event], day: DayContext) -> list[Event]:
        if plan.notes.get("drift_ms", 0) < self.evidence_ms:
            return events
        if self.target == "agent":
            shown = [e for e in events if e["type"] == "caller.utterance"]
        else:
            shown = [e for e in events if e["type"] == "tool.result" and e["data"]["tool"] == self.target]
        if shown:
            day.ledger.mark(case.name, shown[0]["ts"], events[0]["call_sid"])
        return events
