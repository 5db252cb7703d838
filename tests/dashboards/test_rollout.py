"""The rollout dashboard: its committed JSON is what the code builds, every ClickHouse query runs on the
demo-sized load, and on calls whose answer is known the canary panels show that answer."""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

import pytest

from dashboards import build, rollout
from dashboards.macros import ALL, QueryContext, expand
from dashboards.query import CLICKHOUSE_UID
from stream.rows import TABLE_COLUMNS, call_row

MODEL = build.render(rollout.build())
TARGETS = [
    (panel["title"], panel["type"], target["format"], target["rawSql"])
    for panel in MODEL["panels"]
    for target in panel.get("targets", [])
    if target["datasource"]["uid"] == CLICKHOUSE_UID
]
ALL_SELECTED = {"workflow": ALL, "agent_version": ALL, "tool": ALL}


def in_database(sql: str, database: str) -> str:
    return re.sub(r"(?<![\w.])callpulse\.(?=\w)", f"{database}.", sql)


def run(
    client: Any, database: str, sql: str, from_ms: int, to_ms: int
) -> tuple[list[str], list[tuple[Any, ...]]]:
    expanded = in_database(expand(sql, QueryContext(from_ms, to_ms, 60_000, ALL_SELECTED)), database)
    assert "$" not in expanded, expanded
    result = client.query(expanded)
    return list(result.column_names), [tuple(r) for r in result.result_rows]


def test_the_committed_json_is_what_the_code_builds() -> None:
    assert (build.GENERATED / "rollout.json").read_text() == build.to_text(MODEL)
    assert MODEL["uid"] == "callpulse-rollout" and len(TARGETS) >= 10


@pytest.mark.parametrize("target", TARGETS, ids=lambda t: t[0])
def test_every_query_runs_on_the_demo_load(loaded: Any, target: tuple[str, str, int, str]) -> None:
    title, _, shape, sql = target
    columns, rows = run(loaded.client, loaded.database, sql, loaded.from_ms, loaded.to_ms)
    assert rows, f"no rows for {title}"
    if shape == 0:  # a time series: time first, in order
        assert columns[0] == "time" and all(isinstance(r[0], datetime) for r in rows)
        assert [r[0] for r in rows] == sorted(r[0] for r in rows)


def panel_sql(title: str) -> str:
    return next(sql for t, _, _, sql in TARGETS if t == title)


def test_the_canary_panels_show_each_side(warehouse: Any, make_result: Any) -> None:
    """8 canary calls, 2 resolved, one failed by the agent; 32 others, all resolved; one shadow canary."""
    t0 = make_result.t0_ms
    specs: list[dict[str, Any]] = [
        {"canary": True, "resolved_contained": i < 2, "contained": i < 2, "agent_failed": i == 7}
        for i in range(8)
    ]
    specs += [{"canary": False}] * 32 + [{"canary": True, "shadow": True, "resolved_contained": False}]
    rows = [
        call_row(
            make_result(f"CA{i:032x}", started_at_ms=t0 + i * 1000, ended_at_ms=t0 + i * 1000 + 30_000, **s),
            0,
        )
        for i, s in enumerate(specs)
    ]
    warehouse.client.insert(f"{warehouse.database}.calls", rows, column_names=list(TABLE_COLUMNS["calls"]))
    window = (t0, t0 + 3_600_000)
    _, [(share,)] = run(warehouse.client, warehouse.database, panel_sql("Canary share"), *window)
    assert share == pytest.approx(0.2)
    columns, sides = run(
        warehouse.client, warehouse.database, panel_sql("Canary vs the rest over the time range"), *window
    )
    by_side = {row[0]: dict(zip(columns, row, strict=True)) for row in sides}
    assert (by_side["canary"]["calls"], by_side["rest"]["calls"]) == (8, 32)
    assert by_side["canary"]["resolved_containment"] == pytest.approx(0.25)
    assert by_side["rest"]["resolved_containment"] == pytest.approx(1.0)
    assert by_side["canary"]["agent_failed_rate"] == pytest.approx(1 / 8)
    _, trend = run(
        warehouse.client, warehouse.database, panel_sql("Resolved containment: canary vs the rest"), *window
    )
    assert {side: value for _, side, value in trend} == {"canary": pytest.approx(0.25), "rest": 1.0}
