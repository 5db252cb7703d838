"""Dashboard variables and the SQL filter fragments that read them.

``workflow``, ``agent_version`` and ``tool`` are ClickHouse query variables (multi-value, with "All");
panels filter with the plugin's ``$__conditionalAll(cond, $var)``, which becomes ``1=1`` when All is
selected, and ``${var:singlequote}``, which quotes one value or many (``'a','b'``) alike.
``api_base`` is where the API serves call pages (data links go to ``${api_base}/calls/<sid>#turn-N``).
"""

from __future__ import annotations

from grafana_foundation_sdk.builders import dashboard
from grafana_foundation_sdk.cog import builder as cogbuilder
from grafana_foundation_sdk.models.dashboard import (
    VariableModel,
    VariableOption,
    VariableRefresh,
    VariableSort,
)

from dashboards.query import CLICKHOUSE, ClickHouseTarget

API_BASE_DEFAULT = "http://127.0.0.1:8000"
TOOL = "JSONExtractString(data, 'tool')"
"""The tool of a ``tool.called`` / ``tool.result`` event in ``events``."""


def only(variable: str, column: str | None = None) -> str:
    """``column IN (<selected values>)``, or ``1=1`` when All is selected."""
    return f"$__conditionalAll({column or variable} IN (${{{variable}:singlequote}}), ${variable})"


def where(time_filter: str, *variables: str) -> str:
    """A WHERE body: the dashboard's time range on ``time_filter`` and the given variables."""
    return " AND ".join([f"$__timeFilter({time_filter})", *(only(v) for v in variables)])


def selected(time_filter: str) -> str:
    """A WHERE body: live calls only (a shadow agent's proposals are not calls it handled: they belong to
    ``callpulse shadow report``), the time range on ``time_filter`` and the selected workflows and agent
    versions. For ``calls``, ``turn_metrics``, ``interrupt_metrics`` and ``events`` (each has ``shadow``)."""
    return "NOT shadow AND " + where(time_filter, "workflow", "agent_version")


KPI_MINUTES = where("minute", "workflow", "agent_version")
"""``kpi_minute_v`` rows of the selection (its views leave shadow calls out already, migration 0016)."""
ENDED_CALLS = "ended AND " + selected("ended_at")
"""``calls`` that ended in the time range."""
STARTED_CALLS = selected("started_at")
"""``calls`` that started in the time range."""
TURNS = selected("start_at")
"""``turn_metrics`` rows of turns that started in the time range."""
EVENTS = selected("ts")
"""``events`` (and ``interrupt_metrics``) rows in the time range."""
NOT_ABANDONED = "nullIf(sum(calls_ended) - sum(abandoned_early), 0)"
"""The containment rates' denominator over ``kpi_minute_v``: ended calls not abandoned early."""


def tool_results() -> str:
    """A WHERE body on ``events``: the ``tool.result`` events in the time range, of the selected
    workflows, agent versions and tools."""
    return f"type = 'tool.result' AND {selected('ts')} AND {only('tool', TOOL)}"


def workflow(db: str) -> cogbuilder.Builder[VariableModel]:
    sql = f"SELECT DISTINCT workflow FROM {db}.calls FINAL WHERE $__timeFilter(started_at) ORDER BY workflow"
    return _query_variable("workflow", "Workflow", sql)


def agent_version(db: str) -> cogbuilder.Builder[VariableModel]:
    sql = (
        f"SELECT DISTINCT agent_version FROM {db}.calls FINAL "
        f"WHERE $__timeFilter(started_at) AND {only('workflow')} ORDER BY agent_version"
    )
    return _query_variable("agent_version", "Agent version", sql)


def tool(db: str) -> cogbuilder.Builder[VariableModel]:
    sql = (
        f"SELECT DISTINCT tool FROM {db}.calls FINAL ARRAY JOIN mapKeys(tool_calls_by_tool) AS tool "
        f"WHERE $__timeFilter(started_at) AND {only('workflow')} ORDER BY tool"
    )
    return _query_variable("tool", "Tool", sql)


def api_base() -> cogbuilder.Builder[VariableModel]:
    return (
        dashboard.TextBoxVariable("api_base")
        .label("API base URL")
        .description(
            "Where `callpulse api` serves call pages; call links open {api_base}/calls/<sid>#turn-N."
        )
        .default_value(API_BASE_DEFAULT)
        .current(VariableOption(selected=True, text=API_BASE_DEFAULT, value=API_BASE_DEFAULT))
    )


def _query_variable(name: str, label: str, sql: str) -> cogbuilder.Builder[VariableModel]:
    target = ClickHouseTarget(sql, "table", ref_id=f"{name}-values").to_json()
    return (
        dashboard.QueryVariable(name)
        .label(label)
        .datasource(CLICKHOUSE)
        .query(target)
        .multi(True)
        .include_all(True)
        .refresh(VariableRefresh.ON_TIME_RANGE_CHANGED)
        .sort(VariableSort.ALPHABETICAL_ASC)
        .current(VariableOption(selected=True, text="All", value="$__all"))
    )
