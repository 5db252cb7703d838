"""Panel queries: the ClickHouse plugin's target JSON, and Prometheus targets, for the SDK's panel builders.

grafana-foundation-sdk has no builder for the official ClickHouse plugin (``grafana-clickhouse-datasource``),
so ``ClickHouseQuery`` is a small ``cog.variants.Dataquery`` that emits the plugin's own target shape
(``src/types/sql.ts`` of grafana/clickhouse-datasource v4): ``rawSql``, ``editorType: "sql"``, ``queryType``
and the backend's ``format``. The format numbers are the plugin backend's (grafana-plugin-sdk-go
``sqlutil.FormatQueryOption``): 0 = time series, 1 = table.
"""

from __future__ import annotations

from typing import Literal, Self

from grafana_foundation_sdk.builders import prometheus
from grafana_foundation_sdk.cog import builder as cogbuilder
from grafana_foundation_sdk.cog import variants as cogvariants
from grafana_foundation_sdk.models.dashboard import DataSourceRef

CLICKHOUSE_TYPE = "grafana-clickhouse-datasource"
CLICKHOUSE_UID = "callpulse-clickhouse"
PROMETHEUS_TYPE = "prometheus"
PROMETHEUS_UID = "callpulse-prometheus"
CLICKHOUSE = DataSourceRef(type_val=CLICKHOUSE_TYPE, uid=CLICKHOUSE_UID)
PROMETHEUS = DataSourceRef(type_val=PROMETHEUS_TYPE, uid=PROMETHEUS_UID)

FORMAT_TIME_SERIES = 0
FORMAT_TABLE = 1
Shape = Literal["timeseries", "table"]


class ClickHouseTarget(cogvariants.Dataquery):
    """One target of the ClickHouse plugin: raw SQL, as a time series (format 0) or a table (format 1)."""

    def __init__(self, raw_sql: str = "", shape: Shape = "table", ref_id: str = "A") -> None:
        self.raw_sql = raw_sql
        self.shape: Shape = shape
        self.ref_id = ref_id

    def to_json(self) -> dict[str, object]:
        return {
            "datasource": {"type": CLICKHOUSE_TYPE, "uid": CLICKHOUSE_UID},
            "editorType": "sql",
            "format": FORMAT_TIME_SERIES if self.shape == "timeseries" else FORMAT_TABLE,
            "queryType": self.shape,
            "rawSql": self.raw_sql,
            "refId": self.ref_id,
        }


class ClickHouseQuery(cogbuilder.Builder[cogvariants.Dataquery]):
    """Builder of a ``ClickHouseTarget``, usable wherever the SDK takes a query builder."""

    def __init__(self, raw_sql: str, shape: Shape = "table") -> None:
        self._internal = ClickHouseTarget(_tidy(raw_sql), shape)

    def build(self) -> ClickHouseTarget:
        return self._internal

    def ref_id(self, ref_id: str) -> Self:
        self._internal.ref_id = ref_id
        return self


def time_series(raw_sql: str, ref_id: str = "A") -> ClickHouseQuery:
    """A ClickHouse query whose first column is the time bucket (named ``time``)."""
    return ClickHouseQuery(raw_sql, "timeseries").ref_id(ref_id)


def table(raw_sql: str, ref_id: str = "A") -> ClickHouseQuery:
    return ClickHouseQuery(raw_sql, "table").ref_id(ref_id)


def promql(expr: str, legend: str, ref_id: str = "A") -> prometheus.Dataquery:
    """A Prometheus range query on the callpulse Prometheus data source."""
    return (
        prometheus.Dataquery()
        .expr(expr)
        .legend_format(legend)
        .range()
        .ref_id(ref_id)
        .datasource({"type": PROMETHEUS_TYPE, "uid": PROMETHEUS_UID})
    )


def _tidy(sql: str) -> str:
    """SQL as written in the code (indented triple-quoted strings) without the common indentation."""
    lines = [line.rstrip() for line in sql.strip("\n").splitlines()]
    indent = min((len(line) - len(line.lstrip()) for line in lines if line.strip()), default=0)
    return "\n".join(line[indent:] for line in lines).strip()
