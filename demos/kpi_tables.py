"""The tables ``callpulse demo`` and ``callpulse demo --live`` print: KPIs per workflow, and
escalations per hand-off trigger. Metrics down, workflows across: readable in an 80-column terminal."""

from __future__ import annotations

from collections.abc import Sequence

from rich.table import Table

from demos.kpis import COLUMNS, KpiRow

KPI_TITLE = "KPIs per workflow (this demo's calls; definitions in docs/metrics.md)"


def kpi_table(rows: Sequence[KpiRow], title: str = KPI_TITLE) -> Table:
    table = Table(title=title)
    table.add_column("metric")
    for row in rows:
        table.add_column(str(row.values["workflow"]), justify="right")
    for key, header, fmt in COLUMNS[1:]:
        table.add_row(header, *(row.formatted(key, fmt) for row in rows))
    return table


def handoff_table(by_trigger: dict[str, dict[str, int]], workflows: Sequence[str]) -> Table:
    """Escalated calls: one row per hand-off trigger, one column per workflow, and the total."""
    table = Table(title="Hand-offs to a person, by trigger")
    table.add_column("trigger")
    for workflow in workflows:
        table.add_column(workflow, justify="right")
    table.add_column("all", justify="right")
    for trigger, counts in sorted(by_trigger.items()):
        cells = [f"{counts.get(w, 0):,}" for w in workflows]
        table.add_row(trigger, *cells, f"{sum(counts.values()):,}")
    return table
