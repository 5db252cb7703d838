"""Shadow calls never count in the live KPIs (kpi_minute_v: dashboards, the detector) nor in comparisons."""

from __future__ import annotations

from typing import Any

from rollout.cohorts import Cohort, read_cohort
from stream.rows import TABLE_COLUMNS, call_row, interruption_row, turn_metrics_row


def write(warehouse: Any, make_result: Any, sid: str, *, shadow: bool, failed: bool) -> None:
    result = make_result(
        sid, shadow=shadow, agent_failed=failed, interrupts=1,
        turn_rows=(make_result.turn(sid, 0),), interrupt_rows=(make_result.interrupt(sid, 0),),
    )  # fmt: skip
    db, client = warehouse.database, warehouse.client
    client.insert(f"{db}.calls", [call_row(result, 0)], column_names=list(TABLE_COLUMNS["calls"]))
    turns = [turn_metrics_row(result, t) for t in result.turns]
    client.insert(f"{db}.turn_metrics", turns, column_names=list(TABLE_COLUMNS["turn_metrics"]))
    interrupts = [interruption_row(result, i) for i in result.interrupts]
    client.insert(f"{db}.interruptions", interrupts, column_names=list(TABLE_COLUMNS["interruptions"]))


def test_kpi_minute_and_cohorts_leave_shadow_calls_out(warehouse: Any, make_result: Any) -> None:
    write(warehouse, make_result, "CA" + "1" * 32, shadow=False, failed=False)
    for i in range(3):
        write(warehouse, make_result, f"CA{i:032d}", shadow=True, failed=True)
    totals = warehouse.rows(
        "SELECT sum(calls_ended), sum(turns), sum(interrupts), sum(agent_failed) FROM {db}.kpi_minute_v"
    )
    assert totals == [(1, 1, 1, 0)]
    assert len(read_cohort(warehouse.client, warehouse.database, Cohort(agent_version="1.0.0"))) == 1
