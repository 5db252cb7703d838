"""The one chDB engine of the warehouse server: every statement runs here, one at a time.

chDB allows one data path per process, and a connection handle runs one statement at a time, so the
server owns one handle and a lock. Settings a request carries reach the engine as a ``SETTINGS``
clause (reads, inserts) or, for other statements, as ``SET`` for that statement only; the two
settings clickhouse-connect sends with every request are set once on the handle instead.
"""

from __future__ import annotations

import re
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from callpulse.warehouse_server.errors import QueryFailedError, WarehouseServerError
from callpulse.warehouse_server.protocol import SqlRequest

BASELINE_SETTINGS = {"date_time_input_format": "best_effort", "cast_string_to_dynamic_use_inference": "1"}
"""Set once on the handle: clickhouse-connect sends these with every request after its handshake."""

_READ = re.compile(r"^\s*(SELECT|WITH|\()", re.IGNORECASE)
_CODE = re.compile(r"Code:\s*(\d+)")
_SETTING_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


@dataclass(frozen=True, slots=True)
class Reply:
    """What a statement returned: the body, the format it is in (None: no result set), and counts."""

    body: bytes
    output_format: str | None
    summary: dict[str, str] = field(default_factory=dict)


class Engine:
    """One chDB connection on ``path``, shared by every request under a lock."""

    def __init__(self, path: Path) -> None:
        import chdb

        path.mkdir(parents=True, exist_ok=True)
        try:
            open_engine: Any = chdb.connect  # untyped
            self._conn: Any = open_engine(str(path.resolve()))
        except Exception as err:
            raise WarehouseServerError(
                f"cannot open the chDB data path {path}: {err} (is another process using it?)"
            ) from None
        self._lock = threading.Lock()
        self._database = "default"
        self.statements = 0
        for name, value in BASELINE_SETTINGS.items():
            self._conn.query(f"SET {name} = {_quote(value)}", "TabSeparated")
        version, zone = (
            self._conn.query("SELECT version(), timezone()", "TabSeparated").bytes().decode().split("\t")
        )
        self.version, self.timezone = version.strip(), zone.strip()

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def execute(self, request: SqlRequest) -> Reply:
        """Run one statement; a refusal by the engine is a ``QueryFailedError`` with ClickHouse's code."""
        settings = {k: v for k, v in request.settings.items() if BASELINE_SETTINGS.get(k) != v}
        started = time.perf_counter_ns()
        with self._lock:
            self.statements += 1
            try:
                self._use(request.database or "default")
                if request.insert_data is not None:
                    reply = self._insert(request, settings)
                else:
                    reply = self._query(request, settings)
            except WarehouseServerError:
                raise
            except Exception as err:  # chdb raises ChdbError or RuntimeError with ClickHouse's message
                raise _failed(err) from None
        reply.summary["elapsed_ns"] = str(time.perf_counter_ns() - started)
        return reply

    def _use(self, database: str) -> None:
        if database != self._database:
            self._conn.query(f"USE `{database.replace('`', '')}`", "TabSeparated")
            self._database = database

    def _insert(self, request: SqlRequest, settings: dict[str, str]) -> Reply:
        assert request.insert_data is not None and request.output_format is not None
        sql = request.sql + (f" SETTINGS {_clause(settings)}" if settings else "")
        inserter = self._conn.send_insert(sql, request.output_format)
        try:
            inserter.append(request.insert_data)
            result = inserter.finish()
        except BaseException:
            inserter.cancel()
            raise
        written = str(getattr(result, "rows_written", 0) or 0)
        return Reply(b"", None, {"written_rows": written, "written_bytes": str(len(request.insert_data))})

    def _query(self, request: SqlRequest, settings: dict[str, str]) -> Reply:
        sql, fmt = request.sql, request.output_format
        if settings and _READ.match(sql):
            sql, settings = f"{sql}\nSETTINGS {_clause(settings)}", {}
        if settings and settings.get("readonly", "0") != "0":
            raise QueryFailedError("Cannot execute query in readonly mode. (READONLY)", 164)
        for name, value in settings.items():
            self._conn.query(f"SET {_name(name)} = {_quote(value)}", "TabSeparated")
        try:
            result = self._conn.query(sql, fmt or "TabSeparatedWithNames", params=request.params or None)
        finally:
            for name in settings:
                restore = _quote(BASELINE_SETTINGS[name]) if name in BASELINE_SETTINGS else "DEFAULT"
                self._conn.query(f"SET {name} = {restore}", "TabSeparated")
        body = bytes(result.bytes() or b"")
        summary = {
            "read_rows": str(result.rows_read()),
            "read_bytes": str(result.bytes_read()),
            "written_rows": str(getattr(result, "rows_written", lambda: 0)()),
        }
        if fmt is not None:
            return Reply(body, fmt, summary)
        # No format named: TabSeparated, like ClickHouse. A statement without a result set prints
        # nothing even with names, so the names line tells the two apart (X-ClickHouse-Format).
        if not body:
            return Reply(b"", None, summary)
        return Reply(body.partition(b"\n")[2], "TabSeparated", summary)


def _failed(err: Exception) -> QueryFailedError:
    message = str(err).strip()
    start = message.find("Code: ")
    if start > 0:
        message = message[start:]
    match = _CODE.search(message)
    return QueryFailedError(message or type(err).__name__, int(match.group(1)) if match else 1001)


def _clause(settings: dict[str, str]) -> str:
    return ", ".join(f"{_name(k)} = {_quote(v)}" for k, v in settings.items())


def _name(name: str) -> str:
    if not _SETTING_NAME.match(name):
        raise QueryFailedError(f"Unknown setting {name!r}. (UNKNOWN_SETTING)", 115)
    return name


def _quote(value: str) -> str:
    return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'"
