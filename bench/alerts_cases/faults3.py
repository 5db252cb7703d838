"""Incident kinds of the ``test3`` split (issue 20), written without reading the detector: variants
and severities the earlier splits did not use (a share of one workflow's calls in dead air, a tool
that times out after 10 s, every LLM three times slower, a loop shipped on the canary build only).
Each effect marks, per affected call, the moment it first shows the fault."""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from agent.simulator.model import End, Handoff, Reply, Say, Scenario, Tool
from agent.simulator.workflows.common import lexicon
from bench.alerts_cases.day import DayContext, Planned, synthesize
from bench.alerts_cases.edit import call_rng, caller_says, finish
from bench.alerts_cases.effect import Effect
from bench.alerts_cases.faults import CANT_REACH, LlmSlow
from bench.alerts_cases.incidents import STILL_THERE, AgentLoop, DeadAir

if TYPE_CHECKING:
    from bench.alerts_cases.case import Case

Event = dict[str, Any]


def _picked(salt: str, share: float) -> bool:
    """A reproducible draw: is this call (named by ``salt``) among the ``share`` affected?"""
    return share >= 1.0 or random.Random(salt).random() < share


@dataclass(frozen=True)
class DeadAirShare(DeadAir):
    """Dead air on ``share`` of one workflow's calls only (one LLM connection pool of several hangs,
    one region's stream never completes): those calls go silent after the caller's ``after``-th
    utterance exactly as ``DeadAir``; the other calls of the window are untouched."""

    share: float = 1.0

    def call(self, case: Case, plan: Planned, events: list[Event], day: DayContext) -> list[Event]:
        if not _picked(f"dead_air_share:{case.name}:{events[0]['call_sid']}", self.share):
            return events
        return super().call(case, plan, events, day)


def _timing_out(scenario: Scenario, tool: str, timeout: tuple[int, int]) -> Scenario | None:
    """The scenario with ``tool`` hanging until the agent's client gives up (``timeout`` ms) and
    returns ``ok=false``/``timeout`` at its first use; the agent apologises and hands the caller to
    a person (trigger ``tool_failure``). None when the scenario never calls the tool."""
    for k, turn in enumerate(scenario.turns):
        r = turn.reply
        if r is None:
            continue
        at = next((i for i, a in enumerate(r.actions) if isinstance(a, Tool) and a.name == tool), None)
        if at is None:
            continue
        used = r.actions[at]
        assert isinstance(used, Tool)
        hung = replace(used, ok=False, error_code="timeout", latency_ms=timeout)
        lines = lexicon()["handoff_lines"]
        actions = (
            *r.actions[:at],
            hung,
            Say(f"{CANT_REACH} {lines[k % len(lines)]}"),
            Handoff(f"{tool} timed out", "tool_failure"),
            End(),
        )
        turns = (*scenario.turns[:k], replace(turn, reply=Reply(actions), hangup_after=False))
        return replace(scenario, turns=turns)
    return None


@dataclass(frozen=True)
class ToolTimeout(Effect):
    """A tool's backend stops answering (a payment gateway hangs, a connection pool is exhausted):
    the agent's tool client waits ``timeout_ms`` (10 s) and gets ``ok=false``, ``timeout``; the agent
    apologises and hands off. In 70% of the waits the caller fills the silence ("Hello?"). Calls of
    ``workflow`` whose first use of the tool is in the window, ``share`` of them. Marked at the
    failed ``tool.result``."""

    workflow: str
    tool: str
    share: float = 1.0
    timeout_ms: int = 10_000
    fill_p: float = 0.7

    def call(self, case: Case, plan: Planned, events: list[Event], day: DayContext) -> list[Event]:
        if events[0]["workflow"] != self.workflow:
            return events
        used = next(
            (e for e in events if e["type"] == "tool.called" and e["data"]["tool"] == self.tool), None
        )
        if used is None or not case.active(used["ts"]):
            return events
        if not _picked(f"tool_timeout_pick:{case.name}:{events[0]['call_sid']}", self.share):
            return events
        hung = _timing_out(plan.scenario, self.tool, (self.timeout_ms, self.timeout_ms + 250))
        if hung is None:
            return events
        events = synthesize(replace(plan, scenario=hung))
        rng = call_rng(events, f"tool_timeout:{case.name}")
        called = next(e for e in events if e["type"] == "tool.called" and e["data"]["tool"] == self.tool)
        failed = next(
            e for e in events
            if e["type"] == "tool.result" and e["data"]["tool_call_id"] == called["data"]["tool_call_id"]
        )  # fmt: skip
        day.ledger.mark(case.name, failed["ts"], events[0]["call_sid"])
        at = called["ts"] + rng.randint(2_500, 4_000)
        if rng.random() < self.fill_p and failed["ts"] - at > 2_000:
            events = finish(events + caller_says(events[0], at, rng.choice(STILL_THERE), rng)[0])
        return events


@dataclass(frozen=True)
class LlmSlowEvery(LlmSlow):
    """Every LLM the agents use gets ``factor`` times slower for the window (a shared gateway or
    proxy in front of every provider degrades, a cloud region's network is congested): every
    workflow, every build, every LLM family; the rules engine (no LLM) is untouched."""

    def traffic(self, case: Case, plans: Iterator[Planned], day: DayContext) -> Iterator[Planned]:
        def scaled(span: tuple[int, int]) -> tuple[int, int]:
            return int(span[0] * self.factor), int(span[1] * self.factor)

        for plan in plans:
            p = plan.profile
            if case.active(plan.start) and p.is_llm:
                profile = replace(
                    p,
                    ttft_ms=scaled(p.ttft_ms),
                    after_tool_ms=scaled(p.after_tool_ms),
                    tool_decide_ms=scaled(p.tool_decide_ms),
                )
                plan = replace(plan, profile=profile).with_notes(llm_slow=case.name)
            yield plan


@dataclass(frozen=True)
class CanaryLoop(Effect):
    """A prompt change shipped with a new build (``version``, prompts ``<workflow>-v<prompt>``) on
    the canary share (~10% of calls, every workflow): on those calls the agent re-asks its question
    whatever the caller answers, until the caller asks for a person. The stable build is untouched.
    Marked at the first repeated question."""

    version: str = "1.7.0-rc1"
    prompt: int = 6

    def traffic(self, case: Case, plans: Iterator[Planned], day: DayContext) -> Iterator[Planned]:
        for plan in plans:
            if plan.profile.canary and case.active(plan.start):
                profile = replace(
                    plan.profile, version=self.version, prompt_version=f"{plan.workflow}-v{self.prompt}"
                )
                plan = replace(plan, profile=profile)
                plan = next(AgentLoop(plan.workflow).traffic(case, iter((plan,)), day))
                plan = plan.with_notes(loop_case=case.name)
            yield plan

    def call(self, case: Case, plan: Planned, events: list[Event], day: DayContext) -> list[Event]:
        if plan.notes.get("loop_case") != case.name:
            return events
        return AgentLoop(plan.workflow).call(case, plan, events, day)
