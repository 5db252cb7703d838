"""``callpulse query``: read-only SQL for analysts on the analytics database (never the restricted one)."""

from __future__ import annotations

import csv
import re
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import orjson
from rich.console import Console
from rich.table import Table

from callpulse.cli.args import add_command, positive_int
from callpulse.errors import QueryError
from callpulse.settings import Settings
from devstack.query_limits import QueryLimits, limit_set_in
from stream.warehouse import Warehouse

_WRITE_STATEMENT = re.compile(
    r"^\s*(insert|create|drop|alter|truncate|delete|update|rename|optimize|system|set|grant|revoke|kill"
    r"|attach|detach|exchange|use|backup|restore|undrop|move|replace|check)\b",
    re.IGNORECASE,
)
"""Statements that change something, refused with a sentence before they reach the warehouse. Anything
else goes to ClickHouse with ``readonly=1``: a typo ("SELEC") gets ClickHouse's own syntax error, and a
write that slipped past this list is still refused by the warehouse."""
_LEADING_COMMENTS = re.compile(r"^(\s*(--[^\n]*(\n|$)|/\*.*?\*/))*", re.DOTALL)
"""Comments before the statement (a pasted query often starts with one)."""
_OTHER_DATABASES = re.compile(
    r"\b(merge|remote|remoteSecure|cluster|clusterAllReplicas|file|url|s3|s3Cluster|hdfs|input|executable"
    r"|mysql|postgresql|sqlite|jdbc|odbc)\s*\(",
    re.IGNORECASE,
)
"""Table functions that reach tables by pattern or outside the warehouse (merge(REGEXP('^callpulse_r'), …)
would read the restricted database without naming it)."""


def register(commands: Any) -> None:
    query = add_command(commands, "query", run_query)
    query.add_argument("sql", help='e.g. "SELECT count() FROM calls FINAL"')
    query.add_argument(
        "--format",
        choices=("table", "csv", "jsonl"),
        default="table",
        help="table for people, csv or jsonl for other programs (default table)",
    )
    query.add_argument(
        "--limit",
        type=positive_int,
        default=1_000,
        help="rows the warehouse returns at most; more are cut, with a 'truncated at N rows' note "
        "(default 1000)",
    )


@dataclass(frozen=True, slots=True)
class QueryResult:
    columns: tuple[str, ...]
    rows: list[Sequence[Any]]
    truncated_at: int | None = None
    """The row limit the result was cut at (more rows matched), or None when it is whole."""


def limits(settings: Settings, rows: int) -> QueryLimits:
    """The limits of one ``callpulse query``: ``rows`` + 1 result rows (the extra one tells a truncated
    result from one that fits), cut rather than failed; time, memory and scan from the settings."""
    if rows > settings.query_max_result_rows:
        raise QueryError(
            f"--limit {rows:,} is above the {settings.query_max_result_rows:,} rows a query may return; "
            "ask for fewer, aggregate in SQL, or raise CALLPULSE_QUERY_MAX_RESULT_ROWS"
        )
    return QueryLimits(
        max_result_rows=rows + 1,
        max_execution_s=settings.query_max_execution_s,
        max_memory_bytes=settings.query_max_memory_bytes,
        max_rows_to_read=settings.query_max_rows_to_read,
        overflow="break",
    )


