"""KPIs per minute or per hour, by workflow and agent version, from the warehouse's ``kpi_bucket_v``.

``kpi_bucket_v`` (migration 0010) is the one definition of the KPIs: a parameterized view that merges
the states of ``kpi_minute`` over buckets of ``bucket_s`` seconds and finalizes them, so an hour's
percentiles and rates are exact, not averages of minutes. ``kpi_minute_v`` is the same view at 60 s;
a test checks the minute rows here are that view's and that hours pool them field by field.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from api.store.conditions import Conditions
from api.store.rows import ms
from stream.warehouse import Warehouse

Grain = Literal["minute", "hour"]
BUCKET_S = {"minute": 60, "hour": 3_600}
ALL_TIME_MS = (0, 10_413_792_000_000)
"""The range read when ``since`` or ``until`` is not given: 1970 to 2300 (as ``kpi_minute_v`` reads)."""
MAX_ROWS = 10_000

FIELDS = (
    "calls_ended", "contained", "resolved_contained", "escalated", "abandoned_early", "task_success_calls",
    "containment_rate", "resolved_containment_rate", "turns", "ttfhw_p50_ms", "ttfhw_p95_ms",
    "ttfhw_within_budget_share", "no_helpful_response_rate", "interrupts", "interrupts_recovered",
    "interruption_recovery_rate", "sentiment_delta_mean", "tool_calls", "tool_failures", "agent_failed",
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class KpiRow:
    bucket_ms: int
    workflow: str
    agent_version: str
    calls_ended: int
    contained: int
    resolved_contained: int
    escalated: int
    abandoned_early: int
    task_success_calls: int
    containment_rate: float | None
    resolved_containment_rate: float | None
    turns: int
    ttfhw_p50_ms: float | None
    ttfhw_p95_ms: float | None
    ttfhw_within_budget_share: float | None
    no_helpful_response_rate: float | None
    interrupts: int
    interrupts_recovered: int
    interruption_recovery_rate: float | None
    sentiment_delta_mean: float | None
    tool_calls: int
    tool_failures: int
    agent_failed: int  # calls ended by an agent, tap or platform failure (migration 0011); in calls_ended


_SQL = """
SELECT toUnixTimestamp(bucket) * 1000 AS bucket_ms, toString(workflow) AS workflow,
       toString(agent_version) AS agent_version, {fields}
FROM {database}.kpi_bucket_v(bucket_s = {bucket_s:UInt32}, since_ms = {since:Int64}, until_ms = {until:Int64})
WHERE {where}
ORDER BY bucket_ms, workflow, agent_version
LIMIT {limit}
"""


def list_kpis(
    client: Warehouse,
    database: str,
    grain: Grain = "minute",
    workflow: str | None = None,
    since_ms: int | None = None,
    until_ms: int | None = None,
    agent_version: str | None = None,
) -> list[KpiRow]:
    """KPI rows in time order; ``since``/``until`` select buckets by their start (until exclusive)."""
    conditions = Conditions(
        bucket_s=BUCKET_S[grain],
        since=ALL_TIME_MS[0] if since_ms is None else since_ms,
        until=ALL_TIME_MS[1] if until_ms is None else until_ms,
    )
    conditions.equal("workflow", workflow)
    conditions.equal("agent_version", agent_version)
    sql = (
        _SQL.replace("{fields}", ", ".join(FIELDS))
        .replace("{database}", database)
        .replace("{where}", conditions.sql)
        .replace("{limit}", str(MAX_ROWS))
    )
    rows = client.query(sql, parameters=conditions.params).result_rows
    return [_row(row) for row in rows]


def _row(row: Any) -> KpiRow:
    bucket, workflow, version, *values = row
    return KpiRow(int(ms(bucket) or 0), str(workflow), str(version), *values)
