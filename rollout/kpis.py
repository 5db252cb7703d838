"""The KPIs a comparison reports, each a pure function of one call (``None``: the call is not in this KPI's
denominator) with the direction that is better and the smallest difference worth finding.

Rates are shares of calls (Wilson / Newcombe intervals). Values are per-call numbers: latencies and handle
time are summarised by their median (bootstrap interval of the difference of medians, Mann-Whitney), the
per-call shares and sentiment by their mean. The always-valid test of every KPI is on the difference of
per-call means (for a rate, of proportions).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from rollout.cohorts import CallRow

Kind = Literal["rate", "value"]
Summary = Literal["share", "mean", "median"]


@dataclass(frozen=True, slots=True)
class Kpi:
    name: str
    label: str
    kind: Kind
    summary: Summary
    higher_is_better: bool
    effect: float
    """Smallest difference worth finding, in the KPI's unit (a rate's comes from the comparison's spec)."""
    unit: str
    """"" for shares (shown in percentage points) and scores, "ms" or "s" for times."""
    of: Callable[[CallRow], float | None]
    blocking: bool = True
    """A "worse" verdict rolls back. Handle time does not: a release that resolves more calls may well talk
    longer; its ceiling is the ``max_handle_time_s`` guardrail instead."""

    @property
    def points(self) -> bool:
        """Whether the KPI is a share of calls (or a mean of per-call shares), shown in percentage points."""
        return self.unit == "" and self.name != "sentiment_delta"


def _rate(flag: bool, counted: bool) -> float | None:
    return (1.0 if flag else 0.0) if counted else None


def _share(part: int, whole: int) -> float | None:
    return part / whole if whole > 0 else None


def _in_containment(r: CallRow) -> bool:
    return not r.abandoned_early  # metrics.md: abandoned-early calls are out of both containment rates


KPIS: tuple[Kpi, ...] = (
    Kpi("resolved_containment", "resolved containment", "rate", "share", True, 0.03, "",
        lambda r: _rate(r.resolved_contained, _in_containment(r))),
    Kpi("containment", "containment", "rate", "share", True, 0.03, "",
        lambda r: _rate(r.contained, _in_containment(r))),
    Kpi("task_success", "task success (calls with a task)", "rate", "share", True, 0.03, "",
        lambda r: _rate(r.task_success, r.tasks_started > 0)),
    Kpi("agent_failed", "agent failed", "rate", "share", False, 0.01, "",
        lambda r: _rate(r.agent_failed, True)),
    Kpi("ttfhw_p50_ms", "TTFHW p50 per call", "value", "median", False, 100.0, "ms",
        lambda r: r.ttfhw_p50_ms),
    Kpi("ttfhw_p95_ms", "TTFHW p95 per call", "value", "median", False, 200.0, "ms",
        lambda r: r.ttfhw_p95_ms),
    Kpi("ttfhw_within_budget", "turns within TTFHW budget", "value", "mean", True, 0.03, "",
        lambda r: _share(r.turns_within_budget, r.turns)),
    Kpi("interruption_recovery", "interruption recovery", "value", "mean", True, 0.05, "",
        lambda r: _share(r.interrupts_recovered, r.interrupts)),
    Kpi("sentiment_delta", "sentiment delta", "value", "mean", True, 0.05, "",
        lambda r: r.sentiment_delta),
    Kpi("handle_time_s", "handle time", "value", "median", False, 15.0, "s",
        lambda r: None if r.handle_time_ms is None else r.handle_time_ms / 1000, blocking=False),
    Kpi("tool_failure_rate", "tool failure rate (calls with tools)", "value", "mean", False, 0.02, "",
        lambda r: _share(r.tool_failures, r.tool_calls)),
)  # fmt: skip
"""Every KPI, headline first."""

HEADLINE = "resolved_containment"
BY_NAME = {k.name: k for k in KPIS}
