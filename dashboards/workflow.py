"""Per workflow: each workflow's KPIs side by side, by agent version, its hand-offs and its worst calls."""

from __future__ import annotations

from grafana_foundation_sdk.builders import dashboard

from dashboards import panels
from dashboards.common import frame
from dashboards.variables import ENDED_CALLS, EVENTS, KPI_MINUTES, TURNS
from stream.metrics.types import TTFHW_BUDGET_MS

UID = "callpulse-workflow"


def build(db: str = "callpulse", budget_ms: int = TTFHW_BUDGET_MS) -> dashboard.Dashboard:
    return (
        frame(UID, "callpulse per workflow", "Each workflow's containment, latency, tasks, hand-offs and "
              "the calls that went wrong, one series per workflow.", db)
        .with_panel(panels.containment_by_workflow(
            "Resolved containment by workflow", db, "resolved_contained", "resolved_containment",
            description="Contained and a task completed, of ended calls not abandoned early (calls ended "
                        "by an agent or platform failure stay in the denominator)."))
        .with_panel(panels.agent_failed_by_workflow(
            db, KPI_MINUTES,
            description="Calls cut off by our side, not the caller: the agent crashed or errored, "
                        "the tap lost it, a frame broke the protocol, or a relay was stopped "
                        "(agent_failed; never counted as abandoned or contained)."))
        .with_panel(panels.ttfhw_p95_by(
            db, "workflow", budget_ms=budget_ms, description=f"Red line: the {budget_ms} ms budget."))
        .with_panel(panels.rows(
            "KPIs by workflow and agent version", f"""
            SELECT c.workflow AS workflow, c.agent_version AS agent_version, c.calls_ended AS calls_ended,
                   c.agent_failed AS agent_failed, c.containment AS containment,
                   c.resolved_containment AS resolved_containment,
                   c.task_success AS task_success, t.ttfhw_p95_ms AS ttfhw_p95_ms,
                   c.sentiment_delta AS sentiment_delta
            FROM (
                SELECT workflow, agent_version, count() AS calls_ended, countIf(agent_failed) AS agent_failed,
                       countIf(contained) / nullIf(countIf(NOT abandoned_early), 0) AS containment,
                       countIf(resolved_contained) / nullIf(countIf(NOT abandoned_early), 0)
                           AS resolved_containment,
                       sum(tasks_succeeded) / nullIf(sum(tasks_started), 0) AS task_success,
                       avg(sentiment_delta) AS sentiment_delta
                FROM {db}.calls FINAL WHERE {ENDED_CALLS}
                GROUP BY workflow, agent_version
            ) AS c
            LEFT JOIN (
                SELECT workflow, agent_version, quantileExactInclusive(0.95)(ttfhw_ms) AS ttfhw_p95_ms
                FROM {db}.turn_metrics FINAL WHERE {TURNS}
                GROUP BY workflow, agent_version
            ) AS t ON t.workflow = c.workflow AND t.agent_version = c.agent_version
            ORDER BY workflow, agent_version""",
            description="A canary against the stable version: the same KPIs per agent version.", height=7))
        .with_panel(panels.rows(
            "Task outcomes", f"""
            SELECT workflow, JSONExtractString(data, 'task') AS task, count() AS completions,
                   avg(JSONExtractBool(data, 'success')) AS success_rate,
                   topKIf(1)(JSONExtractString(data, 'reason'), NOT JSONExtractBool(data, 'success'))[1]
                       AS top_failure_reason
            FROM {db}.events FINAL
            WHERE type = 'task.completed' AND {EVENTS}
            GROUP BY workflow, task ORDER BY workflow, task""",
            description="Completed tasks per workflow and task (tasks never completed are counted on the "
                        "overview's task success).", width=12))
        .with_panel(panels.bars(
            "Hand-off reasons", f"""
            SELECT concat(workflow, ': ', ifNull(handoff_reason, 'unknown')) AS reason, count() AS calls
            FROM {db}.calls FINAL WHERE escalated AND {ENDED_CALLS}
            GROUP BY reason ORDER BY calls DESC LIMIT 15""",
            unit="short", description="Why calls went to a person (the agent's stated reason)."))
        .with_panel(panels.call_rows(
            "Calls that went to a person or ended unresolved", f"""
            SELECT call_sid, started_at, workflow, agent_version,
                   multiIf(agent_failed, concat('failed: ', ifNull(end_reason, '')), escalated, 'handed off',
                           abandoned_early, 'abandoned early', 'unresolved') AS outcome,
                   handoff_reason, turns, round(sentiment_delta, 2) AS sentiment_delta,
                   greatest(turns, 1) AS turn
            FROM {db}.calls FINAL WHERE NOT resolved_contained AND {ENDED_CALLS}
            ORDER BY started_at DESC LIMIT 100""",
            description="Each row opens the call's redacted transcript at its last turn, where it ended."))
        .with_panel(panels.call_rows(
            "Unrecovered interruptions", f"""
            SELECT i.call_sid AS call_sid, i.ts AS interrupted_at, i.workflow AS workflow,
                   i.agent_version AS agent_version, i.yielded AS yielded, i.answered AS answered,
                   i.not_repeated AS not_repeated,
                   uniqExactIf(t.event_id, t.speaker = 'caller' AND t.ts <= i.ts) + 1 AS turn
            FROM (SELECT * FROM {db}.interruptions FINAL WHERE NOT recovered AND {EVENTS}) AS i
            LEFT JOIN {db}.turns AS t ON t.call_sid = i.call_sid
            GROUP BY call_sid, interrupted_at, workflow, agent_version, yielded, answered, not_repeated
            ORDER BY interrupted_at DESC LIMIT 100""",
            description="Barge-ins the agent did not recover from; a row opens the call at the caller's "
                        "interrupting turn."))
    )  # fmt: skip
