"""Shared fixtures: one embedded ClickHouse (chDB) per test session, fresh databases per test.

chDB allows only one data path per process at a time, so every test shares the session's path and
isolates itself by database name instead (a uuid suffix), which is why the migrations take their
database names as placeholders. Tests open no network connection: chDB runs in-process.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import pytest
from migrated import migrated_databases

from callpulse.warehouse import connect
from stream.metrics.types import CallMetrics, CallResult, InterruptMetrics, TurnMetrics

pytest_plugins = ["kafka_fixtures"]  # the session's one Kafka broker, for every directory that needs it


@dataclass(frozen=True, slots=True)
class Warehouse:
    """A migrated pair of databases of this test, and a client on the session's chDB path."""

    client: Any
    database: str
    restricted_database: str
    applied: tuple[str, ...]

    def rows(self, sql: str) -> list[tuple[Any, ...]]:
        """Result rows of ``sql`` after replacing ``{db}`` and ``{rdb}`` with this test's databases."""
        query = sql.replace("{db}", self.database).replace("{rdb}", self.restricted_database)
        return [tuple(row) for row in self.client.query(query).result_rows]


@pytest.fixture(scope="session")
def chdb_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The one chDB data path of this test session."""
    return tmp_path_factory.mktemp("chdb") / "warehouse"


@pytest.fixture(scope="session")
def chdb_client(chdb_path: Path) -> Iterator[Any]:
    """A client on the session's chDB path, closed at the end of the session."""
    client = connect(f"chdb://{chdb_path.resolve()}")
    yield client
    client.close()


@pytest.fixture
def warehouse(chdb_client: Any) -> Iterator[Warehouse]:
    """Uniquely named databases with every migration applied; dropped after the test."""
    with migrated_databases(chdb_client) as dbs:
        yield Warehouse(chdb_client, dbs.database, dbs.restricted_database, dbs.applied)


T0_MS = 1_764_000_000_000  # 2025-11-24T16:00:00Z, a minute boundary


DEFAULTS = tomllib.loads((Path(__file__).parent / "result_defaults.toml").read_text())
"""The readable defaults of ``make_result``'s rows, a table per row type (``call``, ``turn``, ``interrupt``)."""

Row = TypeVar("Row", CallMetrics, TurnMetrics, InterruptMetrics)


def _row(row_type: type[Row], defaults: str, fields: dict[str, Any], overrides: dict[str, Any]) -> Row:
    """The one factory of metric rows: ``fields`` (what follows from the call and the row's index), then the
    ``defaults`` table of ``result_defaults.toml``, then the test's ``overrides``, the last one winning."""
    return row_type(**{**fields, **DEFAULTS[defaults], **overrides})


def _call_metrics(call_sid: str, **overrides: Any) -> CallMetrics:
    """An ended, contained, resolved billing call with one turn and no tools, unless overridden."""
    times = {"started_at_ms": T0_MS, "last_event_ms": T0_MS + 30_000, "ended_at_ms": T0_MS + 30_000}
    return _row(CallMetrics, "call", {"call_sid": call_sid, **times}, overrides)


def _turn(call_sid: str, turn_index: int, **overrides: Any) -> TurnMetrics:
    event_id, start_ms = f"{call_sid}-caller-{turn_index}", T0_MS + turn_index * 5_000
    fields = {
        "call_sid": call_sid,
        "turn_index": turn_index,
        "caller_event_id": event_id,
        "start_ms": start_ms,
    }
    return _row(TurnMetrics, "turn", fields, overrides)


def _interrupt(call_sid: str, interrupt_index: int, **overrides: Any) -> InterruptMetrics:
    event_id, ts_ms = f"{call_sid}-interrupt-{interrupt_index}", T0_MS + interrupt_index * 5_000 + 2_000
    fields = {"call_sid": call_sid, "interrupt_index": interrupt_index, "event_id": event_id, "ts_ms": ts_ms}
    return _row(InterruptMetrics, "interrupt", fields, overrides)


class ResultFactory:
    """Builds ``CallResult``s with readable defaults; keyword arguments override ``CallMetrics`` fields."""

    t0_ms = T0_MS
    turn = staticmethod(_turn)
    interrupt = staticmethod(_interrupt)

    def __call__(
        self,
        call_sid: str = "CA" + "1" * 32,
        *,
        turn_rows: tuple[TurnMetrics, ...] = (),
        interrupt_rows: tuple[InterruptMetrics, ...] = (),
        **call: Any,
    ) -> CallResult:
        metrics = _call_metrics(call_sid, **call)
        return CallResult(call=metrics, turns=turn_rows, interrupts=interrupt_rows)


@pytest.fixture
def make_result() -> ResultFactory:
    """A factory of metric results to write (``make_result("CA1", ended=False, events=3)``)."""
    return ResultFactory()
