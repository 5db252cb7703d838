"""Rollout: the canary against the rest and agent version against version, over time — resolved
containment, TTFHW p95 and the agent-failed rate — with the canary's share of calls. Trends only: the
verdict (always-valid intervals, guardrails, promote / hold / roll back) is the API's compare page
(``${api_base}/compare``) and ``callpulse compare``; a panel's wobble is not a difference."""

from __future__ import annotations

from grafana_foundation_sdk.builders import dashboard, timeseries

from dashboards import panels
from dashboards.common import frame
from dashboards.variables import ENDED_CALLS, TURNS
from stream.metrics.types import TTFHW_BUDGET_MS

UID = "callpulse-rollout"
COHORT = "if(canary, 'canary', 'rest')"
"""The series name of a call's side: the canary or the rest."""
CALLS = (
    ENDED_CALLS
    if "NOT shadow" in ENDED_CALLS
    else ENDED_CALLS.replace("ended AND ", "ended AND NOT shadow AND ", 1)
)
"""Ended, non-shadow calls of the selection (as the comparisons count them)."""
TURNS_LIVE = TURNS if "NOT shadow" in TURNS else f"NOT shadow AND {TURNS}"
"""Turns of non-shadow calls of the selection."""
VERDICT = (
    "Trend only: read the verdict (always-valid interval, guardrails, promote / hold / roll back) on the "
    "compare page, ${api_base}/compare."
)


def _resolved(db: str, side: str, title: str) -> timeseries.Panel:
    return panels.rate_series(
        title,
        f"""
        SELECT $__timeInterval(ended_at) AS time, {side} AS side,
               countIf(resolved_contained) / nullIf(countIf(NOT abandoned_early), 0) AS resolved_containment
        FROM {db}.calls FINAL WHERE {CALLS}
        GROUP BY time, side ORDER BY time""",
        description="Ended calls contained and with a task completed, of those not abandoned early. "
        + VERDICT,
    )


def _ttfhw(db: str, side: str, title: str, budget_ms: int) -> timeseries.Panel:
    return panels.budget_series(
        title,
        f"""
        SELECT $__timeInterval(start_at) AS time, {side} AS side,
               quantileExactInclusive(0.95)(ttfhw_ms) AS ttfhw_p95
        FROM {db}.turn_metrics FINAL WHERE {TURNS_LIVE}
        GROUP BY time, side ORDER BY time""",
        budget_ms=budget_ms,
        description=f"95th percentile of the time to the first helpful word; red line: the {budget_ms} ms "
        "budget. " + VERDICT,
    )


def _failed(db: str, side: str, title: str) -> timeseries.Panel:
    return panels.rate_series(
        title,
        f"""
        SELECT $__timeInterval(ended_at) AS time, {side} AS side,
               countIf(agent_failed) / count() AS agent_failed
        FROM {db}.calls FINAL WHERE {CALLS}
        GROUP BY time, side ORDER BY time""",
        description="Ended calls cut off by our side (agent, tap or platform failure), of all ended calls. "
        + VERDICT,
    )


def build(db: str = "callpulse", budget_ms: int = TTFHW_BUDGET_MS) -> dashboard.Dashboard:
    return (
        frame(UID, "callpulse rollout", "The canary against the rest and version against version: "
              "resolved containment, TTFHW p95 and agent failures over time, with the canary's share. "
              "The verdict is on the API's compare page.", db)
        .with_row(panels.row("Canary vs the rest"))
        .with_panel(panels.single(
            "Canary share", f"""
            SELECT countIf(canary) / nullIf(count(), 0) AS canary_share
            FROM {db}.calls FINAL WHERE {CALLS}""",
            unit=panels.PERCENT, width=6,
            description="Share of the selected ended calls the canary took (5% then 25% in the playbook)."))
        .with_panel(panels.rows(
            "Canary vs the rest over the time range", f"""
            SELECT {COHORT} AS side, count() AS calls,
                   countIf(resolved_contained) / nullIf(countIf(NOT abandoned_early), 0)
                       AS resolved_containment,
                   countIf(agent_failed) / count() AS agent_failed_rate,
                   quantileExactInclusive(0.95)(ttfhw_p95_ms) AS ttfhw_p95_of_calls_ms
            FROM {db}.calls FINAL WHERE {CALLS}
            GROUP BY side ORDER BY side""",
            description="Totals of each side (TTFHW: the 95th percentile of the calls' own p95). " + VERDICT,
            width=18, height=6))
        .with_panel(panels.rate_series(
            "Canary share over time", f"""
            SELECT $__timeInterval(ended_at) AS time, countIf(canary) / count() AS canary_share
            FROM {db}.calls FINAL WHERE {CALLS}
            GROUP BY time ORDER BY time""",
            description="Share of ended calls the canary took in each interval: the ramp (5%, 25%, all).",
            width=24))
        .with_panel(_resolved(db, COHORT, "Resolved containment: canary vs the rest"))
        .with_panel(_ttfhw(db, COHORT, "TTFHW p95: canary vs the rest", budget_ms))
        .with_panel(_failed(db, COHORT, "Agent-failed rate: canary vs the rest"))
        .with_row(panels.row("Version vs version"))
        .with_panel(_resolved(db, "agent_version", "Resolved containment by agent version"))
        .with_panel(_ttfhw(db, "agent_version", "TTFHW p95 by agent version", budget_ms))
        .with_panel(_failed(db, "agent_version", "Agent-failed rate by agent version"))
        .with_panel(panels.rows(
            "Calls by agent version", f"""
            SELECT agent_version, count() AS calls, countIf(canary) AS canary_calls,
                   min(started_at) AS first_call, max(started_at) AS last_call
            FROM {db}.calls FINAL WHERE {CALLS}
            GROUP BY agent_version ORDER BY first_call""",
            description="Which versions took the selected calls, and when (a release's ramp).", width=12))
    )  # fmt: skip
