"""The agent against the human baseline: the agent's ended, non-shadow calls (B) against the imported
human-handled calls (A), on the KPIs both have, overall and per workflow.

Both have: resolved containment (a person: resolved and not transferred), containment (not transferred),
abandonment (hung up before anyone answered; out of both containment denominators, as ``metrics.md``
says), and handle time. Everything else is listed in ``not_comparable`` with the reason, and left out of
the family of tests: Holm's correction runs over the four KPIs compared, not over KPIs one side lacks.
Statistics, verdicts, guardrails (on the agent) and the decision are those of ``rollout.compare``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from rollout.baseline import HUMAN_VERSION, NOT_COMPARABLE, read_human_rows
from rollout.cohorts import CallRow, Cohort, read_cohort
from rollout.compare import Comparison, ComparisonSpec, compare_rows, each_workflow
from rollout.guardrails import Guardrails
from rollout.kpis import BY_NAME, Kpi
from stream.warehouse import Warehouse

ABANDONMENT = Kpi(
    "abandonment", "abandoned before an answer", "rate", "share", False, 0.03, "",
    lambda r: 1.0 if r.abandoned_early else 0.0,
)  # fmt: skip
"""Not a KPI of agent releases (``rollout.kpis``) but one both a contact center and the agent have."""
SHARED: tuple[Kpi, ...] = (
    BY_NAME["resolved_containment"], BY_NAME["containment"], ABANDONMENT, BY_NAME["handle_time_s"],
)  # fmt: skip
"""The KPIs the agent and the humans both have, headline first."""
ONLY_HUMANS = {"csat": "only people's calls have a survey score (CSAT); the agent's calls have none"}
HUMANS = Cohort(agent_version=HUMAN_VERSION)


@dataclass(frozen=True, slots=True)
class HumanComparison:
    comparison: Comparison
    """A = the people (imported baseline), B = the agent; ``kpis`` holds the shared KPIs only."""
    not_comparable: tuple[tuple[str, str], ...]
    """(KPI, why) of every KPI one side lacks."""


def agent_cohort(agent_version: str | None) -> Cohort:
    return Cohort(agent_version=agent_version) if agent_version else Cohort()


def human_spec(agent_version: str | None = None, **options: Any) -> ComparisonSpec:
    """The spec of a comparison with the humans (``a`` the humans, ``b`` the agent: one version or all)."""
    return ComparisonSpec(HUMANS, agent_cohort(agent_version), **options)


def compare_with_humans(
    human_rows: Sequence[CallRow], agent_rows: Sequence[CallRow], spec: ComparisonSpec, guardrails: Guardrails
) -> HumanComparison:
    """Compare the humans' rows (A) with the agent's (B) on ``SHARED`` (pure: no warehouse)."""
    label_b = "the agent" + (f" (version {spec.b.agent_version})" if spec.b.agent_version else "")
    comparison = compare_rows(
        human_rows, agent_rows, spec, guardrails, kpis=SHARED, labels=("people (imported baseline)", label_b)
    )
    lacking = tuple((BY_NAME[name].label, why) for name, why in NOT_COMPARABLE.items())
    return HumanComparison(comparison, (*lacking, *ONLY_HUMANS.items()))


def read_agent_rows(warehouse: Warehouse, spec: ComparisonSpec, workflow: str | None) -> list[CallRow]:
    """The agent's ended, non-shadow calls of ``spec.b`` (one version, or every version: canary or not)."""
    sides = [spec.b] if spec.b.agent_version else [Cohort(canary=False), Cohort(canary=True)]
    rows = [
        row
        for side in sides
        for row in read_cohort(
            warehouse, spec.database, side, workflow=workflow, since_ms=spec.since_ms, until_ms=spec.until_ms
        )
    ]
    return sorted(rows, key=lambda r: r.started_at_ms)


def compare_humans_by_workflow(
    warehouse: Warehouse, spec: ComparisonSpec, guardrails: Guardrails | None = None
) -> tuple[HumanComparison, dict[str, HumanComparison]]:
    """The comparison over ``spec.workflow`` (or all) and, when that is all, one per workflow (each its
    own family of tests), from one read of each side."""
    rails = guardrails or Guardrails()
    humans = read_human_rows(warehouse, spec.since_ms, spec.until_ms, spec.workflow, database=spec.database)
    agent = read_agent_rows(warehouse, spec, spec.workflow)
    overall = compare_with_humans(humans, agent, spec, rails)
    if spec.workflow is not None:
        return overall, {}
    return overall, each_workflow(
        humans, agent, spec, lambda a, b, one: compare_with_humans(a, b, one, rails)
    )
