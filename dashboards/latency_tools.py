"""Latency and tools: where the time goes (first byte vs first helpful word) and which tools fail."""

from __future__ import annotations

from grafana_foundation_sdk.builders import dashboard

from dashboards import panels
from dashboards.common import frame
from dashboards.variables import STARTED_CALLS, TURNS, only, tool_results
from stream.metrics.types import TTFHW_BUDGET_MS

UID = "callpulse-latency-tools"


def build(db: str = "callpulse", budget_ms: int = TTFHW_BUDGET_MS) -> dashboard.Dashboard:
    results = tool_results()
    return (
        frame(UID, "callpulse latency and tools", "Time to first byte against time to first helpful "
              "word, the latency budget, and tool calls, failures and latency per tool.", db, tool=True)
        .with_row(panels.row("Latency"))
        .with_panel(panels.turn_latency(
            "First byte vs first helpful word (p50)", db,
            ((0.5, "first_token_ms", "first_byte_p50"), (0.5, "ttfhw_ms", "first_helpful_word_p50")),
            budget_ms=budget_ms,
            description="The gap between the two lines is filler the agent says before it helps."))
        .with_panel(panels.ttfhw_p95_by(
            db, "agent_version", budget_ms=budget_ms,
            description="One version above the others: roll it back."))
        .with_panel(panels.rate_series(
            "Turns within budget", f"""
            SELECT $__timeInterval(start_at) AS time, avg(within_budget) AS within_budget
            FROM {db}.turn_metrics FINAL WHERE {TURNS}
            GROUP BY time ORDER BY time""",
            description=f"Share of turns whose first helpful word came within {budget_ms} ms (SLO 95%)."))
        .with_panel(panels.series(
            "Responses by kind", f"""
            SELECT $__timeInterval(start_at) AS time,
                   countIf(response = 'helpful') AS helpful, countIf(response = 'filler_only') AS filler_only,
                   countIf(response = 'none') AS no_response, countIf(dead_air) AS dead_air
            FROM {db}.turn_metrics FINAL WHERE {TURNS}
            GROUP BY time ORDER BY time""",
            unit="short", description="filler_only: the agent spoke, but only fillers; dead_air: nothing "
                                      "within 3 s."))
        .with_panel(panels.call_rows(
            "Slowest turns", f"""
            SELECT call_sid, turn_index AS turn, start_at, workflow, agent_version,
                   first_token_ms, ttfhw_ms, response
            FROM {db}.turn_metrics FINAL WHERE ttfhw_ms IS NOT NULL AND {TURNS}
            ORDER BY ttfhw_ms DESC LIMIT 50""",
            description="A row opens the call at that turn."))
        .with_row(panels.row("Tools"))
        .with_panel(panels.rows(
            "Tool calls, failures and latency", f"""
            SELECT tool, sum(tool_calls) AS calls, sum(tool_failures) AS failures,
                   sum(tool_failures) / nullIf(sum(tool_calls), 0) AS failure_rate,
                   round(avg(mean_ms)) AS mean_latency_ms, max(max_ms) AS max_latency_ms
            FROM {db}.calls FINAL
            ARRAY JOIN mapKeys(tool_calls_by_tool) AS tool,
                       mapValues(tool_calls_by_tool) AS tool_calls,
                       arrayMap(t -> tool_failures_by_tool[t], mapKeys(tool_calls_by_tool)) AS tool_failures,
                       arrayMap(t -> tool_latency_ms_mean_by_tool[t], mapKeys(tool_calls_by_tool)) AS mean_ms,
                       arrayMap(t -> tool_latency_ms_max_by_tool[t], mapKeys(tool_calls_by_tool)) AS max_ms
            WHERE {STARTED_CALLS} AND {only("tool")}
            GROUP BY tool ORDER BY failures DESC""",
            description="Per tool over calls started in the range (mean latency: mean of per-call means).",
            width=12))
        .with_panel(panels.tool_failure_rate(
            db, description="tool.result events with ok = false, of all results, per tool."))
        .with_panel(panels.series(
            "Tool latency (mean)", f"""
            SELECT $__timeInterval(ts) AS time, JSONExtractString(data, 'tool') AS tool,
                   avg(JSONExtractFloat(data, 'latency_ms')) AS latency_ms
            FROM {db}.events FINAL WHERE {results}
            GROUP BY time, tool ORDER BY time""",
            unit=panels.MS, description="Mean latency of tool results, per tool.", width=24))
    )  # fmt: skip
