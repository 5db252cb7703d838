"""Per-call rows of a cohort, read from ``calls FINAL`` through the ``stream.warehouse`` client protocol.

A cohort is the ended, non-shadow calls of one agent version (``agent_version``) or of the canary or the
rest (the ``canary`` flag), started in ``[since, until)``, optionally of one workflow. Calls, not turns,
are the units: each row is one call, so the statistics treat calls as independent.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from rollout.errors import CohortError
from rollout.sql import checked_database, started_within
from stream.metrics.types import CallMetrics
from stream.warehouse import Warehouse


@dataclass(frozen=True, slots=True)
class Cohort:
    """Which calls: one ``agent_version``, or ``canary`` true/false (``None`` = any)."""

    agent_version: str | None = None
    canary: bool | None = None

    @property
    def label(self) -> str:
        parts = []
        if self.agent_version is not None:
            parts.append(f"version {self.agent_version}")
        if self.canary is not None:
            parts.append("canary" if self.canary else "rest (not canary)")
        return ", ".join(parts) or "all calls"


@dataclass(frozen=True, slots=True)
class CallRow:
    """What the comparisons read of one ended call (``docs/metrics.md``, per call)."""

    started_at_ms: int
    workflow: str
    agent_version: str
    canary: bool
    abandoned_early: bool
    agent_failed: bool
    contained: bool
    resolved_contained: bool
    tasks_started: int
    task_success: bool
    ttfhw_p50_ms: float | None
    ttfhw_p95_ms: float | None
    turns: int
    turns_within_budget: int
    interrupts: int
    interrupts_recovered: int
    sentiment_delta: float | None
    handle_time_ms: int | None
    tool_calls: int
    tool_failures: int


COLUMNS = (
    "toUnixTimestamp64Milli(started_at)", "toString(workflow)", "toString(agent_version)", "canary",
    "abandoned_early", "agent_failed", "contained", "resolved_contained", "tasks_started", "task_success",
    "ttfhw_p50_ms", "ttfhw_p95_ms", "turns", "turns_within_budget", "interrupts", "interrupts_recovered",
    "sentiment_delta", "handle_time_ms", "tool_calls", "tool_failures",
)  # fmt: skip
"""``calls`` columns in ``CallRow`` field order."""


def cohort_sql(
    database: str, cohort: Cohort, *, workflow: str | None, since_ms: int | None, until_ms: int | None
) -> tuple[str, dict[str, Any]]:
    """The statement and parameters reading ``cohort``'s calls (placeholders, never interpolated values)."""
    checked_database(database)
    if cohort.agent_version is None and cohort.canary is None:
        raise CohortError("a cohort needs an agent version or the canary flag")
    where = ["ended", "NOT shadow"]
    parameters: dict[str, Any] = {}
    if cohort.agent_version is not None:
        where.append("agent_version = {agent_version:String}")
        parameters["agent_version"] = cohort.agent_version
    if cohort.canary is not None:
        where.append("canary = {canary:Bool}")
        parameters["canary"] = cohort.canary
    window, window_parameters = started_within(since_ms, until_ms, workflow)
    where.extend(window)
    parameters.update(window_parameters)
    sql = (
        f"SELECT {', '.join(COLUMNS)} FROM {database}.calls FINAL "
        f"WHERE {' AND '.join(where)} ORDER BY started_at, call_sid"
    )
    return sql, parameters


def read_cohort(
    warehouse: Warehouse, database: str, cohort: Cohort, *,
    workflow: str | None = None, since_ms: int | None = None, until_ms: int | None = None,
) -> list[CallRow]:  # fmt: skip
    """Every ended, non-shadow call of ``cohort`` in the range, oldest first."""
    sql, parameters = cohort_sql(database, cohort, workflow=workflow, since_ms=since_ms, until_ms=until_ms)
    result = warehouse.query(sql, parameters=parameters, settings={"readonly": 1})
    return [to_row(r) for r in result.result_rows]


def to_row(values: Sequence[Any]) -> CallRow:
    (started, workflow, version, canary, abandoned, failed, contained, resolved, tasks, success,
     p50, p95, turns, within, interrupts, recovered, sentiment, handle, tools, failures) = values  # fmt: skip
    return CallRow(
        int(started), str(workflow), str(version), bool(canary), bool(abandoned), bool(failed),
        bool(contained), bool(resolved), int(tasks), bool(success),
        None if p50 is None else float(p50), None if p95 is None else float(p95),
        int(turns), int(within), int(interrupts), int(recovered),
        None if sentiment is None else float(sentiment), None if handle is None else int(handle),
        int(tools), int(failures),
    )  # fmt: skip


def from_metrics(call: CallMetrics) -> CallRow:
    """The row of a call computed in process (``stream.metrics.compute_call``), as the warehouse holds it."""
    return CallRow(
        call.started_at_ms, call.workflow, call.agent_version, call.canary, call.abandoned_early,
        call.agent_failed, call.contained, call.resolved_contained, call.tasks_started, call.task_success,
        call.ttfhw_p50_ms, call.ttfhw_p95_ms, call.turns, call.turns_within_budget, call.interrupts,
        call.interrupts_recovered, call.sentiment_delta, call.handle_time_ms, call.tool_calls,
        call.tool_failures,
    )  # fmt: skip
