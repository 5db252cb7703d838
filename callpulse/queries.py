"""Read-only SQL for analysts on the analytics database (never the restricted one)."""

from __future__ import annotations

import csv
import re
import sys
from dataclasses import dataclass
from typing import Any

import orjson
from rich.console import Console
from rich.table import Table

from callpulse.errors import QueryError
from callpulse.settings import Settings

_READ_STATEMENT = re.compile(r"^\s*(select|with|show|describe|desc|explain|exists)\b", re.IGNORECASE)
_LEADING_COMMENTS = re.compile(r"^(\s*(--[^\n]*(\n|$)|/\*.*?\*/))*", re.DOTALL)
"""Comments before the statement (a pasted query often starts with one)."""
_OTHER_DATABASES = re.compile(
    r"\b(merge|remote|remoteSecure|cluster|clusterAllReplicas|file|url|s3|s3Cluster|hdfs|input|executable"
    r"|mysql|postgresql|sqlite|jdbc|odbc)\s*\(",
    re.IGNORECASE,
)
"""Table functions that reach tables by pattern or outside the warehouse (merge(REGEXP('^callpulse_r'), …)
would read the restricted database without naming it)."""


@dataclass(frozen=True, slots=True)
class QueryResult:
    columns: tuple[str, ...]
    rows: list[tuple[Any, ...]]


def read_only(client: Any, settings: Settings, sql: str) -> QueryResult:
    """Run one read-only statement with ``readonly=1``. The client's default database is ``callpulse``."""
    if not _READ_STATEMENT.match(_LEADING_COMMENTS.sub("", sql, count=1)):
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
    try:
        result = client.query(sql, settings={"readonly": 1})
    except Exception as err:  # the driver raises its own types for server-side errors
        raise QueryError(_first_line(str(err))) from None
    return QueryResult(tuple(result.column_names), list(result.result_rows))


def print_result(console: Console, result: QueryResult, *, fmt: str, limit: int) -> None:
    rows = result.rows[:limit]
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
        console.print(
            f"{len(result.rows):,} row(s)" + (f", {limit:,} shown" if len(result.rows) > limit else "")
        )


def _first_line(message: str) -> str:
    line = message.strip().splitlines()[0] if message.strip() else "query failed"
    return line[:500]
