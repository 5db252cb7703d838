"""Seeded weeks for the weekly report tests: 2026-W48 (Mon 23 Nov - Sun 29 Nov 2026) and the week before,
written to the test's warehouse as ``calls`` and ``turn_metrics`` rows. Each call's spec is kept, so a test
computes the expected figures from the specs by plain arithmetic (never by the report's own functions)."""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import pytest
from migrated import migrated_databases

from stream.metrics.types import CallMetrics, CallResult, ToolStats, TurnMetrics
from stream.rows import TABLE_COLUMNS, call_row, turn_metrics_row

W48_START_MS = 1_795_392_000_000  # 2026-11-23T00:00:00Z
W47_START_MS = W48_START_MS - 7 * 86_400_000
DAY_MS = 86_400_000
HANDOFF_REASONS = ("caller asked for an agent", "payment system unavailable", "billing dispute over limit")
HOSTILE_REASON = '<script>alert("x")</script> caller wanted a <b>person</b>'
"""A stored hand-off reason the page must escape (one seeded call has it)."""


CALL_DEFAULTS: dict[str, Any] = {
    "agent_name": "test-agent", "agent_model": "rules-v1", "prompt_version": "p1", "canary": False,
    "shadow": False, "ended": True, "end_status": "completed", "end_reason": "hangup", "tasks_started": 1,
    "tasks_succeeded": 1, "tasks_failed": 0, "turns": 3, "ttfhw_first_ms": 800, "ttfhw_p50_ms": 800.0,
    "ttfhw_p95_ms": 900.0, "turns_within_budget": 2, "no_helpful_turns": 0, "dead_air_turns": 0,
    "interrupts": 0, "interrupts_recovered": 0, "interrupts_yielded": 0, "interrupts_answered": 0,
    "interrupts_not_repeated": 0, "sentiment_first": 0.0, "sentiment_last": 0.0, "short_call": False,
    "events": 10,
}  # fmt: skip
"""What a seeded call does not set itself."""


@dataclass
class Seeded:
    """What was written: the specs of the calls the report must count, and of those it must leave out."""

    counted: list[dict[str, Any]] = field(default_factory=list)
    """Ended, non-shadow calls of 2026-W48."""
    before: list[dict[str, Any]] = field(default_factory=list)
    """Ended, non-shadow calls of 2026-W47."""
    ttfhw: list[int] = field(default_factory=list)
    """Every turn's TTFHW of the counted calls."""
    ttfhw_before: list[int] = field(default_factory=list)


def _spec(rng: random.Random, i: int, start_ms: int, version: str) -> dict[str, Any]:
    sid = f"CA{start_ms // 1000:010d}{i:022d}"
    roll = rng.random()
    abandoned = roll < 0.05
    failed = 0.05 <= roll < 0.09
    escalated = 0.09 <= roll < 0.35
    contained = not (abandoned or failed or escalated)
    resolved = contained and rng.random() < 0.75
    tools: dict[str, ToolStats] = {}
    if rng.random() < 0.5:
        fails = 1 if rng.random() < 0.15 else 0
        tools["lookup_bill"] = ToolStats(calls=1, failures=fails)
    handle = rng.randrange(20_000, 400_000)
    return {
        "call_sid": sid, "workflow": rng.choice(("billing", "refill", "appointment")), "agent_version": version,
        "canary": version == "1.5.0", "started_at_ms": start_ms + (i % 7) * DAY_MS + 3_600_000 * (8 + i % 9),
        "ended_at_ms": start_ms + (i % 7) * DAY_MS + 3_600_000 * (8 + i % 9) + handle, "handle_time_ms": handle,
        "abandoned_early": abandoned, "agent_failed": failed, "escalated": escalated, "contained": contained,
        "resolved_contained": resolved, "task_success": resolved, "tasks_started": 0 if abandoned else 1,
        "tasks_succeeded": int(resolved), "tasks_failed": int(not resolved and not abandoned),
        "end_status": "failed" if failed else "completed", "end_reason": "agent_error" if failed else "hangup",
        "handoff_reason": rng.choice(HANDOFF_REASONS) if escalated else None,
        "sentiment_delta": None if rng.random() < 0.1 else round(rng.uniform(-0.6, 0.6), 3),
        "tools": tools, "tool_calls": sum(t.calls for t in tools.values()),
        "tool_failures": sum(t.failures for t in tools.values()), "turns": 3,
        "last_event_ms": start_ms + (i % 7) * DAY_MS + 3_600_000 * (8 + i % 9) + handle,
    }  # fmt: skip


