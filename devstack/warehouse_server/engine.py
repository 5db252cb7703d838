"""The one chDB engine of the warehouse server: every statement runs here, one at a time.

chDB allows one data path per process, and a connection handle runs one statement at a time, so the
server owns one handle and a lock. Settings a request carries reach the engine as a ``SETTINGS``
clause (reads, inserts) or, for other statements, as ``SET`` for that statement only; the two
settings clickhouse-connect sends with every request are set once on the handle instead.

Limits, whatever the client asks: the server's caps (``QueryLimits``) are set on the handle, so every
statement runs under them; a request's own limit settings are clamped to the caps (a client may ask for
less, never more, never 0 = unlimited); a statement whose SQL sets a limit in its own ``SETTINGS``
clause (which would win over both) is refused; and the engine as a whole may not use more than
``max_memory_bytes`` (ClickHouse's ``max_server_memory_usage``), so no query can grow the process until
the kernel kills it.
"""

from __future__ import annotations

import contextlib
import logging
import re
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from devstack.query_limits import QueryLimits, clamp, limit_set_in
from devstack.warehouse_server.errors import QueryFailedError, WarehouseServerError
from devstack.warehouse_server.protocol import SqlRequest, is_setting_name

log = logging.getLogger("devstack.warehouse_server")

BASELINE_SETTINGS = {"date_time_input_format": "best_effort", "cast_string_to_dynamic_use_inference": "1"}
"""Set once on the handle: clickhouse-connect sends these with every request after its handshake."""

_READ = re.compile(r"^\s*(\(|(SELECT|WITH|SHOW|DESCRIBE|DESC|EXPLAIN|EXISTS)\b)", re.IGNORECASE)
"""Statements that take a trailing SETTINGS clause (so ``readonly=1`` applies to them alone; as a ``SET``
on the handle it could not be undone). ``callpulse query "SHOW TABLES"`` sends ``readonly=1``."""
_CODE = re.compile(r"Code:\s*(\d+)")


@dataclass(frozen=True, slots=True)
class Reply:
    """What a statement returned: the body, the format it is in (None: no result set), and counts."""

    body: bytes
    output_format: str | None
    summary: dict[str, str] = field(default_factory=dict)


class Engine:
    """One chDB connection on ``path``, shared by every request under a lock, every statement bounded
    by ``caps`` and the engine's memory by ``max_memory_bytes`` (None: ClickHouse's default, 90% of RAM)."""

    def __init__(
        self, path: Path, caps: QueryLimits | None = None, *, max_memory_bytes: int | None = None
    ) -> None:
        import chdb

        path.mkdir(parents=True, exist_ok=True)
        target = str(path.resolve())
        if max_memory_bytes is not None:
            target += f"?max_server_memory_usage={int(max_memory_bytes)}"
        self.caps = caps
        self._session = {**BASELINE_SETTINGS, **(caps.settings() if caps else {})}
        try:
            open_engine: Any = chdb.connect  # untyped
            self._conn: Any = open_engine(target)
        except Exception as err:
            raise WarehouseServerError(
                f"cannot open the chDB data path {path}: {err} (is another process using it?)"
            ) from None
        self._lock = threading.Lock()
        self._database = "default"
        self.statements = 0
        for name, value in self._session.items():
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
        if (name := limit_set_in(request.sql)) is not None:
            raise QueryFailedError(
                f"Setting {name} is a limit of this server and cannot be set in the query's SETTINGS "
                "clause; send it as a request setting (it is capped at CALLPULSE_WAREHOUSE_SERVER_*). "
                "(READONLY)",
                164,
            )
        asked = clamp(request.settings, self.caps) if self.caps else request.settings
        settings = {k: v for k, v in asked.items() if self._session.get(k) != v}
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
                self._discard_leftover_output()
                raise _failed(err) from None
        reply.summary["elapsed_ns"] = str(time.perf_counter_ns() - started)
        return reply

    def _discard_leftover_output(self) -> None:
        """Read out what a failed statement left in the handle's output buffer.

        Measured on chDB 26.9: a statement that fails after writing blocks (a result limit in 'throw'
        mode, ``throwIf`` on row 100,000) can leave those bytes behind, and the next statement on the
        handle returns them ahead of its own answer (a client then read 1 MB of numbers before
        ``SELECT version()``). A throwaway statement takes them; it is repeated until it answers alone.
        """
        for _ in range(3):
            with contextlib.suppress(Exception):
                if bytes(self._conn.query("SELECT 1", "TabSeparated").bytes() or b"") == b"1\n":
                    return
        log.error("warehouse server: the chDB handle kept returning leftover output after a failure")

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
                restore = _quote(self._session[name]) if name in self._session else "DEFAULT"
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
    if not is_setting_name(name):
        raise QueryFailedError(f"Unknown setting {name!r}. (UNKNOWN_SETTING)", 115)
    return name


def _quote(value: str) -> str:
    return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'"
