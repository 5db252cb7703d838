"""``gather(warehouse, week, options) -> WeeklyReport``: every number of the weekly business review, read from
the warehouse once and computed by the pure functions of ``rollout.report.figures``.

Releases compared: the week's agent versions, each against the one that handled most of the week's calls
(``rollout.compare``, always-valid verdicts, guardrails, promote / hold / roll back).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from rollout.compare import ALPHA, MIN_EFFECT, Comparison, ComparisonSpec, compare_rows
from rollout.guardrails import Guardrails
from rollout.report.figures import (
    Day,
    Headline,
    Reason,
    Savings,
    Share,
    failure_reasons,
    handoff_reasons,
    headline,
    in_containment,
    resolved_by_day,
    savings,
)
from rollout.report.reads import WeekCall, read_calls, read_turns
from rollout.report.sources import Agreements, HumanRows
from rollout.weeks import IsoWeek
from stream.metrics.types import TTFHW_BUDGET_MS
from stream.warehouse import Warehouse


@dataclass(frozen=True, slots=True)
class ReportOptions:
    database: str = "callpulse"
    cost_per_human_minute: float = 1.0
    currency: str = "USD"
    ttfhw_budget_ms: int = TTFHW_BUDGET_MS
    base_url: str = "http://127.0.0.1:8000"
    """Of the transcript links: ``{base_url}/calls/{sid}``."""
    guardrails: Guardrails = field(default_factory=Guardrails)
    alpha: float = ALPHA
    min_effect: float = MIN_EFFECT
    human_rows: HumanRows | None = None
    """The human baseline reader; None: not built in this deployment."""
    agreements: Agreements | None = None
    """The reviewers' agreement reader; None: not built in this deployment."""


@dataclass(frozen=True, slots=True)
class Release:
    """One version of the week compared with the reference version (the one with most calls)."""

    version: str
    calls: int
    canary_calls: int
    comparison: Comparison | None
    """None for the reference itself."""


@dataclass(frozen=True, slots=True)
class WorkflowLine:
    workflow: str
    calls: int
    resolved: Share
    resolved_before: Share


@dataclass(frozen=True, slots=True)
class WeeklyReport:
    week: IsoWeek
    options: ReportOptions
    this: Headline
    before: Headline
    days: tuple[Day, ...]
    baseline: str
    """"imported", "no rows" (the import exists, nothing for this week) or "not built"."""
    human: Share | None
    savings: Savings
    handoffs: tuple[Reason, ...]
    failures: tuple[Reason, ...]
    releases: tuple[Release, ...]
    reference: str | None
    workflows: tuple[WorkflowLine, ...]
    agreements: list[Any] | None
    """``rollout.reviews.Agreement`` per workflow; None: reviews not built; empty: no labels this week."""

    def link(self, call_sid: str) -> str:
        return f"{self.options.base_url.rstrip('/')}/calls/{call_sid}"


def gather(warehouse: Warehouse, week: IsoWeek, options: ReportOptions) -> WeeklyReport:
    before = week.previous()
    db = options.database
    calls = read_calls(warehouse, db, week.start_ms, week.end_ms)
    calls_before = read_calls(warehouse, db, before.start_ms, before.end_ms)
    turns = read_turns(warehouse, db, week.start_ms, week.end_ms)
    turns_before = read_turns(warehouse, db, before.start_ms, before.end_ms)
    human = None if options.human_rows is None else options.human_rows(warehouse, week.start_ms, week.end_ms)
    baseline = "not built" if human is None else ("imported" if human else "no rows")
    human_share = None
    if human:
        counted = [r for r in human if in_containment(r)]
        human_share = Share(sum(r.resolved_contained for r in counted), len(counted))
    releases, reference = compare_releases(calls, week, options)
    return WeeklyReport(
        week=week,
        options=options,
        this=headline(calls, turns),
        before=headline(calls_before, turns_before),
        days=resolved_by_day(week.days(), [c.row for c in calls], human or None),
        baseline=baseline,
        human=human_share,
        savings=savings(calls, options.cost_per_human_minute),
        handoffs=handoff_reasons(calls),
        failures=failure_reasons(calls),
        releases=releases,
        reference=reference,
        workflows=workflow_lines(calls, calls_before),
        agreements=None
        if options.agreements is None
        else options.agreements(warehouse, week.start_ms, week.end_ms),
    )


def compare_releases(
    calls: list[WeekCall], week: IsoWeek, options: ReportOptions
) -> tuple[tuple[Release, ...], str | None]:
    """Each version of the week against the one with most calls (ties: the lower version name)."""
    counts = Counter(c.row.agent_version for c in calls)
    if not counts:
        return (), None
    reference = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
    rows_ref = [c.row for c in calls if c.row.agent_version == reference]
    out = []
    for version in sorted(counts, key=lambda v: (v != reference, v)):
        rows = [c.row for c in calls if c.row.agent_version == version]
        comparison = None
        if version != reference:
            spec = ComparisonSpec.versions(
                reference, version, since_ms=week.start_ms, until_ms=week.end_ms, alpha=options.alpha,
                min_effect=options.min_effect, database=options.database,
            )  # fmt: skip
            comparison = compare_rows(rows_ref, rows, spec, options.guardrails)
        out.append(Release(version, len(rows), sum(r.canary for r in rows), comparison))
    return tuple(out), reference


def workflow_lines(calls: list[WeekCall], calls_before: list[WeekCall]) -> tuple[WorkflowLine, ...]:
    names = sorted({c.row.workflow for c in calls} | {c.row.workflow for c in calls_before})
    return tuple(
        WorkflowLine(
            name,
            sum(c.row.workflow == name for c in calls),
            headline([c for c in calls if c.row.workflow == name], ()).resolved_containment,
            headline([c for c in calls_before if c.row.workflow == name], ()).resolved_containment,
        )
        for name in names
    )
