"""Every ClickHouse query of the committed dashboards, expanded as Grafana and the plugin expand it,
run against the real engine (chDB) over a demo-sized load: it must run, return the columns its panel
needs, and not be empty - with All selected, with the detector's link (one workflow, one tool) and with
two workflows selected (a multi-value ``IN``)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any

import pytest

from dashboards.build import load
from dashboards.macros import ALL, QueryContext, expand
from dashboards.query import CLICKHOUSE_UID

COMMITTED = load()
SCENARIOS: dict[str, dict[str, Any]] = {
    "all": {"workflow": ALL, "agent_version": ALL, "tool": ALL},
    "detector-link": {"workflow": "refill", "agent_version": ALL, "tool": "lookup_prescription"},
    "two-workflows": {"workflow": ["billing", "refill"], "agent_version": ALL, "tool": ALL},
}
FIELD = re.compile(r"\$\{__data\.fields\.(\w+)\}")


@dataclass(frozen=True, slots=True)
class Target:
    dashboard: str
    where: str  # panel title, "annotation: …" or "variable: …"
    kind: str  # timeseries | stat | table | bars | annotation | variable
    sql: str
    link_fields: tuple[str, ...] = ()


def clickhouse_targets() -> Iterator[Target]:
    for name, model in COMMITTED.items():
        for variable in model["templating"]["list"]:
            if variable["type"] == "query":
                yield Target(name, f"variable: {variable['name']}", "variable", variable["query"]["rawSql"])
        for annotation in model["annotations"]["list"]:
            yield Target(
                name, f"annotation: {annotation['name']}", "annotation", annotation["target"]["rawSql"]
            )
        for panel in model["panels"]:
            links = panel.get("fieldConfig", {}).get("defaults", {}).get("links", [])
            fields = tuple(f for link in links for f in FIELD.findall(link["url"]))
            for target in panel.get("targets", []):
                if target["datasource"]["uid"] != CLICKHOUSE_UID:
                    continue
                kind = "timeseries" if target["format"] == 0 else _table_kind(panel["type"])
                yield Target(name, panel["title"], kind, target["rawSql"], fields)


def _table_kind(panel_type: str) -> str:
    return {"stat": "stat", "bargauge": "bars", "table": "table"}[panel_type]


TARGETS = list(clickhouse_targets())


def test_the_dashboards_have_clickhouse_queries_of_every_kind() -> None:
    kinds = {t.kind for t in TARGETS}
    assert kinds == {"timeseries", "stat", "table", "bars", "annotation", "variable"}
    assert len(TARGETS) >= 40
    assert sum(1 for t in TARGETS if t.link_fields) >= 4  # call tables link to the call page


@pytest.mark.parametrize("scenario", SCENARIOS)
@pytest.mark.parametrize("target", TARGETS, ids=lambda t: f"{t.dashboard}:{t.where}")
def test_panel_query_returns_what_its_panel_needs(loaded, target: Target, scenario: str) -> None:
    ctx = _context(loaded, SCENARIOS[scenario])
    sql = _in_database(expand(target.sql, ctx), loaded.database)
    assert "$" not in sql, f"unexpanded macro or variable in:\n{sql}"
    result = loaded.client.query(sql)
    columns, rows = list(result.column_names), [tuple(r) for r in result.result_rows]
    assert rows, f"no rows for {target.where} ({scenario}):\n{sql}"
    check = {
        "timeseries": _time_series, "stat": _one_number, "table": _table, "bars": _bars,
        "annotation": _annotation, "variable": _variable,
    }[target.kind]  # fmt: skip
    check(columns, rows)
    missing = set(target.link_fields) - set(columns)
    assert not missing, f"the data link reads fields the query does not return: {missing}"
    if "turn" in target.link_fields:
        turns = [row[columns.index("turn")] for row in rows]
        assert all(isinstance(t, int) and t >= 1 for t in turns), "turn anchors start at 1"


def _time_series(columns: list[str], rows: list[tuple[Any, ...]]) -> None:
    assert columns[0] == "time", "Grafana needs the time column first"
    assert all(isinstance(row[0], datetime) for row in rows)
    assert [row[0] for row in rows] == sorted(row[0] for row in rows), "points in time order"
    assert any(_number(v) for row in rows for v in row[1:]), "every value is NULL"


def _one_number(columns: list[str], rows: list[tuple[Any, ...]]) -> None:
    assert len(rows) == 1 and len(columns) == 1
    assert _number(rows[0][0]), f"{columns[0]} is {rows[0][0]!r}"


def _table(columns: list[str], rows: list[tuple[Any, ...]]) -> None:
    assert len(set(columns)) == len(columns), "duplicate column names"


def _bars(columns: list[str], rows: list[tuple[Any, ...]]) -> None:
    assert isinstance(rows[0][0], str), "the first column labels the bar"
    assert all(_number(v) for row in rows for v in row[1:] if v is not None)


def _annotation(columns: list[str], rows: list[tuple[Any, ...]]) -> None:
    assert columns == ["time", "timeEnd", "text", "tags"]
    assert all(isinstance(row[0], datetime) and row[2] for row in rows)


def _variable(columns: list[str], rows: list[tuple[Any, ...]]) -> None:
    assert len(columns) == 1 and all(isinstance(row[0], str) and row[0] for row in rows)


def _number(value: Any) -> bool:
    return isinstance(value, int | float | Decimal)  # bool is an int: avg(flag) and flags count


def _context(loaded, values: dict[str, Any]) -> QueryContext:
    """The scenario's selection, with the options All stands for (from the variables' own queries)."""
    base = QueryContext(loaded.from_ms, loaded.to_ms, 60_000, values)
    options: dict[str, list[str]] = {}
    for target in TARGETS:
        if target.kind == "variable" and target.dashboard == "oncall.json":
            name = target.where.removeprefix("variable: ")
            sql = _in_database(expand(target.sql, base), loaded.database)
            options[name] = [row[0] for row in loaded.client.query(sql).result_rows]
    return QueryContext(loaded.from_ms, loaded.to_ms, 60_000, values, options)


def _in_database(sql: str, database: str) -> str:
    """The dashboards query the ``callpulse`` database; the test's load lives in its own."""
    return re.sub(r"(?<![\w.])callpulse\.(?=\w)", f"{database}.", sql)
