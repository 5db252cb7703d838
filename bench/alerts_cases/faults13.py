"""The failure mode of the ``test13`` split (issue 20) that no earlier split had, written without
reading the detector: a tool's backend slowing under load until part of its answers arrive after the
agent's tool deadline. Below the deadline the tool is slow but answers (``SlowTool``); past it the
agent's client gives up, the tool fails with ``timeout`` and the caller is handed off
(``ToolTimeout``). Both halves mark, per call, the moment it first shows the fault."""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from agent.simulator.model import Scenario, Tool
from bench.alerts_cases.day import DayContext, Planned
from bench.alerts_cases.faults3 import ToolTimeout
from bench.alerts_cases.incidents import SlowTool

if TYPE_CHECKING:
    from bench.alerts_cases.case import Case

Event = dict[str, Any]


def first_use(scenario: Scenario, tool: str) -> Tool | None:
    """The scenario's first call of ``tool`` as planned (None: the call never uses it)."""
    for turn in scenario.turns:
        for action in turn.reply.actions if turn.reply is not None else ():
            if isinstance(action, Tool) and action.name == tool:
                return action
    return None


@dataclass(frozen=True)
class SlowPastDeadline(SlowTool):
    """A tool's backend slows under load and its latency spreads past the agent's tool deadline: for
    each call of ``workflow`` whose first use of ``tool`` falls in the window (and would have
    succeeded), the backend takes a reproducible draw from ``latency_ms``. Up to ``deadline_ms`` the
    tool answers ``ok`` that late (``SlowTool``: the call re-synthesized, callers fill 70% of the
    waits); past it the agent's client gives up at the deadline, the result is ``ok=false``
    ``timeout``, the agent apologises and hands off (``ToolTimeout``). Calls whose first use already
    failed are left as they were. Marked at the first slow or timed-out ``tool.result``."""

    latency_ms: tuple[int, int] = (4_500, 11_500)
    deadline_ms: int = 8_000

    def backend_ms(self, case: Case, call_sid: str) -> int:
        """How long the backend takes for this call (a reproducible draw)."""
        return random.Random(f"past_deadline:{case.name}:{call_sid}").randint(*self.latency_ms)

    def call(self, case: Case, plan: Planned, events: list[Event], day: DayContext) -> list[Event]:
        planned = first_use(plan.scenario, self.tool)
        if planned is None or not planned.ok:
            return events
        took = self.backend_ms(case, events[0]["call_sid"])
        if took > self.deadline_ms:
            gives_up = ToolTimeout(self.workflow, self.tool, timeout_ms=self.deadline_ms, fill_p=self.fill_p)
            return gives_up.call(case, plan, events, day)
        slow = SlowTool(self.workflow, self.tool, latency_ms=(took, took), fill_p=self.fill_p)
        return slow.call(case, plan, events, day)
