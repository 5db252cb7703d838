"""Fixtures of the rollout tests: ended calls of given versions written to the per-test chDB warehouse."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest

from stream.rows import TABLE_COLUMNS, call_row


def write_calls(warehouse: Any, make_result: Any, specs: list[dict[str, Any]]) -> None:
    rows = []
    for i, spec in enumerate(specs):
        sid = f"CA{i:032x}"
        rows.append(call_row(make_result(sid, started_at_ms=make_result.t0_ms + i * 60_000, **spec), 0))
    warehouse.client.insert(f"{warehouse.database}.calls", rows, column_names=list(TABLE_COLUMNS["calls"]))


def version_calls(version: str, n: int, resolved_every: int, **extra: Any) -> list[dict[str, Any]]:
    """``n`` ended calls of ``version``; one in ``resolved_every`` is resolved, the others handed off."""
    out = []
    for i in range(n):
        resolved = i % resolved_every == 0
        out.append({
            "agent_version": version, "resolved_contained": resolved, "contained": resolved,
            "escalated": not resolved, "task_success": resolved, "handle_time_ms": 40_000 + 500 * (i % 40),
            **extra,
        })  # fmt: skip
    return out


@dataclass(frozen=True, slots=True)
class CallWriter:
    """``calls.write(calls.version("1.0.0", 150, 1) + ...)``: rows into the test's warehouse."""

    warehouse: Any
    make_result: Any
    version: Callable[..., list[dict[str, Any]]] = version_calls

    def write(self, specs: list[dict[str, Any]]) -> None:
        write_calls(self.warehouse, self.make_result, specs)


@pytest.fixture
def calls(warehouse: Any, make_result: Any) -> CallWriter:
    return CallWriter(warehouse, make_result)