def read_only(client: Warehouse, settings: Settings, sql: str, *, limit: int = 1_000) -> QueryResult:
    """Run one read-only statement with ``readonly=1`` and the limits of ``limits``: at most ``limit``
    rows come back (``truncated_at`` says when more matched), and a query past the time, memory or scan
    limit fails with ClickHouse's message. The client's default database is ``callpulse``."""
    if _WRITE_STATEMENT.match(_LEADING_COMMENTS.sub("", sql, count=1)):
        raise QueryError("only read statements are allowed (SELECT, WITH, SHOW, DESCRIBE, EXPLAIN)")
    if settings.restricted_database.lower() in sql.lower():
        raise QueryError(
            f"{settings.restricted_database} holds raw transcripts; read them through the API, "
            "which asks for a reason and audits the read"
        )
    if reach := _OTHER_DATABASES.search(sql):
        raise QueryError(
            f"table function {reach.group(1)}() can reach {settings.restricted_database} and other "
            f"databases; name the {settings.database} tables instead (e.g. FROM calls FINAL)"
        )
    if name := limit_set_in(sql):
        raise QueryError(
            f"the query sets {name} itself; limits come from CALLPULSE_QUERY_* and --limit (drop it from "
            "the SETTINGS clause)"
        )
    bounds = limits(settings, limit)
    try:
        result = client.query(sql, settings={"readonly": 1, **bounds.settings()})
    except Exception as err:  # the driver raises its own types for server-side errors
        raise QueryError(_explained(_first_line(str(err)), settings)) from None
    rows = list(result.result_rows)
    if len(rows) > limit:  # 'break' stops at a block boundary: up to ~65k rows past the limit
        return QueryResult(tuple(result.column_names), rows[:limit], truncated_at=limit)
    return QueryResult(tuple(result.column_names), rows)


def run_query(args: Any) -> int:
    """run read-only SQL on the analytics database

    Run one read-only statement (SELECT, WITH, SHOW, DESCRIBE, EXPLAIN) on the analytics database, bounded by
    CALLPULSE_QUERY_* limits; the restricted database is refused.

    ``callpulse query``: the limits are where the query runs (embedded chDB or a server), and
    ``--limit`` is how many rows the warehouse returns, not only how many are printed."""
    from callpulse import compose
    from callpulse.settings import get_settings

    settings = get_settings()
    client = compose.open_warehouse(settings)
    result = read_only(client, settings, args.sql, limit=args.limit)
    print_result(Console(), result, fmt=args.format)
    return 0


def print_result(console: Console, result: QueryResult, *, fmt: str, limit: int | None = None) -> None:
    """Rows as a table, CSV or JSON lines; a truncated result says so on stderr (and under the table),
    so a CSV or JSONL file never silently holds only part of the answer. ``limit`` trims further."""
    if limit is not None and len(result.rows) > limit:
        result = QueryResult(result.columns, result.rows[:limit], truncated_at=limit)
    rows = result.rows
    if fmt == "csv":
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(result.columns)
        writer.writerows(rows)
    elif fmt == "jsonl":
        for row in rows:
            sys.stdout.write(
                orjson.dumps(dict(zip(result.columns, row, strict=True)), default=str).decode() + "\n"
            )
    else:
        table = Table(*result.columns, show_lines=False)
        for row in rows:
            table.add_row(*("NULL" if v is None else str(v) for v in row))
        console.print(table)
        console.print(f"{len(rows):,} row(s)")
    if result.truncated_at is not None:
        note = (
            f"truncated at {result.truncated_at:,} rows: the query matched more; add a LIMIT, aggregate, "
            "or raise --limit"
        )
        Console(stderr=True).print(note) if fmt != "table" else console.print(note)


def _explained(message: str, settings: Settings) -> str:
    """ClickHouse's message, with the setting to change when a limit stopped the query."""
    hints = {
        "TIMEOUT_EXCEEDED": f"time limit {settings.query_max_execution_s:g} s "
        "(CALLPULSE_QUERY_MAX_EXECUTION_S)",
        "MEMORY_LIMIT_EXCEEDED": f"memory limit {settings.query_max_memory_bytes:,} bytes "
        "(CALLPULSE_QUERY_MAX_MEMORY_BYTES)",
        "TOO_MANY_ROWS)": f"scan limit {settings.query_max_rows_to_read:,} rows "
        "(CALLPULSE_QUERY_MAX_ROWS_TO_READ)",
    }
    for code, hint in hints.items():
        if code in message:
            return f"{message} [query stopped by the {hint}]"
    return message


def _first_line(message: str) -> str:
    line = message.strip().splitlines()[0] if message.strip() else "query failed"
    return line[:500]
