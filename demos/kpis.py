"""The KPI table per workflow: the five call metrics plus handle time and tool failure rate.

The same SQL runs on the embedded engine and on a server. ``FINAL`` makes each call, turn and
interrupt count once, however often it was written.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from stream.warehouse import Warehouse

KPI_SQL = """
SELECT
    c.workflow AS workflow,
    countIf(c.ended) AS calls_ended,
    countIf(c.abandoned_early) AS abandoned_early,
    countIf(c.agent_failed) AS agent_failed,
    sumIf(c.resolved_contained, c.ended AND NOT c.abandoned_early)
        / nullIf(countIf(c.ended AND NOT c.abandoned_early), 0) AS resolved_containment_rate,
    sumIf(c.contained, c.ended AND NOT c.abandoned_early)
        / nullIf(countIf(c.ended AND NOT c.abandoned_early), 0) AS containment_rate,
    any(t.ttfhw_p50_ms) AS ttfhw_p50_ms,
    any(t.ttfhw_p95_ms) AS ttfhw_p95_ms,
    any(t.within_budget_share) AS ttfhw_within_budget_share,
    sum(c.tasks_succeeded) / nullIf(sum(c.tasks_started), 0) AS task_success_rate,
    sum(c.interrupts_recovered) / nullIf(sum(c.interrupts), 0) AS interruption_recovery_rate,
    avgIf(c.sentiment_delta, c.sentiment_delta IS NOT NULL) AS sentiment_delta_mean,
    avgIf(c.handle_time_ms, c.ended) / 1000 AS handle_time_mean_s,
    sum(c.tool_failures) / nullIf(sum(c.tool_calls), 0) AS tool_failure_rate
FROM {db}.calls AS c FINAL
LEFT JOIN (
    SELECT
        workflow,
        quantileExactInclusive(0.5)(ttfhw_ms) AS ttfhw_p50_ms,
        quantileExactInclusive(0.95)(ttfhw_ms) AS ttfhw_p95_ms,
        avg(within_budget) AS within_budget_share
    FROM {db}.turn_metrics FINAL
    WHERE call_sid IN (SELECT call_sid FROM {db}.calls FINAL WHERE {window})
    GROUP BY workflow
) AS t ON t.workflow = c.workflow
WHERE {window}
GROUP BY c.workflow
ORDER BY c.workflow
"""

COLUMNS = (
    ("workflow", "workflow", "{}"),
    ("calls_ended", "calls", "{:,}"),
    ("resolved_containment_rate", "resolved containment", "{:.1%}"),
    ("containment_rate", "containment", "{:.1%}"),
    ("ttfhw_p50_ms", "TTFHW p50", "{:,.0f} ms"),
    ("ttfhw_p95_ms", "TTFHW p95", "{:,.0f} ms"),
    ("ttfhw_within_budget_share", "TTFHW ≤ budget", "{:.1%}"),
    ("task_success_rate", "task success", "{:.1%}"),
    ("interruption_recovery_rate", "interruption recovery", "{:.1%}"),
    ("sentiment_delta_mean", "sentiment Δ", "{:+.3f}"),
    ("handle_time_mean_s", "handle time", "{:,.0f} s"),
    ("tool_failure_rate", "tool failures", "{:.1%}"),
    ("abandoned_early", "abandoned early", "{:,}"),
    ("agent_failed", "agent failed", "{:,}"),
)


@dataclass(frozen=True, slots=True)
class KpiRow:
    values: dict[str, Any]

    def formatted(self, key: str, fmt: str) -> str:
        value = self.values.get(key)
        if value is None or value != value:  # None or NaN
            return "—"
        return fmt.format(value)


def kpi_rows(
    client: Warehouse, database: str, start_ms: int | None = None, end_ms: int | None = None
) -> list[KpiRow]:
    """KPIs per workflow for calls that started in [start_ms, end_ms) (all calls when not given)."""
    result = client.query(KPI_SQL.format(db=database, window=_window(start_ms, end_ms)))
    return [KpiRow(dict(zip(result.column_names, row, strict=True))) for row in result.result_rows]


HANDOFF_SQL = """
SELECT handoff_trigger AS trigger, workflow, count() AS calls
FROM {db}.calls FINAL
WHERE escalated AND {window}
GROUP BY trigger, workflow
ORDER BY trigger, workflow
"""


def handoffs_by_trigger(
    client: Warehouse, database: str, start_ms: int | None = None, end_ms: int | None = None
) -> dict[str, dict[str, int]]:
    """Escalated calls per hand-off trigger (keyword, frustration, tool_failure, ...) and workflow."""
    result = client.query(HANDOFF_SQL.format(db=database, window=_window(start_ms, end_ms)))
    out: dict[str, dict[str, int]] = {}
    for trigger, workflow, calls in result.result_rows:
        out.setdefault(str(trigger or "unknown"), {})[str(workflow)] = int(calls)
    return out


def _window(start_ms: int | None, end_ms: int | None) -> str:
    if start_ms is None or end_ms is None:
        return "1"
    return (
        f"started_at >= fromUnixTimestamp64Milli({int(start_ms)}, 'UTC') "
        f"AND started_at < fromUnixTimestamp64Milli({int(end_ms)}, 'UTC')"
    )
