"""Incident kinds of the ``test3`` split (issue 20), written without reading the detector: variants
and severities the earlier splits did not use (a share of one workflow's calls in dead air, a tool
that times out after 10 s, every LLM three times slower, a loop shipped on the canary build only).
Each effect marks, per affected call, the moment it first shows the fault."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from agent.simulator.profile import AgentProfile
from bench.alerts_cases.day import DayContext, Planned, synthesize
from bench.alerts_cases.edit import call_rng, caller_says, finish, picked
from bench.alerts_cases.effect import Effect
from bench.alerts_cases.faults import LlmSlow, tool_failing, tool_hit
from bench.alerts_cases.incidents import STILL_THERE, AgentLoop, DeadAir, noted_loop

if TYPE_CHECKING:
    from bench.alerts_cases.case import Case

Event = dict[str, Any]


@dataclass(frozen=True)
class DeadAirShare(DeadAir):
    """Dead air on ``share`` of one workflow's calls only (one LLM connection pool of several hangs,
    one region's stream never completes): those calls go silent after the caller's ``after``-th
    utterance exactly as ``DeadAir``; the other calls of the window are untouched."""

    share: float = 1.0

    def call(self, case: Case, plan: Planned, events: list[Event], day: DayContext) -> list[Event]:
        if not picked(f"dead_air_share:{case.name}:{events[0]['call_sid']}", self.share):
            return events
        return super().call(case, plan, events, day)


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
        if not tool_hit(case, events, self.workflow, self.tool, self.share, "tool_timeout_pick"):
            return events
        hung = tool_failing(
            plan.scenario, self.tool, "timeout", False, (self.timeout_ms, self.timeout_ms + 250), "timed out"
        )
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

    def slows(self, profile: AgentProfile) -> bool:
        return profile.is_llm


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
        return noted_loop(case, plan, events, day)
