"""The chDB engine of the warehouse server: a pool of handles on one data path, one statement per handle.

chDB allows one data path per process; since chDB 4.0 any number of connection handles may be open on it,
each with its own session (``USE``, ``SET``), and statements on different handles run in parallel (each
handle runs one at a time). So the server opens ``handles`` of them and a request takes a free one, as a
ClickHouse server runs each client's query on its own thread: a wallboard's read no longer waits behind a
worker's insert, nor the insert behind the read. Measured before this (one handle under a lock, chDB 4.4,
``bench/rule_latency_kafka.py``): a poll of the live board every 200 ms held the one handle ~86 % of the
time and a worker's writes waited for it. Settings a request carries reach the engine as a ``SETTINGS``
clause (reads, inserts) or, for other statements, as ``SET`` for that statement only on its handle; the
two settings clickhouse-connect sends with every request are set once on every handle instead.

Limits, whatever the client asks: the server's caps (``QueryLimits``) are set on every handle, so every
statement runs under them; a request's own limit settings are clamped to the caps (a client may ask for
less, never more, never 0 = unlimited); a statement whose SQL sets a limit in its own ``SETTINGS``
clause (which would win over both) is refused; and the engine as a whole may not use more than
``max_memory_bytes`` (ClickHouse's ``max_server_memory_usage``), so no query can grow the process until
the kernel kills it.
"""

from __future__ import annotations

import contextlib
import itertools
import logging
import queue
import re
import time
from collections.abc import Iterator
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


DEFAULT_HANDLES = 4
"""Statements the server runs at once: a worker's insert, the API's and the detector's reads side by side."""


@dataclass(slots=True)
class _Handle:
    """One chDB connection and the session state the engine keeps for it."""

    conn: Any
    database: str = "default"


class Engine:
    """``handles`` chDB connections on ``path``, one statement at a time on each, every statement bounded
    by ``caps`` and the engine's memory by ``max_memory_bytes`` (None: ClickHouse's default, 90% of RAM)."""

    def __init__(
        self,
        path: Path,
        caps: QueryLimits | None = None,
        *,
        max_memory_bytes: int | None = None,
        handles: int = DEFAULT_HANDLES,
    ) -> None:
        import chdb

        if handles < 1:
            raise WarehouseServerError(f"the warehouse server needs at least one chDB handle, not {handles}")
        path.mkdir(parents=True, exist_ok=True)
        target = str(path.resolve())
        if max_memory_bytes is not None:
            target += f"?max_server_memory_usage={int(max_memory_bytes)}"
        self.caps = caps
        self._session = {**BASELINE_SETTINGS, **(caps.settings() if caps else {})}
        self._free: queue.LifoQueue[_Handle] = queue.LifoQueue()
        self._count = itertools.count(1)
        self.statements = 0
        self.handles = 0  # opened so far; close() waits for each of them
        open_engine: Any = chdb.connect  # untyped
        for _ in range(handles):
            try:
                handle = _Handle(open_engine(target))
            except Exception as err:
                self.close()
                raise WarehouseServerError(
                    f"cannot open the chDB data path {path}: {err} (is another process using it?)"
                ) from None
            self.handles += 1
            self._free.put(handle)
            try:
                for name, value in self._session.items():
                    handle.conn.query(f"SET {name} = {_quote(value)}", "TabSeparated")
            except Exception:
                self.close()
                raise
        with self._handle() as handle:
            version, zone = (
                handle.conn.query("SELECT version(), timezone()", "TabSeparated").bytes().decode().split("\t")
            )
        self.version, self.timezone = version.strip(), zone.strip()

    def close(self) -> None:
        """Close every handle once it is free (a statement still running on one finishes first)."""
        for _ in range(self.handles):
            try:
                handle = self._free.get(timeout=60)
            except queue.Empty:
                log.error("warehouse server: a chDB handle stayed busy for 60 s; not closing it")
                return
            handle.conn.close()

    @contextlib.contextmanager
    def _handle(self) -> Iterator[_Handle]:
        handle = self._free.get()
        try:
            yield handle
        finally:
            self._free.put(handle)

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
        with self._handle() as handle:
            self.statements = next(self._count)
            try:
                self._use(handle, request.database or "default")
                if request.insert_data is not None:
                    reply = self._insert(handle, request, settings)
                else:
                    reply = self._query(handle, request, settings)
            except WarehouseServerError:
                raise
            except Exception as err:  # chdb raises ChdbError or RuntimeError with ClickHouse's message
                _discard_leftover_output(handle)
                raise _failed(err) from None
        reply.summary["elapsed_ns"] = str(time.perf_counter_ns() - started)
        return reply

    @staticmethod
    def _use(handle: _Handle, database: str) -> None:
        if database != handle.database:
            handle.conn.query(f"USE `{database.replace('`', '')}`", "TabSeparated")
            handle.database = database

    def _insert(self, handle: _Handle, request: SqlRequest, settings: dict[str, str]) -> Reply:
        assert request.insert_data is not None and request.output_format is not None
        sql = request.sql + (f" SETTINGS {_clause(settings)}" if settings else "")
        inserter = handle.conn.send_insert(sql, request.output_format)
        try:
            inserter.append(request.insert_data)
            result = inserter.finish()
        except BaseException:
            inserter.cancel()
            raise
        written = str(getattr(result, "rows_written", 0) or 0)
        return Reply(b"", None, {"written_rows": written, "written_bytes": str(len(request.insert_data))})

    def _query(self, handle: _Handle, request: SqlRequest, settings: dict[str, str]) -> Reply:
        sql, fmt = request.sql, request.output_format
        if settings and _READ.match(sql):
            sql, settings = f"{sql}\nSETTINGS {_clause(settings)}", {}
        if settings and settings.get("readonly", "0") != "0":
            raise QueryFailedError("Cannot execute query in readonly mode. (READONLY)", 164)
        for name, value in settings.items():
            handle.conn.query(f"SET {_name(name)} = {_quote(value)}", "TabSeparated")
        try:
            result = handle.conn.query(sql, fmt or "TabSeparatedWithNames", params=request.params or None)
        finally:
            for name in settings:
                restore = _quote(self._session[name]) if name in self._session else "DEFAULT"
                handle.conn.query(f"SET {name} = {restore}", "TabSeparated")
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


def _discard_leftover_output(handle: _Handle) -> None:
    """Read out what a failed statement left in its handle's output buffer.

    Measured on chDB 26.9: a statement that fails after writing blocks (a result limit in 'throw'
    mode, ``throwIf`` on row 100,000) can leave those bytes behind, and the next statement on the
    handle returns them ahead of its own answer (a client then read 1 MB of numbers before
    ``SELECT version()``). A throwaway statement takes them; it is repeated until it answers alone.
    """
    for _ in range(3):
        with contextlib.suppress(Exception):
            if bytes(handle.conn.query("SELECT 1", "TabSeparated").bytes() or b"") == b"1\n":
                return
    log.error("warehouse server: a chDB handle kept returning leftover output after a failure")


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
