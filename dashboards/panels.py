"""Panel helpers: the few panel shapes the callpulse dashboards use, with units and thresholds set once,
and the panels more than one dashboard shows (``tool_failure_rate``, ``agent_failed_by_workflow``)."""

from __future__ import annotations

from typing import Any, TypeVar

from grafana_foundation_sdk.builders import bargauge, common, dashboard, stat, table, timeseries
from grafana_foundation_sdk.models import common as common_models
from grafana_foundation_sdk.models.dashboard import DashboardLinkType, Threshold, ThresholdsMode

from dashboards import query
from dashboards.variables import KPI_MINUTES, NOT_ABANDONED, TURNS, tool_results

Panel = TypeVar("Panel", timeseries.Panel, stat.Panel, table.Panel, bargauge.Panel)

PERCENT = "percentunit"
MS = "ms"
CALL_PAGE = "${api_base}/calls/${__data.fields.call_sid}#turn-${__data.fields.turn}"
"""A call row's link: the API's call page at the turn the row is about (every call table has ``turn``)."""
_LEGEND = (
    common.VizLegendOptions()
    .show_legend(True)
    .display_mode(common_models.LegendDisplayMode.LIST)
    .placement(common_models.LegendPlacement.BOTTOM)
)
_TOOLTIP = (
    common.VizTooltipOptions().mode(common_models.TooltipDisplayMode.MULTI).sort(common_models.SortOrder.NONE)
)


def series(
    title: str, sql: str, *, unit: str, description: str, width: int = 12, height: int = 8
) -> timeseries.Panel:
    """A time series from one ClickHouse query (``time`` first; a string column splits the series)."""
    return (
        _framed(timeseries.Panel(), title, description, query.CLICKHOUSE, query.time_series(sql))
        .unit(unit)
        .span(width)
        .height(height)
        .line_width(2)
        .fill_opacity(10)
        .span_nulls(True)
        .legend(_LEGEND)
        .tooltip(_TOOLTIP)
    )


def rate_series(title: str, sql: str, *, description: str, width: int = 12) -> timeseries.Panel:
    """A time series of shares (0..1)."""
    return series(title, sql, unit=PERCENT, description=description, width=width).min(0).max(1)


def budget_series(title: str, sql: str, *, budget_ms: int, description: str) -> timeseries.Panel:
    """Latencies in ms with the budget drawn as a dashed red line."""
    return (
        series(title, sql, unit=MS, description=description)
        .min(0)
        .thresholds(_thresholds(green_below=budget_ms))
        .thresholds_style(
            common.GraphThresholdsStyleConfig().mode(common_models.GraphTresholdsStyleMode.DASHED)
        )
    )


def tool_failure_rate(db: str, *, description: str) -> timeseries.Panel:
    """Share of tool results with ok = false per tool, on the latency-and-tools and on-call dashboards
    (the same query on both; each words the description for its reader)."""
    return rate_series(
        "Tool failure rate",
        f"""
        SELECT $__timeInterval(ts) AS time, JSONExtractString(data, 'tool') AS tool,
               countIf(NOT JSONExtractBool(data, 'ok')) / count() AS failure_rate
        FROM {db}.events FINAL WHERE {tool_results()}
        GROUP BY time, tool ORDER BY time""",
        description=description,
    )


def agent_failed_by_workflow(db: str, kpi_filter: str, *, description: str) -> timeseries.Panel:
    """Calls ended by a failure of the agent, the tap or the platform (``agent_failed``), per workflow and
    minute, from ``kpi_minute_v``: on the per-workflow and on-call dashboards (the same query on both)."""
    return series(
        "Calls ended by a failure, by workflow",
        f"""
        SELECT $__timeInterval(minute) AS time, workflow, sum(agent_failed) AS agent_failed
        FROM {db}.kpi_minute_v WHERE {kpi_filter}
        GROUP BY time, workflow ORDER BY time""",
        unit="short",
        description=description,
    ).min(0)


def turn_latency(
    title: str,
    db: str,
    quantiles: tuple[tuple[float, str, str], ...],
    *,
    budget_ms: int,
    description: str,
    by: str = "",
) -> timeseries.Panel:
    """Quantiles of the selected turns' latencies over time against the budget: each of ``quantiles`` is
    (quantile, ``turn_metrics`` column, series name); ``by`` (a column) splits the series."""
    split = f", {by}" if by else ""
    columns = ",\n               ".join(
        f"quantileExactInclusive({q})({column}) AS {name}" for q, column, name in quantiles
    )
    return budget_series(
        title,
        f"""
        SELECT $__timeInterval(start_at) AS time{split},
               {columns}
        FROM {db}.turn_metrics FINAL WHERE {TURNS}
        GROUP BY time{split} ORDER BY time""",
        budget_ms=budget_ms,
        description=description,
    )


