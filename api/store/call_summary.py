"""One row of ``calls FINAL`` as the API shows it (``CallSummary``), and the SQL that reads it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from api.store.rows import ms

SUMMARY_COLUMNS = (
    "call_sid", "workflow", "agent_name", "agent_version", "canary", "started_at", "last_event_at", "ended",
    "ended_at", "end_status", "end_reason", "handle_time_ms", "contained", "resolved_contained", "escalated",
    "abandoned_early", "agent_failed", "task_success", "turns", "ttfhw_first_ms", "ttfhw_p50_ms",
    "ttfhw_p95_ms", "interrupts", "interrupts_recovered", "sentiment_delta", "tool_calls", "tool_failures",
    "handoff_reason", "handoff_trigger",
)  # fmt: skip
_TIMES = {"started_at", "last_event_at", "ended_at"}


@dataclass(frozen=True, slots=True)
class CallSummary:
    """One row of ``calls FINAL`` (times in epoch ms)."""

    call_sid: str
    workflow: str
    agent_name: str
    agent_version: str
    canary: bool
    started_at_ms: int
    last_event_at_ms: int
    ended: bool
    ended_at_ms: int | None
    end_status: str | None
    end_reason: str | None
    handle_time_ms: int | None
    contained: bool
    resolved_contained: bool
    escalated: bool
    abandoned_early: bool
    agent_failed: bool  # ended by an agent, tap or platform failure (never abandoned_early or contained)
    task_success: bool
    turns: int
    ttfhw_first_ms: int | None
    ttfhw_p50_ms: float | None
    ttfhw_p95_ms: float | None
    interrupts: int
    interrupts_recovered: int
    sentiment_delta: float | None
    tool_calls: int
    tool_failures: int
    handoff_reason: str | None
    handoff_trigger: str | None


def select_columns() -> str:
    return ", ".join(f"toUnixTimestamp64Milli({c})" if c in _TIMES else c for c in SUMMARY_COLUMNS)


def summary_of(row: Any) -> CallSummary:
    values = dict(zip(SUMMARY_COLUMNS, row, strict=True))
    return CallSummary(
        **{k: v for k, v in values.items() if k not in _TIMES},
        started_at_ms=int(values["started_at"]),
        last_event_at_ms=int(values["last_event_at"]),
        ended_at_ms=ms(values["ended_at"]),
    )
