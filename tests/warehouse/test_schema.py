"""The writer's column lists agree with the tables the migrations create, column for column."""

from __future__ import annotations

from typing import Any

import pytest

from stream.rows import TABLE_COLUMNS


@pytest.mark.parametrize("table", sorted(TABLE_COLUMNS))
def test_table_columns_match_the_migrated_table(warehouse: Any, table: str) -> None:
    database = warehouse.restricted_database if table == "turns_raw" else warehouse.database
    result = warehouse.client.query(
        "SELECT name FROM system.columns WHERE database = {db:String} AND table = {t:String} ORDER BY position",
        parameters={"db": database, "t": table},
    )
    assert tuple(row[0] for row in result.result_rows) == TABLE_COLUMNS[table]


def test_calls_has_every_call_metrics_field(warehouse: Any) -> None:
    from dataclasses import fields

    from stream.metrics.types import CallMetrics

    renamed = {"started_at_ms": "started_at", "last_event_ms": "last_event_at", "ended_at_ms": "ended_at"}
    stored_elsewhere = {"tools": "tool_calls_by_tool", "events": "version"}
    expected = {renamed.get(f.name, stored_elsewhere.get(f.name, f.name)) for f in fields(CallMetrics)}
    assert expected <= set(TABLE_COLUMNS["calls"])