def ttfhw_p95_by(db: str, column: str, *, budget_ms: int, description: str) -> timeseries.Panel:
    """TTFHW p95 of the selected turns, one series per ``column`` (``agent_version`` on the latency
    dashboard, ``workflow`` on the per-workflow one), against the budget."""
    return turn_latency(
        f"TTFHW p95 by {column.replace('_', ' ')}",
        db,
        ((0.95, "ttfhw_ms", "ttfhw_p95"),),
        budget_ms=budget_ms,
        description=description,
        by=column,
    )


def containment_by_workflow(
    title: str, db: str, column: str, alias: str, *, description: str
) -> timeseries.Panel:
    """``column`` (``contained`` or ``resolved_contained``) of ended calls not abandoned early, per workflow
    and minute, from ``kpi_minute_v`` (on-call and per-workflow dashboards)."""
    return rate_series(
        title,
        f"""
        SELECT $__timeInterval(minute) AS time, workflow,
               sum({column}) / {NOT_ABANDONED} AS {alias}
        FROM {db}.kpi_minute_v WHERE {KPI_MINUTES}
        GROUP BY time, workflow ORDER BY time""",
        description=description,
    )


def single(
    title: str, sql: str, *, unit: str, description: str, good_above: float | None = None,
    good_below: float | None = None, width: int = 4,
) -> stat.Panel:  # fmt: skip
    """One number over the dashboard's time range, coloured against a threshold when given."""
    panel = (
        _framed(stat.Panel(), title, description, query.CLICKHOUSE, query.table(sql))
        .unit(unit)
        .span(width)
        .height(4)
        .reduce_options(common.ReduceDataOptions().calcs(["lastNotNull"]).values(False))
    )
    if good_above is not None:
        panel = panel.thresholds(_thresholds(red_below=good_above))
    elif good_below is not None:
        panel = panel.thresholds(_thresholds(green_below=good_below))
    return panel


def rows(title: str, sql: str, *, description: str, width: int = 24, height: int = 8) -> table.Panel:
    """A table from one ClickHouse query."""
    return (
        _framed(table.Panel(), title, description, query.CLICKHOUSE, query.table(sql))
        .span(width)
        .height(height)
        .show_header(True)
    )


def call_rows(title: str, sql: str, *, description: str, width: int = 24, height: int = 9) -> table.Panel:
    """A table of calls (columns ``call_sid`` and ``turn``): every row links to its call page at that turn."""
    return rows(title, sql, description=description, width=width, height=height).data_links(
        [
            dashboard.DashboardLink("Open the call at this turn")
            .type(DashboardLinkType.LINK)
            .url(CALL_PAGE)
            .target_blank(True)
        ]
    )


def bars(title: str, sql: str, *, unit: str, description: str, width: int = 12) -> bargauge.Panel:
    """Horizontal bars, one per row of a (label, value) table."""
    return (
        _framed(bargauge.Panel(), title, description, query.CLICKHOUSE, query.table(sql))
        .unit(unit)
        .span(width)
        .height(8)
        .orientation(common_models.VizOrientation.HORIZONTAL)
        .reduce_options(common.ReduceDataOptions().values(True).calcs([]))
    )


def prometheus(
    title: str, expr: str, *, legend: str, unit: str, description: str, width: int = 8
) -> timeseries.Panel:
    """A time series from the callpulse Prometheus (worker health)."""
    return (
        _framed(timeseries.Panel(), title, description, query.PROMETHEUS, query.promql(expr, legend))
        .unit(unit)
        .span(width)
        .height(7)
        .min(0)
        .legend(_LEGEND)
        .tooltip(_TOOLTIP)
    )


def _framed(panel: Panel, title: str, description: str, source: Any, target: Any) -> Panel:
    """What every panel has: a title, a description for its reader, a data source and one query."""
    return panel.title(title).description(description).datasource(source).with_target(target)


def row(title: str) -> dashboard.Row:
    return dashboard.Row(title)


def _thresholds(
    *, green_below: float | None = None, red_below: float | None = None
) -> dashboard.ThresholdsConfig:
    if green_below is not None:
        steps = [Threshold(None, "green"), Threshold(green_below, "red")]
    else:
        steps = [Threshold(None, "red"), Threshold(red_below, "green")]
    return dashboard.ThresholdsConfig().mode(ThresholdsMode.ABSOLUTE).steps(steps)
