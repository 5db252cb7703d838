"""What every callpulse dashboard shares: the alert annotations, the variables and the dashboard frame."""

from __future__ import annotations

from grafana_foundation_sdk.builders import dashboard
from grafana_foundation_sdk.models.dashboard import AnnotationQuery, DashboardCursorSync, DashboardLinkType

from dashboards import variables
from dashboards.query import CLICKHOUSE, ClickHouseTarget

TAGS = ["callpulse"]


class AlertAnnotations(dashboard.AnnotationQuery):
    """Alerts from the ``alerts`` table as annotations (the plugin reads ``time``, ``timeEnd``, ``text``,
    ``tags``). The SDK types an annotation's target as a Grafana-annotation target; the ClickHouse plugin
    takes its own query there, so the built model carries a ``ClickHouseTarget`` instead."""

    def __init__(self, db: str) -> None:
        super().__init__()
        sql = f"""\
SELECT starts_at AS time, ends_at AS timeEnd,
       concat(alertname, ' (', status, '): ', annotations['summary']) AS text,
       arrayFilter(t -> t != '', [alertname, severity, workflow, tool]) AS tags
FROM {db}.alerts FINAL
WHERE $__timeFilter(starts_at) AND $__conditionalAll(workflow IN ('', ${{workflow:singlequote}}), $workflow)
ORDER BY time"""
        self.name("Alerts").datasource(CLICKHOUSE).enable(True).icon_color("red")
        self._target = ClickHouseTarget(sql, "table", ref_id="alerts")

    def build(self) -> AnnotationQuery:
        built = super().build()
        built.target = self._target  # type: ignore[assignment]
        return built


def frame(uid: str, title: str, description: str, db: str, *, tool: bool = False) -> dashboard.Dashboard:
    """A dashboard with callpulse's defaults: last 6 hours, 30 s refresh, shared crosshair, UTC,
    the workflow / agent version (/ tool) variables, the API base and the alert annotations."""
    chosen = [variables.workflow(db), variables.agent_version(db)]
    if tool:
        chosen.append(variables.tool(db))
    return (
        dashboard.Dashboard(title)
        .uid(uid)
        .description(description)
        .tags(TAGS)
        .timezone("utc")
        .time("now-6h", "now")
        .refresh("30s")
        .tooltip(DashboardCursorSync.CROSSHAIR)
        .variables([*chosen, variables.api_base()])
        .annotation(AlertAnnotations(db))
        .link(
            dashboard.DashboardLink("callpulse")
            .type(DashboardLinkType.DASHBOARDS)
            .tags(TAGS)
            .as_dropdown(True)
            .include_vars(True)
            .keep_time(True)
        )
    )
