"""The human baseline: imported human-handled calls stored in ``human_calls`` and read as ``CallRow``s, so
that ``compare_rows`` and the weekly report put them beside the agent's calls.

A human call as a ``CallRow`` (``human_row``): ``agent_version`` ``"human"``; ``abandoned_early`` = the
export's ``abandoned`` (the caller hung up before anyone answered); ``contained`` = not transferred;
``resolved_contained`` = resolved and not transferred; ``handle_time_ms`` from ``handle_time_s``. What the
humans lack is absent: no task, no turns (so no TTFHW, no interruptions), no sentiment (``None``), no
tools; ``agent_failed`` is ``False`` because there is no agent — it is not a KPI of humans, and
``NOT_COMPARABLE`` lists it with every KPI a comparison against humans must leave out.
"""

from __future__ import annotations

import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from ingest.baseline.parse import HumanCall, Parsed
from rollout.cohorts import CallRow
from rollout.sql import checked_database, started_within
from stream.warehouse import Warehouse

HUMAN_VERSION = "human"
"""``CallRow.agent_version`` of a human-handled call."""
NOT_COMPARABLE: dict[str, str] = {
    "task_success": "the export has no tasks: a person's calls have no task.completed events",
    "agent_failed": "a person's call has no agent that could fail",
    "ttfhw_p50_ms": "the export has no turns, so no time to first helpful word",
    "ttfhw_p95_ms": "the export has no turns, so no time to first helpful word",
    "ttfhw_within_budget": "the export has no turns, so no time to first helpful word",
    "interruption_recovery": "the export has no turns, so no interruptions",
    "sentiment_delta": "the export has no transcript, so no sentiment",
    "tool_failure_rate": "the export has no tool calls",
}
"""KPIs of ``rollout.kpis.KPIS`` a human call does not have, and why. CSAT, which only humans have, is not
a KPI of the agent either: the agent's calls have no survey score."""
COLUMNS = (
    "call_key", "keyed_by", "started_at", "ended_at", "workflow", "handle_time_s", "resolved", "transferred",
    "abandoned", "csat", "source", "imported_at",
)  # fmt: skip
DLQ_COLUMNS = ("received_at", "source", "kafka_partition", "kafka_offset", "reason_code", "reason", "payload")


@dataclass(frozen=True, slots=True)
class Stored:
    rows_in: int
    stored: int
    dead_lettered: int


def human_row(call: HumanCall) -> CallRow:
    """A human call as the comparisons read a call (see the module's docstring)."""
    contained = not call.transferred
    return CallRow(
        call.started_at_ms, call.workflow, HUMAN_VERSION, False, call.abandoned, False,
        contained, contained and call.resolved, 0, False, None, None, 0, 0, 0, 0, None,
        round(call.handle_time_s * 1000), 0, 0,
    )  # fmt: skip


def file_id(source: str, text: str) -> int:
    """The dead letters' partition of one file (a 31-bit CRC of its name and content): re-importing the same
    file re-inserts the same dead letters (collapsed by ``dlq``'s key), another file's never collide."""
    return zlib.crc32(f"{source}\n{text}".encode()) & 0x7FFF_FFFF


def store(
    warehouse: Warehouse, database: str, parsed: Parsed, *, source: str, file: int, imported_at_ms: int
) -> Stored:
    """Insert the parsed calls into ``human_calls`` and the dead rows into ``dlq`` (``source``
    ``baseline``, ``kafka_partition`` = ``file``, ``kafka_offset`` = the line; the payload holds only the
    file's name and the line, never the row)."""
    checked_database(database)
    now = imported_at_ms / 1000
    if parsed.calls:
        rows = [
            [c.call_key, c.keyed_by, c.started_at_ms / 1000, c.ended_at_ms / 1000, c.workflow,
             c.handle_time_s, int(c.resolved), int(c.transferred), int(c.abandoned), c.csat, source, now]
            for c in parsed.calls
        ]  # fmt: skip
        warehouse.insert(
            f"{database}.human_calls", _as_datetimes(rows, (2, 3, 11)), column_names=list(COLUMNS)
        )
    if parsed.dead:
        dead = [
            [now, "baseline", file, d.line, d.code, f"line {d.line}: {d.reason}", f"{source}:{d.line}"]
            for d in parsed.dead
        ]
        warehouse.insert(f"{database}.dlq", _as_datetimes(dead, (0,)), column_names=list(DLQ_COLUMNS))
    return Stored(parsed.rows_in, len(parsed.calls), len(parsed.dead))


def _as_datetimes(rows: list[list[Any]], indexes: Sequence[int]) -> list[list[Any]]:
    for row in rows:
        for i in indexes:
            row[i] = datetime.fromtimestamp(row[i], tz=UTC)
    return rows


def read_human_calls(
    warehouse: Warehouse, start_ms: int | None, end_ms: int | None, workflow: str | None = None, *,
    database: str = "callpulse",
) -> list[tuple[str, HumanCall]]:  # fmt: skip
    """Every imported human call started in ``[start_ms, end_ms)`` (``None``: unbounded), oldest first,
    with its stored key (``FINAL``: a re-imported row counts once)."""
    checked_database(database)
    window, parameters = started_within(start_ms, end_ms, workflow)
    where = ["1", *window]
    sql = (
        "SELECT call_key, toString(keyed_by), toUnixTimestamp64Milli(started_at), "
        "toUnixTimestamp64Milli(ended_at), toString(workflow), handle_time_s, resolved, transferred, "
        f"abandoned, csat FROM {database}.human_calls FINAL WHERE {' AND '.join(where)} "
        "ORDER BY started_at, call_key"
    )
    result = warehouse.query(sql, parameters=parameters, settings={"readonly": 1})
    out = []
    for key, by, start, end, wf, handle, resolved, transferred, abandoned, csat in result.result_rows:
        call = HumanCall(
            str(key), "call_id" if by == "call_id" else "row", int(start), int(end), str(wf), float(handle),
            bool(resolved), bool(transferred), bool(abandoned), None if csat is None else float(csat),
        )  # fmt: skip
        out.append((str(key), call))
    return out


def read_human_rows(
    warehouse: Warehouse, start_ms: int | None, end_ms: int | None, workflow: str | None = None, *,
    database: str = "callpulse",
) -> list[CallRow]:  # fmt: skip
    """The imported human calls started in ``[start_ms, end_ms)``, one workflow or all, as ``CallRow``s
    (``human_row``), oldest first."""
    return [
        human_row(c) for _, c in read_human_calls(warehouse, start_ms, end_ms, workflow, database=database)
    ]