def seed_weeks(warehouse: Any, *, calls: int = 420, seed: int = 48) -> Seeded:
    rng = random.Random(seed)
    out = Seeded()
    call_rows, turn_rows = [], []

    def add(spec: dict[str, Any], counted: list[dict[str, Any]] | None, ttfhw: list[int] | None) -> None:
        turns = tuple(
            TurnMetrics(spec["call_sid"], t, f"{spec['call_sid']}-{t}", spec["started_at_ms"] + 5_000 * t, 300,
                        (v := rng.randrange(300, 4_000)), v <= 1_500, "helpful", False, False, 0.1)
            for t in range(3)
        )  # fmt: skip
        result = CallResult(call=CallMetrics(**{**CALL_DEFAULTS, **spec}), turns=turns, interrupts=())
        call_rows.append(call_row(result, 0))
        turn_rows.extend(turn_metrics_row(result, t) for t in turns)
        if counted is not None and ttfhw is not None:
            counted.append(spec)
            ttfhw.extend(t.ttfhw_ms for t in turns)

    for i in range(calls):
        spec = _spec(rng, i, W48_START_MS, "1.5.0" if i % 5 == 0 else "1.4.0")
        if spec["escalated"] and not any(s["handoff_reason"] == HOSTILE_REASON for s in out.counted):
            spec["handoff_reason"] = HOSTILE_REASON
        add(spec, out.counted, out.ttfhw)
    for i in range(calls // 2):
        add(_spec(rng, 10_000 + i, W47_START_MS, "1.4.0"), out.before, out.ttfhw_before)
    # left out: shadow calls and calls still in progress this week, and calls of the week after
    for i in range(20):
        add({**_spec(rng, 20_000 + i, W48_START_MS, "1.4.0"), "shadow": True}, None, None)
        add(
            {**_spec(rng, 30_000 + i, W48_START_MS, "1.4.0"), "ended": False, "ended_at_ms": None}, None, None
        )
        add(_spec(rng, 40_000 + i, W48_START_MS + 7 * DAY_MS, "1.4.0"), None, None)
    db = warehouse.database
    warehouse.client.insert(f"{db}.calls", call_rows, column_names=list(TABLE_COLUMNS["calls"]))
    warehouse.client.insert(f"{db}.turn_metrics", turn_rows, column_names=list(TABLE_COLUMNS["turn_metrics"]))
    return out


@dataclass(frozen=True, slots=True)
class SeededWarehouse:
    client: Any
    database: str
    restricted_database: str


@pytest.fixture(scope="module")
def seeded_warehouse(chdb_client: Any) -> Iterator[tuple[SeededWarehouse, Seeded]]:
    """One migrated, seeded warehouse for a module's tests (they only read it)."""
    with migrated_databases(chdb_client) as dbs:
        wh = SeededWarehouse(chdb_client, dbs.database, dbs.restricted_database)
        yield wh, seed_weeks(wh)


@pytest.fixture
def warehouse(seeded_warehouse: tuple[SeededWarehouse, Seeded]) -> SeededWarehouse:
    return seeded_warehouse[0]


@pytest.fixture
def seeded(seeded_warehouse: tuple[SeededWarehouse, Seeded]) -> Seeded:
    return seeded_warehouse[1]
