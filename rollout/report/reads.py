"""What the weekly report reads from the warehouse: every ended, non-shadow call started in a range (one row
each, from ``calls FINAL``) and the time to first helpful word of those calls' turns. Parameterised SQL,
read-only settings; nothing but redacted text (``handoff_reason`` is stored redacted)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from rollout.cohorts import COLUMNS, CallRow, to_row
from rollout.report.errors import ReportError
from rollout.sql import checked_database, started_within
from stream.warehouse import Warehouse

_EXTRA = (
    "call_sid", "toString(end_reason)", "handoff_reason", "escalated",
    "mapKeys(mapFilter((k, v) -> v > 0, tool_failures_by_tool))",
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class WeekCall:
    """One ended call: what the comparisons read (``row``) and what the report lists (redacted reasons)."""

    row: CallRow
    call_sid: str
    end_reason: str | None
    handoff_reason: str | None
    escalated: bool
    failed_tools: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class TurnTiming:
    """One turn's time to first helpful word (``None``: no helpful word) and whether it was within budget."""

    ttfhw_ms: int | None
    within_budget: bool


def _week(start_ms: int, end_ms: int) -> tuple[str, dict[str, Any]]:
    where, parameters = started_within(start_ms, end_ms)
    return " AND ".join(["ended", "NOT shadow", *where]), parameters


def calls_sql(database: str, start_ms: int, end_ms: int) -> tuple[str, dict[str, Any]]:
    db = checked_database(database, ReportError)
    where, parameters = _week(start_ms, end_ms)
    columns = ", ".join((*COLUMNS, *_EXTRA))
    sql = f"SELECT {columns} FROM {db}.calls FINAL WHERE {where} ORDER BY started_at, call_sid"
    return sql, parameters


def turns_sql(database: str, start_ms: int, end_ms: int) -> tuple[str, dict[str, Any]]:
    db = checked_database(database, ReportError)
    where, parameters = _week(start_ms, end_ms)
    sql = (
        f"SELECT ttfhw_ms, within_budget FROM {db}.turn_metrics FINAL "
        f"WHERE call_sid IN (SELECT call_sid FROM {db}.calls FINAL WHERE {where}) "
        "ORDER BY call_sid, turn_index"
    )
    return sql, parameters


def read_calls(warehouse: Warehouse, database: str, start_ms: int, end_ms: int) -> list[WeekCall]:
    """Every ended, non-shadow call started in ``[start_ms, end_ms)``, oldest first."""
    sql, parameters = calls_sql(database, start_ms, end_ms)
    result = warehouse.query(sql, parameters=parameters, settings={"readonly": 1})
    return [_call(values) for values in result.result_rows]


def read_turns(warehouse: Warehouse, database: str, start_ms: int, end_ms: int) -> list[TurnTiming]:
    """The turns of the calls ``read_calls`` returns for the same range."""
    sql, parameters = turns_sql(database, start_ms, end_ms)
    result = warehouse.query(sql, parameters=parameters, settings={"readonly": 1})
    return [TurnTiming(None if t is None else int(t), bool(w)) for t, w in result.result_rows]


def _call(values: Sequence[Any]) -> WeekCall:
    n = len(COLUMNS)
    sid, end_reason, handoff_reason, escalated, failed_tools = values[n:]
    return WeekCall(
        to_row(values[:n]), str(sid), None if end_reason is None else str(end_reason),
        None if handoff_reason is None else str(handoff_reason), bool(escalated),
        tuple(sorted(str(t) for t in failed_tools)),
    )  # fmt: skip
