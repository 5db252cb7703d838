"""kpi_minute stays exact however often the same rows arrive (redelivery, live call re-inserts)."""

from __future__ import annotations

import shutil
import uuid
from datetime import datetime
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from callpulse.warehouse import DEFAULT_MIGRATIONS_DIR, Migrator
from stream.metrics.types import CallResult, ToolStats
from stream.rows import TABLE_COLUMNS, call_row, interruption_row, turn_metrics_row

KPI_COLUMNS = (
    "calls_ended, contained, resolved_contained, escalated, abandoned_early, containment_rate, "
    "resolved_containment_rate, turns, ttfhw_p50_ms, ttfhw_p95_ms, ttfhw_within_budget_share, "
    "no_helpful_response_rate, interrupts, interrupts_recovered, interruption_recovery_rate, "
    "sentiment_delta_mean, tool_calls, tool_failures, sentiment_scored, sentiment_drops"
)


COLUMNS_AFTER_0009 = ("agent_failed", "unanswered", "agent_repeats", "caller_repeats", "looping", "loop_turn")
"""calls columns added by later migrations (0011 agent_failed, 0013 unanswered and loops)."""


def write(
    warehouse: Any, results: list[CallResult], *, updated_ms: int = 0, without: tuple[str, ...] = ()
) -> None:
    """Insert the rows of ``results`` the way the writer does (calls last); ``without`` leaves out
    calls columns an older schema (before a migration under test) does not have yet."""
    turns = [turn_metrics_row(r, t) for r in results for t in r.turns]
    interrupts = [interruption_row(r, i) for r in results for i in r.interrupts]
    keep = [i for i, name in enumerate(TABLE_COLUMNS["calls"]) if name not in without]
    calls = [tuple(call_row(r, updated_ms)[i] for i in keep) for r in results]
    columns = {**TABLE_COLUMNS, "calls": tuple(TABLE_COLUMNS["calls"][i] for i in keep)}
    for table, rows in (("turn_metrics", turns), ("interruptions", interrupts), ("calls", calls)):
        if rows:
            warehouse.client.insert(f"{warehouse.database}.{table}", rows, column_names=list(columns[table]))


def kpis(warehouse: Any) -> list[dict[str, Any]]:
    result = warehouse.client.query(
        f"SELECT minute, workflow, agent_version, {KPI_COLUMNS} FROM {warehouse.database}.kpi_minute_v "
        "ORDER BY minute, workflow, agent_version"
    )
    return [dict(zip(result.column_names, row, strict=True)) for row in result.result_rows]


def three_calls(make_result: Any) -> list[CallResult]:
    """Ended billing calls in the same minute: resolved, escalated, abandoned early."""
    turn, interrupt = make_result.turn, make_result.interrupt
    return [
        make_result(
            "CA1",
            turn_rows=(turn("CA1", 1, ttfhw_ms=600), turn("CA1", 2, ttfhw_ms=2_000, within_budget=False)),
            interrupt_rows=(interrupt("CA1", 1), interrupt("CA1", 2, answered=False, recovered=False)),
            tool_calls=2,
            tool_failures=1,
            tools={"lookup": ToolStats(calls=2, failures=1, latency_ms_mean=120.0, latency_ms_max=200.0)},
        ),
        make_result(
            "CA2",
            turn_rows=(turn("CA2", 1, ttfhw_ms=None, within_budget=False, response="filler_only"),),
            escalated=True,
            contained=False,
            resolved_contained=False,
            sentiment_delta=-0.5,
            tool_calls=1,
        ),
        make_result(
            "CA3",
            abandoned_early=True,
            contained=False,
            resolved_contained=False,
            task_success=False,
            sentiment_delta=None,
        ),
    ]


EXPECTED = {
    "minute": datetime(2025, 11, 24, 16, 0),
    "workflow": "billing",
    "agent_version": "1.0.0",
    "calls_ended": 3,
    "contained": 1,
    "resolved_contained": 1,
    "escalated": 1,
    "abandoned_early": 1,
    "containment_rate": 0.5,
    "resolved_containment_rate": 0.5,
    "turns": 3,
    "ttfhw_p50_ms": 1_300.0,
    "ttfhw_p95_ms": 1_930.0,
    "ttfhw_within_budget_share": 1 / 3,
    "no_helpful_response_rate": 1 / 3,
    "interrupts": 2,
    "interrupts_recovered": 1,
    "interruption_recovery_rate": 0.5,
    "sentiment_delta_mean": 0.0,
    "tool_calls": 3,
    "tool_failures": 1,
    "sentiment_scored": 2,
    "sentiment_drops": 1,
}


def test_kpis_of_one_minute_are_computed_from_the_rows(warehouse: Any, make_result: Any) -> None:
    write(warehouse, three_calls(make_result))
    assert kpis(warehouse) == [EXPECTED]


def test_the_same_rows_inserted_twice_do_not_change_the_kpis(warehouse: Any, make_result: Any) -> None:
    write(warehouse, three_calls(make_result), updated_ms=1)
    write(warehouse, three_calls(make_result), updated_ms=2)
    assert kpis(warehouse) == [EXPECTED]
    warehouse.client.command(f"OPTIMIZE TABLE {warehouse.database}.kpi_minute FINAL")
    assert kpis(warehouse) == [EXPECTED]


