"""Reading calls for the API: the filtered call list (here) and one call in full (``call_detail``,
re-exported: redacted transcript by turn, per-turn metrics, tool calls, interruptions, the timeline).

Every value from a caller reaches ClickHouse as a bound parameter (``{name:Type}``), never as SQL text.
Turn numbers are the pipeline's (``turn_metrics.turn_index``, 1-based in caller-utterance order);
turn 0 is the agent's greeting before the caller first speaks. The anomaly detector's transcript
links (``/calls/{sid}#turn-N``) use the same numbers.
"""

from __future__ import annotations

from dataclasses import dataclass

from api.store.call_detail import (
    CallDetail,
    Interruption,
    TimelineEvent,
    ToolCall,
    TranscriptTurn,
    TurnMetric,
    Utterance,
    get_call,
    turn_at,
)
from api.store.call_summary import CallSummary, select_columns, summary_of
from api.store.conditions import Conditions
from stream.warehouse import Warehouse

__all__ = [
    "MAX_LIMIT", "CallDetail", "CallFilter", "CallSummary", "Interruption", "TimelineEvent", "ToolCall",
    "TranscriptTurn", "TurnMetric", "Utterance", "call_exists", "get_call", "list_calls", "turn_at",
]  # fmt: skip
MAX_LIMIT = 500


@dataclass(frozen=True, slots=True)
class CallFilter:
    """Filters of the call list; None means "any". Times are epoch ms on ``started_at``; the TTFHW
    range applies to the call's TTFHW p95; ``q`` searches the REDACTED transcript, case-insensitive."""

    workflow: str | None = None
    since_ms: int | None = None
    until_ms: int | None = None
    contained: bool | None = None
    escalated: bool | None = None
    ended: bool | None = None
    ttfhw_min_ms: float | None = None
    ttfhw_max_ms: float | None = None
    agent_version: str | None = None
    q: str | None = None
    limit: int = 50
    offset: int = 0


def list_calls(client: Warehouse, database: str, flt: CallFilter) -> list[CallSummary]:
    """Calls matching ``flt``, newest first (then by SID, so pages are stable)."""
    conditions = _conditions(database, flt)
    params = conditions.params | {"limit": max(1, min(flt.limit, MAX_LIMIT)), "offset": max(0, flt.offset)}
    sql = (
        f"SELECT {select_columns()} FROM {database}.calls FINAL WHERE {conditions.sql} "
        "ORDER BY started_at DESC, call_sid LIMIT {limit:UInt32} OFFSET {offset:UInt64}"
    )
    return [summary_of(row) for row in client.query(sql, parameters=params).result_rows]


def call_exists(client: Warehouse, database: str, call_sid: str) -> bool:
    rows = client.query(
        f"SELECT count() FROM {database}.calls WHERE call_sid = {{sid:String}}", parameters={"sid": call_sid}
    ).result_rows
    return bool(rows and rows[0][0])


def _conditions(database: str, flt: CallFilter) -> Conditions:
    conditions = Conditions()
    conditions.equal("workflow", flt.workflow)
    conditions.equal("agent_version", flt.agent_version)
    for column, flag in (("contained", flt.contained), ("escalated", flt.escalated), ("ended", flt.ended)):
        conditions.equal(column, flag, "Bool")
    conditions.since("started_at", flt.since_ms)
    conditions.until("started_at", flt.until_ms)
    conditions.add("ttfhw_p95_ms >= {ttfhw_min:Float64}", "ttfhw_min", flt.ttfhw_min_ms)
    conditions.add("ttfhw_p95_ms <= {ttfhw_max:Float64}", "ttfhw_max", flt.ttfhw_max_ms)
    conditions.add(
        f"call_sid IN (SELECT call_sid FROM {database}.turns "
        "WHERE positionCaseInsensitiveUTF8(text, {q:String}) > 0)",
        "q",
        flt.q or None,
    )
    return conditions
