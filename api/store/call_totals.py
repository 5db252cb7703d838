"""Totals of the call list: every call matching a ``CallFilter`` (all pages, not just the one shown):
how many, ended, resolved-contained, escalated, failed tool calls, and the TTFHW p95 across the calls'
p95s (median). Same WHERE as ``list_calls`` (``calls._conditions``, one definition of the filters)."""

from __future__ import annotations

from dataclasses import dataclass

from api.store.calls import CallFilter, _conditions
from stream.warehouse import Warehouse


@dataclass(frozen=True, slots=True)
class CallTotals:
    calls: int
    ended: int
    resolved_contained: int
    escalated: int
    tool_calls: int
    tool_failures: int
    ttfhw_p95_median_ms: float | None

    @property
    def resolved_containment(self) -> float | None:
        return self.resolved_contained / self.ended if self.ended else None


def call_totals(client: Warehouse, database: str, flt: CallFilter) -> CallTotals:
    conditions = _conditions(database, flt)
    row = client.query(
        "SELECT count(), countIf(ended), countIf(ended AND resolved_contained), countIf(escalated), "
        "sum(tool_calls), sum(tool_failures), medianExactIf(ttfhw_p95_ms, ttfhw_p95_ms IS NOT NULL) "
        f"FROM {database}.calls FINAL WHERE {conditions.sql}",
        parameters=conditions.params,
    ).result_rows[0]
    calls, ended, resolved, escalated, tools, failures, p95 = row
    median = None if not calls or p95 is None or p95 != p95 else float(p95)
    return CallTotals(
        int(calls), int(ended), int(resolved), int(escalated), int(tools or 0), int(failures or 0), median
    )