def test_a_live_call_counts_once_when_it_ends_however_often_it_was_written(
    warehouse: Any, make_result: Any
) -> None:
    for events in (3, 5, 8):
        live = make_result("CA9", ended=False, ended_at_ms=None, contained=False, events=events, turns=0)
        write(warehouse, [live])
    assert kpis(warehouse) == []
    for events in (10, 10, 12):  # the final row, redelivered, then re-emitted after a late tool result
        write(warehouse, [make_result("CA9", events=events, tool_calls=events - 10)])
    [row] = kpis(warehouse)
    assert (row["calls_ended"], row["contained"], row["tool_calls"]) == (1, 1, 2)
    [(rows_in_calls_final, version)] = warehouse.rows("SELECT count(), max(version) FROM {db}.calls_final")
    assert (rows_in_calls_final, version) == (1, 12)


def test_minutes_workflows_and_versions_are_separate_buckets(warehouse: Any, make_result: Any) -> None:
    t0 = make_result.t0_ms
    write(
        warehouse,
        [
            make_result("CA1"),
            make_result("CA2", ended_at_ms=t0 + 90_000),
            make_result("CA3", workflow="refills"),
            make_result("CA4", agent_version="1.1.0"),
        ],
    )
    buckets = [
        (r["minute"].minute, r["workflow"], r["agent_version"], r["calls_ended"]) for r in kpis(warehouse)
    ]
    assert buckets == [
        (0, "billing", "1.0.0", 1),
        (0, "billing", "1.1.0", 1),
        (0, "refills", "1.0.0", 1),
        (1, "billing", "1.0.0", 1),
    ]


def test_rates_are_null_without_a_denominator(warehouse: Any, make_result: Any) -> None:
    write(warehouse, [make_result("CA1", abandoned_early=True, contained=False, resolved_contained=False)])
    [row] = kpis(warehouse)
    assert row["calls_ended"] == 1
    assert row["containment_rate"] is None and row["resolved_containment_rate"] is None
    assert row["ttfhw_p50_ms"] is None and row["interruption_recovery_rate"] is None


def bucket_kpis(warehouse: Any, bucket_s: int, since_ms: int, until_ms: int) -> list[tuple[Any, ...]]:
    return warehouse.rows(
        "SELECT bucket, calls_ended FROM "
        f"{{db}}.kpi_bucket_v(bucket_s = {bucket_s}, since_ms = {since_ms}, until_ms = {until_ms}) ORDER BY bucket"
    )


def test_kpi_bucket_v_pools_minutes_into_longer_buckets_within_the_range(
    warehouse: Any, make_result: Any
) -> None:
    t0 = make_result.t0_ms  # 16:00; a second call ends at 16:01:30
    write(warehouse, [make_result("CA1"), make_result("CA2", ended_at_ms=t0 + 90_000)])
    hour, end = datetime(2025, 11, 24, 16, 0), t0 + 3_600_000
    assert bucket_kpis(warehouse, 3_600, t0, end) == [(hour, 2)]
    assert bucket_kpis(warehouse, 60, t0, end) == [(hour, 1), (datetime(2025, 11, 24, 16, 1), 1)]
    # since selects buckets by their start: 16:01 is inside the 16:00 hour, which is read whole
    assert bucket_kpis(warehouse, 3_600, t0 + 60_000, end) == [(hour, 2)]
    assert bucket_kpis(warehouse, 60, t0 + 60_000, end) == [(datetime(2025, 11, 24, 16, 1), 1)]
    # until is exclusive and applies to the minutes
    assert bucket_kpis(warehouse, 3_600, t0, t0 + 60_000) == [(hour, 1)]


def minute_view(client: Any, database: str) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]:
    """kpi_minute_v as a reader sees it: (name, type) of each column in order, and every row."""
    columns = client.query(
        "SELECT name, type FROM system.columns WHERE database = {db:String} AND table = 'kpi_minute_v' "
        "ORDER BY position",
        parameters={"db": database},
    ).result_rows
    rows = client.query(f"SELECT * FROM {database}.kpi_minute_v ORDER BY minute, workflow, agent_version")
    return [tuple(c) for c in columns], [tuple(r) for r in rows.result_rows]


def test_migration_0010_leaves_kpi_minute_v_columns_and_answers_as_they_were(
    chdb_client: Any, make_result: Any, tmp_path: Path
) -> None:
    """kpi_minute_v is re-created on kpi_bucket_v: its readers see the same columns, types and rows
    (two new columns follow them: the sentiment counts the detector pools)."""
    before = tmp_path / "migrations"
    before.mkdir()
    for path in DEFAULT_MIGRATIONS_DIR.glob("*.sql"):
        if int(path.name[:4]) < 10:
            shutil.copy(path, before)
    suffix = uuid.uuid4().hex[:12]
    target = SimpleNamespace(client=chdb_client, database=f"cp_{suffix}", restricted=f"cpr_{suffix}")
    refills = make_result("CA4", ended_at_ms=make_result.t0_ms + 90_000, workflow="refills")
    try:
        Migrator(chdb_client, target.database, target.restricted, migrations_dir=before).apply()
        write(target, [*three_calls(make_result), refills], without=COLUMNS_AFTER_0009)
        old = minute_view(chdb_client, target.database)
        assert len(old[0]) == 25 and len(old[1]) == 2
        applied = Migrator(chdb_client, target.database, target.restricted).apply()
        assert applied[0] == "0010_kpi_bucket.sql"
        columns, rows = minute_view(chdb_client, target.database)
        assert columns[:25] == old[0] and [row[:25] for row in rows] == old[1]
        assert [c[0] for c in columns[25:27]] == ["sentiment_scored", "sentiment_drops"]
        assert [row[25:27] for row in rows] == [(2, 1), (1, 0)]  # CA4 left no angrier
    finally:
        for name in (target.database, target.restricted):
            chdb_client.command(f"DROP DATABASE IF EXISTS {name} SYNC")
