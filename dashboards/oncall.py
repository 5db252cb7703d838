"""On call: what is paging, the failing tool and its error codes, example calls, and worker health.

The detector's pages link here as ``/d/callpulse-oncall/on-call?var-workflow=…&var-tool=…``, so the
uid, the slug of the title and the variable names are a contract with ``alerts/detector``.
"""

from __future__ import annotations

from grafana_foundation_sdk.builders import dashboard

from dashboards import panels
from dashboards.common import frame
from dashboards.variables import ENDED_CALLS, KPI_MINUTES, TURNS, tool_results
from stream.metrics.types import TTFHW_BUDGET_MS

UID = "callpulse-oncall"
ALERT_WORKFLOWS = "$__conditionalAll(workflow IN ('', ${workflow:singlequote}), $workflow)"
"""Alerts of the selected workflows, and alerts about no workflow (pipeline health)."""
TITLE = "On call"  # Grafana's slug: on-call


def build(db: str = "callpulse", budget_ms: int = TTFHW_BUDGET_MS) -> dashboard.Dashboard:
    results = tool_results()
    return (
        frame(UID, TITLE, "For the engineer who was paged: open alerts, the failing tool and its error "
              "codes, calls that show the problem, and the pipeline's own health.", db, tool=True)
        .with_panel(panels.rows(
            "Alerts", f"""
            SELECT starts_at, status, alertname, severity, workflow, tool,
                   labels['agent_version'] AS agent_version, annotations['summary'] AS summary,
                   annotations['runbook'] AS runbook
            FROM {db}.alerts FINAL
            WHERE $__timeFilter(starts_at) AND {ALERT_WORKFLOWS}
            ORDER BY starts_at DESC LIMIT 100""",
            description="Pages and tickets received from Alertmanager and opened by the detector.", height=6))
        .with_panel(panels.tool_failure_rate(
            db, description="Share of tool results with ok = false, per tool of the selected workflows."))
        .with_panel(panels.bars(
            "Error codes of failing tool results", f"""
            SELECT concat(JSONExtractString(data, 'tool'), ': ', JSONExtractString(data, 'error_code'))
                       AS error, count() AS failures
            FROM {db}.events FINAL WHERE {results} AND NOT JSONExtractBool(data, 'ok')
            GROUP BY error ORDER BY failures DESC LIMIT 10""",
            unit="short",
            description="schema_mismatch: the API changed; unauthorized: a credential; "
                        "timeout / upstream_500: an outage (docs/oncall.md)."))
        .with_panel(panels.call_rows(
            "Calls with a failing tool", f"""
            SELECT f.call_sid AS call_sid, f.at AS failed_at, f.workflow AS workflow, f.tool AS tool,
                   f.error_code AS error_code,
                   uniqExactIf(t.event_id, t.speaker = 'caller' AND t.ts <= f.at) AS caller_turns,
                   greatest(caller_turns, 1) AS turn
            FROM (
                SELECT call_sid, workflow, JSONExtractString(data, 'tool') AS tool,
                       min(ts) AS at, any(JSONExtractString(data, 'error_code')) AS error_code
                FROM {db}.events FINAL
                WHERE {results} AND NOT JSONExtractBool(data, 'ok')
                GROUP BY call_sid, workflow, tool
            ) AS f
            LEFT JOIN {db}.turns AS t ON t.call_sid = f.call_sid
            GROUP BY call_sid, failed_at, workflow, tool, error_code
            ORDER BY failed_at DESC LIMIT 50""",
            description="A row opens the call's redacted transcript at the turn where the tool failed."))
        .with_panel(panels.rate_series(
            "Turns within the TTFHW budget by agent version", f"""
            SELECT $__timeInterval(start_at) AS time, agent_version, avg(within_budget) AS within_budget
            FROM {db}.turn_metrics FINAL WHERE {TURNS}
            GROUP BY time, agent_version ORDER BY time""",
            description=f"Share of turns helpful within {budget_ms} ms; a new version below the others "
                        "is the usual cause of a TTFHW page."))
        .with_panel(panels.containment_by_workflow(
            "Containment by workflow", db, "contained", "containment",
            description="Ended calls not handed to a person, of calls not abandoned early (calls ended by "
                        "an agent or platform failure count as not contained)."))
        .with_panel(panels.agent_failed_by_workflow(
            db, KPI_MINUTES,
            description="Calls ended by an agent, tap or platform failure (agent_failed): what "
                        "CallpulseAgentFailures pages on (docs/oncall.md)."))
        .with_panel(panels.call_rows(
            "Calls ended by a failure", f"""
            SELECT call_sid, ended_at, workflow, agent_version, end_reason, turns, greatest(turns, 1) AS turn
            FROM {db}.calls FINAL
            WHERE agent_failed AND {ENDED_CALLS}
            ORDER BY ended_at DESC LIMIT 50""",
            description="The end reason names the side that failed (agent_error, upstream_lost, "
                        "protocol_error, shutdown); a row opens the call at its last turn."))
        .with_panel(panels.rows(
            "Dead letters", f"""
            SELECT reason_code, count() AS messages, max(received_at) AS last_received, any(reason) AS example
            FROM {db}.dlq FINAL WHERE $__timeFilter(received_at)
            GROUP BY reason_code ORDER BY messages DESC""",
            description="Messages the pipeline refused, by reason (payloads redacted; see the dlq table).",
            height=6))
        .with_row(panels.row("Pipeline health (Prometheus)"))
        .with_panel(panels.prometheus(
            "Consumer lag", "sum by (partition) (callpulse_worker_consumer_lag_messages)",
            legend="partition {{partition}}", unit="short",
            description="Messages between the committed offset and the end of each partition (pages above "
                        "10 000)."))
        .with_panel(panels.prometheus(
            "Dead-letter rate",
            "sum by (reason_code) (rate(callpulse_pipeline_dead_letters_total[5m]))",
            legend="{{reason_code}}", unit="short",
            description="Messages dead-lettered per second, by reason."))
        .with_panel(panels.prometheus(
            "Redaction failures", "sum(increase(callpulse_pipeline_redaction_failures_total[10m]))",
            legend="failed redactions / 10 min", unit="short",
            description="Texts the redactor could not analyse and replaced whole (fail closed)."))
        .with_panel(panels.prometheus(
            "Event-to-write lag p95",
            "histogram_quantile(0.95, sum by (le) "
            "(rate(callpulse_worker_event_to_write_lag_seconds_bucket[5m])))",
            legend="p95", unit="s",
            description="Age of a batch's oldest event when its ClickHouse write returned.", width=12))
        .with_panel(panels.prometheus(
            "Events consumed", "sum(rate(callpulse_worker_events_consumed_total[1m]))",
            legend="events/s", unit="short",
            description="Turn events the workers read from Kafka per second.", width=12))
    )  # fmt: skip
