"""Shared fixtures: one embedded ClickHouse (chDB) per test session, fresh databases per test.

chDB allows only one data path per process at a time, so every test shares the session's path and
isolates itself by database name instead (a uuid suffix), which is why the migrations take their
database names as placeholders. Tests open no network connection: chDB runs in-process.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

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


def _call_metrics(call_sid: str, **overrides: Any) -> CallMetrics:
    """An ended, contained, resolved billing call with one turn and no tools, unless overridden."""
    values: dict[str, Any] = {
        "call_sid": call_sid,
        "workflow": "billing",
        "agent_name": "test-agent",
        "agent_version": "1.0.0",
        "agent_model": "rules-v1",
        "prompt_version": "p1",
        "canary": False,
        "shadow": False,
        "started_at_ms": T0_MS,
        "last_event_ms": T0_MS + 30_000,
        "ended": True,
        "ended_at_ms": T0_MS + 30_000,
        "end_status": "completed",
        "end_reason": "hangup",
        "handle_time_ms": 30_000,
        "escalated": False,
        "contained": True,
        "resolved_contained": True,
        "abandoned_early": False,
        "task_success": True,
        "tasks_started": 1,
        "tasks_succeeded": 1,
        "tasks_failed": 0,
        "turns": 1,
        "ttfhw_first_ms": 800,
        "ttfhw_p50_ms": 800.0,
        "ttfhw_p95_ms": 800.0,
        "turns_within_budget": 1,
        "no_helpful_turns": 0,
        "dead_air_turns": 0,
        "interrupts": 0,
        "interrupts_recovered": 0,
        "interrupts_yielded": 0,
        "interrupts_answered": 0,
        "interrupts_not_repeated": 0,
        "sentiment_first": 0.0,
        "sentiment_last": 0.5,
        "sentiment_delta": 0.5,
        "short_call": True,
        "tool_calls": 0,
        "tool_failures": 0,
        "events": 10,
    }
    values.update(overrides)
    return CallMetrics(**values)


def _turn(call_sid: str, turn_index: int, **overrides: Any) -> TurnMetrics:
    values: dict[str, Any] = {
        "call_sid": call_sid,
        "turn_index": turn_index,
        "caller_event_id": f"{call_sid}-caller-{turn_index}",
        "start_ms": T0_MS + turn_index * 5_000,
        "first_token_ms": 400,
        "ttfhw_ms": 800,
        "within_budget": True,
        "response": "helpful",
        "dead_air": False,
        "interrupted": False,
        "sentiment": 0.1,
    }
    values.update(overrides)
    return TurnMetrics(**values)


def _interrupt(call_sid: str, interrupt_index: int, **overrides: Any) -> InterruptMetrics:
    values: dict[str, Any] = {
        "call_sid": call_sid,
        "interrupt_index": interrupt_index,
        "event_id": f"{call_sid}-interrupt-{interrupt_index}",
        "ts_ms": T0_MS + interrupt_index * 5_000 + 2_000,
        "yielded": True,
        "answered": True,
        "not_repeated": True,
        "recovered": True,
        "window_truncated": False,
    }
    values.update(overrides)
    return InterruptMetrics(**values)


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
