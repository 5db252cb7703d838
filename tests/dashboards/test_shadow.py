"""A shadow agent's calls are proposals, not calls it handled: no dashboard counts them (they belong to
``callpulse shadow report``). Every panel that reads a table with a ``shadow`` column leaves them out, and
on a known load the overview's call count is that of the live calls only."""

from __future__ import annotations

import re
from typing import Any

import pytest

from dashboards import build, latency_tools, oncall, overview, rollout, workflow
from dashboards.macros import ALL, QueryContext, expand
from dashboards.query import CLICKHOUSE_UID
from stream.rows import TABLE_COLUMNS, call_row

MODELS = [build.render(m.build()) for m in (overview, oncall, workflow, latency_tools, rollout)]
TARGETS = [
    (model["uid"], panel["title"], target["rawSql"])
    for model in MODELS
    for panel in model["panels"]
    for target in panel.get("targets", [])
    if target["datasource"]["uid"] == CLICKHOUSE_UID
]
WITH_SHADOW = re.compile(r"\.(calls|turn_metrics|interrupt_metrics|events)\b")


@pytest.mark.parametrize("target", TARGETS, ids=lambda t: f"{t[0]}:{t[1]}")
def test_every_panel_on_a_table_with_shadow_calls_leaves_them_out(target: tuple[str, str, str]) -> None:
    _, _, sql = target
    if WITH_SHADOW.search(sql):
        assert "NOT shadow" in sql


def test_the_overview_counts_live_calls_only(warehouse: Any, make_result: Any) -> None:
    t0 = make_result.t0_ms
    rows = [
        call_row(
            make_result(f"CA{i:032x}", started_at_ms=t0 + i, ended_at_ms=t0 + 30_000 + i, shadow=i >= 3), 0
        )
        for i in range(5)
    ]  # 3 live calls, 2 shadow
    warehouse.client.insert(f"{warehouse.database}.calls", rows, column_names=list(TABLE_COLUMNS["calls"]))
    sql = next(s for uid, title, s in TARGETS if uid == "callpulse-overview" and title == "Calls")
    ctx = QueryContext(t0, t0 + 3_600_000, 60_000, {"workflow": ALL, "agent_version": ALL, "tool": ALL})
    expanded = re.sub(r"(?<![\w.])callpulse\.(?=\w)", f"{warehouse.database}.", expand(sql, ctx))
    assert warehouse.client.query(expanded).result_rows == [(3,)]
