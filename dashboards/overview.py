"""The overview: the headline KPIs a contact-center lead watches, over time, against their targets."""

from __future__ import annotations

from grafana_foundation_sdk.builders import dashboard

from dashboards import panels
from dashboards.common import frame
from dashboards.variables import ENDED_CALLS, EVENTS, KPI_MINUTES, NOT_ABANDONED, STARTED_CALLS, TURNS
from stream.metrics.types import TTFHW_BUDGET_MS

UID = "callpulse-overview"


def build(db: str = "callpulse", budget_ms: int = TTFHW_BUDGET_MS) -> dashboard.Dashboard:
    return (
        frame(UID, "callpulse overview", "Containment, time to first helpful word, task success, "
              "interruption recovery, sentiment and volume of the AI voice agent's calls.", db)
        .with_row(panels.row("Over the selected time range"))
        .with_panel(panels.single(
            "Resolved containment", f"""
            SELECT sum(resolved_contained) / {NOT_ABANDONED} AS resolved_containment
            FROM {db}.kpi_minute_v WHERE {KPI_MINUTES}""",
            unit=panels.PERCENT, good_above=0.6,
            description="Ended calls that stayed with the agent and completed a task, of calls not "
                        "abandoned before the agent's first response (the headline)."))
        .with_panel(panels.single(
            "Containment", f"""
            SELECT sum(contained) / {NOT_ABANDONED} AS containment
            FROM {db}.kpi_minute_v WHERE {KPI_MINUTES}""",
            unit=panels.PERCENT, good_above=0.7,
            description="Ended calls not handed to a person, of calls not abandoned early."))
        .with_panel(panels.single(
            "TTFHW p95", f"""
            SELECT quantileExactInclusive(0.95)(ttfhw_ms) AS ttfhw_p95_ms
            FROM {db}.turn_metrics FINAL WHERE {TURNS}""",
            unit=panels.MS, good_below=budget_ms,
            description=f"95th percentile of the time to the first helpful word; budget {budget_ms} ms."))
        .with_panel(panels.single(
            "Task success", f"""
            SELECT sum(tasks_succeeded) / nullIf(sum(tasks_started), 0) AS task_success
            FROM {db}.calls FINAL WHERE {ENDED_CALLS}""",
            unit=panels.PERCENT, good_above=0.7,
            description="Tasks completed successfully, of tasks started (a task never completed failed)."))
        .with_panel(panels.single(
            "Interruption recovery", f"""
            SELECT avg(recovered) AS interruption_recovery
            FROM {db}.interruptions FINAL WHERE {EVENTS}""",
            unit=panels.PERCENT, good_above=0.6,
            description="Barge-ins after which the agent yielded, answered and the caller did not repeat."))
        .with_panel(panels.single(
            "Calls", f"SELECT count() AS calls FROM {db}.calls FINAL WHERE {STARTED_CALLS}",
            unit="short", description="Calls started in the time range (live calls included)."))
        .with_row(panels.row("Over time"))
        .with_panel(panels.rate_series(
            "Containment and resolved containment", f"""
            SELECT $__timeInterval(minute) AS time,
                   sum(contained) / {NOT_ABANDONED} AS containment,
                   sum(resolved_contained) / {NOT_ABANDONED} AS resolved_containment
            FROM {db}.kpi_minute_v WHERE {KPI_MINUTES}
            GROUP BY time ORDER BY time""",
            description="By the minute calls ended; abandoned-early calls are left out of both rates."))
        .with_panel(panels.turn_latency(
            "Time to first helpful word, p50 and p95", db,
            ((0.5, "ttfhw_ms", "p50"), (0.95, "ttfhw_ms", "p95")),
            budget_ms=budget_ms,
            description=f"Caller's end of speech to the first word that is not filler; the red line is the "
                        f"{budget_ms} ms budget."))
        .with_panel(panels.rate_series(
            "Task success", f"""
            SELECT $__timeInterval(ended_at) AS time,
                   sum(tasks_succeeded) / nullIf(sum(tasks_started), 0) AS task_success
            FROM {db}.calls FINAL WHERE {ENDED_CALLS}
            GROUP BY time ORDER BY time""",
            description="Successful task completions of tasks started, by the minute calls ended."))
        .with_panel(panels.rate_series(
            "Interruption recovery and its parts", f"""
            SELECT $__timeInterval(ts) AS time,
                   avg(recovered) AS recovered, avg(yielded) AS yielded,
                   avg(answered) AS answered, avg(not_repeated) AS not_repeated
            FROM {db}.interruptions FINAL WHERE {EVENTS}
            GROUP BY time ORDER BY time""",
            description="recovered = yielded (stopped within 300 ms) and answered (helpfully, in budget, "
                        "no restart) and not_repeated (the caller did not repeat or correct)."))
        .with_panel(panels.bars(
            "Which part of recovery fails", f"""
            SELECT workflow,
                   1 - avg(yielded) AS kept_talking,
                   1 - avg(answered) AS no_helpful_answer,
                   1 - avg(not_repeated) AS caller_repeated_or_left
            FROM {db}.interruptions FINAL WHERE {EVENTS}
            GROUP BY workflow ORDER BY workflow""",
            unit=panels.PERCENT,
            description="Share of barge-ins failing each part of recovery, per workflow."))
        .with_panel(panels.series(
            "Sentiment delta", f"""
            SELECT $__timeInterval(ended_at) AS time, avg(sentiment_delta) AS sentiment_delta
            FROM {db}.calls FINAL WHERE {ENDED_CALLS}
            GROUP BY time ORDER BY time""",
            unit="none",
            description="Caller sentiment in the last 30 s minus the first 30 s (VADER), mean over ended "
                        "calls; below 0 the caller left angrier than they came."))
        .with_panel(panels.series(
            "Volume by workflow", f"""
            SELECT $__timeInterval(started_at) AS time, workflow, count() AS calls
            FROM {db}.calls FINAL WHERE {STARTED_CALLS}
            GROUP BY time, workflow ORDER BY time""",
            unit="short", width=24,
            description="Calls started per interval, one series per workflow."))
    )  # fmt: skip
