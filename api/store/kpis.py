"""KPIs per minute or per hour, by workflow and agent version, from ``kpi_minute``.

Per minute this is ``kpi_minute_v``. Per hour the same finalization runs over the merged states of the
hour (so percentiles and rates are exact, not averages of minutes): the expressions below are the
view's (migration 0006) with the bucket as a parameter; a test checks both grains agree on totals.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from api.store.rows import ms

Grain = Literal["minute", "hour"]
_BUCKET = {"minute": "toStartOfMinute", "hour": "toStartOfHour"}
MAX_ROWS = 10_000

FIELDS = (
    "calls_ended", "contained", "resolved_contained", "escalated", "abandoned_early", "task_success_calls",
    "containment_rate", "resolved_containment_rate", "turns", "ttfhw_p50_ms", "ttfhw_p95_ms",
    "ttfhw_within_budget_share", "no_helpful_response_rate", "interrupts", "interrupts_recovered",
    "interruption_recovery_rate", "sentiment_delta_mean", "tool_calls", "tool_failures",
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


_SQL = """
WITH
    arrayFilter((c, i) -> i = 1 OR c.call_sid != calls_sorted[i - 1].call_sid,
                calls_sorted, arrayEnumerate(calls_sorted)) AS calls,
    arrayMap(t -> assumeNotNull(t.ttfhw_ms), arrayFilter(t -> t.ttfhw_ms IS NOT NULL, turns_set)) AS ttfhw,
    arrayMap(c -> assumeNotNull(c.sentiment_delta),
             arrayFilter(c -> c.sentiment_delta IS NOT NULL, calls)) AS sentiment_deltas,
    length(calls) AS calls_ended_n,
    arrayCount(c -> c.abandoned_early, calls) AS abandoned_n,
    length(turns_set) AS turns_n,
    length(interrupts_set) AS interrupts_n
SELECT
    toUnixTimestamp(bucket) * 1000 AS bucket_ms,
    toString(workflow) AS workflow,
    toString(agent_version) AS agent_version,
    calls_ended_n AS calls_ended,
    arrayCount(c -> c.contained, calls) AS contained,
    arrayCount(c -> c.resolved_contained, calls) AS resolved_contained,
    arrayCount(c -> c.escalated, calls) AS escalated,
    abandoned_n AS abandoned_early,
    arrayCount(c -> c.task_success, calls) AS task_success_calls,
    contained / nullIf(calls_ended_n - abandoned_n, 0) AS containment_rate,
    resolved_contained / nullIf(calls_ended_n - abandoned_n, 0) AS resolved_containment_rate,
    turns_n AS turns,
    if(empty(ttfhw), NULL, arrayReduce('quantileExactInclusive(0.5)', ttfhw)) AS ttfhw_p50_ms,
    if(empty(ttfhw), NULL, arrayReduce('quantileExactInclusive(0.95)', ttfhw)) AS ttfhw_p95_ms,
    arrayCount(t -> t.within_budget, turns_set) / nullIf(turns_n, 0) AS ttfhw_within_budget_share,
    arrayCount(t -> t.response = 'filler_only', turns_set) / nullIf(turns_n, 0) AS no_helpful_response_rate,
    interrupts_n AS interrupts,
    arrayCount(x -> x.recovered, interrupts_set) AS interrupts_recovered,
    interrupts_recovered / nullIf(interrupts_n, 0) AS interruption_recovery_rate,
    if(empty(sentiment_deltas), NULL, arrayAvg(sentiment_deltas)) AS sentiment_delta_mean,
    arraySum(arrayMap(c -> toUInt64(c.tool_calls), calls)) AS tool_calls,
    arraySum(arrayMap(c -> toUInt64(c.tool_failures), calls)) AS tool_failures
FROM
(
    SELECT
        {bucket}(minute) AS bucket,
        workflow,
        agent_version,
        arrayReverseSort(groupUniqArrayMerge(calls_state)) AS calls_sorted,
        groupUniqArrayMerge(turns_state) AS turns_set,
        groupUniqArrayMerge(interrupts_state) AS interrupts_set
    FROM {database}.kpi_minute
    WHERE {where}
    GROUP BY bucket, workflow, agent_version
)
ORDER BY bucket_ms, workflow, agent_version
LIMIT {limit}
"""


def list_kpis(
    client: Any,
    database: str,
    grain: Grain = "minute",
    workflow: str | None = None,
    since_ms: int | None = None,
    until_ms: int | None = None,
    agent_version: str | None = None,
) -> list[KpiRow]:
    """KPI rows in time order; ``since``/``until`` select buckets by their start (until exclusive)."""
    where: list[str] = ["1"]
    params: dict[str, Any] = {}
    if workflow is not None:
        where.append("workflow = {workflow:String}")
        params["workflow"] = workflow
    if agent_version is not None:
        where.append("agent_version = {agent_version:String}")
        params["agent_version"] = agent_version
    bucket = _BUCKET[grain]
    if since_ms is not None:  # a bucket starting at or after `since`: compare on the bucket of each minute
        where.append(f"{bucket}(minute) >= {bucket}(fromUnixTimestamp64Milli({{since:Int64}}, 'UTC'))")
        params["since"] = since_ms
    if until_ms is not None:
        where.append("minute < fromUnixTimestamp64Milli({until:Int64}, 'UTC')")
        params["until"] = until_ms
    sql = (
        _SQL.replace("{bucket}", bucket)
        .replace("{database}", database)
        .replace("{where}", " AND ".join(where))
        .replace("{limit}", str(MAX_ROWS))
    )
    rows = client.query(sql, parameters=params).result_rows
    return [_row(row) for row in rows]


def _row(row: Any) -> KpiRow:
    bucket, workflow, version, *values = row
    return KpiRow(int(ms(bucket) or 0), str(workflow), str(version), *values)
