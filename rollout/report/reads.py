"""What the weekly report reads from the warehouse: every ended, non-shadow call started in a range (one row
each, from ``calls FINAL``) and the time to first helpful word of those calls' turns. Parameterised SQL,
read-only settings; nothing but redacted text (``handoff_reason`` is stored redacted)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from rollout.cohorts import COLUMNS, CallRow, to_row
from rollout.report.errors import ReportError
from stream.warehouse import Warehouse

_IDENTIFIER = re.compile(r"^[A-Za-z_][A-Za-z0-9_]{0,63}$")
_EXTRA = (
    "call_sid", "toString(end_reason)", "handoff_reason", "escalated",
    "mapKeys(mapFilter((k, v) -> v > 0, tool_failures_by_tool))",
)  # fmt: skip
_RANGE = (
    "ended AND NOT shadow"
    " AND started_at >= fromUnixTimestamp64Milli({start_ms:Int64}, 'UTC')"
    " AND started_at < fromUnixTimestamp64Milli({end_ms:Int64}, 'UTC')"
)


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


def calls_sql(database: str) -> str:
    _check(database)
    return (
        f"SELECT {', '.join((*COLUMNS, *_EXTRA))} FROM {database}.calls FINAL "
        f"WHERE {_RANGE} ORDER BY started_at, call_sid"
    )


def turns_sql(database: str) -> str:
    _check(database)
    return (
        f"SELECT ttfhw_ms, within_budget FROM {database}.turn_metrics FINAL "
        f"WHERE call_sid IN (SELECT call_sid FROM {database}.calls FINAL WHERE {_RANGE}) "
        "ORDER BY call_sid, turn_index"
    )


def read_calls(warehouse: Warehouse, database: str, start_ms: int, end_ms: int) -> list[WeekCall]:
    """Every ended, non-shadow call started in ``[start_ms, end_ms)``, oldest first."""
    result = warehouse.query(
        calls_sql(database), parameters={"start_ms": start_ms, "end_ms": end_ms}, settings={"readonly": 1}
    )
    return [_call(values) for values in result.result_rows]


def read_turns(warehouse: Warehouse, database: str, start_ms: int, end_ms: int) -> list[TurnTiming]:
    """The turns of the calls ``read_calls`` returns for the same range."""
    result = warehouse.query(
        turns_sql(database), parameters={"start_ms": start_ms, "end_ms": end_ms}, settings={"readonly": 1}
    )
    return [TurnTiming(None if t is None else int(t), bool(w)) for t, w in result.result_rows]


def _call(values: Sequence[Any]) -> WeekCall:
    n = len(COLUMNS)
    sid, end_reason, handoff_reason, escalated, failed_tools = values[n:]
    return WeekCall(
        to_row(values[:n]), str(sid), None if end_reason is None else str(end_reason),
        None if handoff_reason is None else str(handoff_reason), bool(escalated),
        tuple(sorted(str(t) for t in failed_tools)),
    )  # fmt: skip


def _check(database: str) -> None:
    if not _IDENTIFIER.match(database):
        raise ReportError(f"not a database name: {database!r}")
