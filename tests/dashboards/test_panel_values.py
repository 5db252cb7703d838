"""What the panels show, against numbers computed another way: the overview's KPIs equal the KPI table
the demo prints, and the on-call page opened from the detector's link shows the incident it pages for."""

from __future__ import annotations

import re
from typing import Any

import pytest

from dashboards.build import load
from dashboards.macros import ALL, QueryContext, expand
from demos.kpis import kpi_rows

COMMITTED = load()


def panel(loaded, dashboard: str, title: str, kind: str = "", **values: Any) -> list[dict[str, Any]]:
    """The rows of one panel's query, with the variables set like a user would (All by default)."""
    panels = [p for p in COMMITTED[dashboard]["panels"] if p["title"] == title and p["type"].startswith(kind)]
    [target] = [t for p in panels for t in p["targets"]]
    chosen = {"workflow": ALL, "agent_version": ALL, "tool": ALL, **values}
    sql = expand(target["rawSql"], QueryContext(loaded.from_ms, loaded.to_ms, 60_000, chosen))
    result = loaded.client.query(re.sub(r"(?<![\w.])callpulse\.(?=\w)", f"{loaded.database}.", sql))
    return [dict(zip(result.column_names, row, strict=True)) for row in result.result_rows]


@pytest.mark.parametrize("workflow", ["billing", "appointment", "refill"])
def test_the_overview_numbers_are_the_kpi_table_numbers(loaded, workflow: str) -> None:
    [kpi] = [r.values for r in kpi_rows(loaded.client, loaded.database) if r.values["workflow"] == workflow]

    def stat(title: str) -> Any:
        [[value]] = [
            list(row.values()) for row in panel(loaded, "overview.json", title, "stat", workflow=[workflow])
        ]
        return value

    assert stat("Resolved containment") == pytest.approx(kpi["resolved_containment_rate"])
    assert stat("Containment") == pytest.approx(kpi["containment_rate"])
    assert stat("TTFHW p95") == pytest.approx(kpi["ttfhw_p95_ms"])
    assert stat("Task success") == pytest.approx(kpi["task_success_rate"])
    assert stat("Interruption recovery") == pytest.approx(kpi["interruption_recovery_rate"])
    assert stat("Calls") == kpi["calls_ended"]  # every simulated call has ended


def test_the_on_call_page_from_the_detector_link_shows_the_failing_tool(loaded) -> None:
    link = {
        "workflow": "refill",
        "tool": "lookup_prescription",
    }  # var-workflow=refill&var-tool=lookup_prescription
    alerts = panel(loaded, "oncall.json", "Alerts", **link)
    assert [(a["alertname"], a["tool"]) for a in alerts] == [
        ("CallpulseDetectorToolFailures", "lookup_prescription")
    ]
    codes = panel(loaded, "oncall.json", "Error codes of failing tool results", **link)
    assert codes[0]["error"] == "lookup_prescription: schema_mismatch"
    rate = panel(loaded, "oncall.json", "Tool failure rate", **link)
    assert {r["tool"] for r in rate} == {"lookup_prescription"}
    assert max(r["failure_rate"] for r in rate) >= 0.9  # the field rename breaks every lookup
    calls = panel(loaded, "oncall.json", "Calls with a failing tool", **link)
    assert calls and all(c["tool"] == "lookup_prescription" and c["turn"] >= 1 for c in calls)
    assert any(c["error_code"] == "schema_mismatch" for c in calls)


def test_selecting_a_workflow_narrows_every_series(loaded) -> None:
    everything = panel(loaded, "overview.json", "Volume by workflow")
    billing = panel(loaded, "overview.json", "Volume by workflow", workflow="billing")
    assert {r["workflow"] for r in everything} == {"billing", "appointment", "refill"}
    assert {r["workflow"] for r in billing} == {"billing"}
    assert sum(r["calls"] for r in billing) < sum(r["calls"] for r in everything)


def test_calls_ended_by_a_failure_are_counted_per_workflow_and_listed(loaded) -> None:
    """The load ends every 20th of its 300 calls by a failure (conftest.FAILED_EVERY): 15 calls, each
    counted once in its workflow's series and listed on the on-call page with the side that failed."""
    per_workflow: dict[str, int] = {}
    for row in panel(loaded, "workflow.json", "Calls ended by a failure, by workflow"):
        per_workflow[row["workflow"]] = per_workflow.get(row["workflow"], 0) + row["agent_failed"]
    stored = dict(
        loaded.rows("SELECT workflow, countIf(agent_failed) FROM {db}.calls FINAL GROUP BY workflow")
    )
    assert per_workflow == stored
    assert sum(per_workflow.values()) == 15
    listed = panel(loaded, "oncall.json", "Calls ended by a failure")
    assert len(listed) == 15
    assert {r["end_reason"] for r in listed} == {"agent_error", "upstream_lost", "protocol_error"}
    failed = {c["call_sid"] for c in listed}
    outcomes = panel(loaded, "workflow.json", "Calls that went to a person or ended unresolved")
    shown = [r["outcome"] for r in outcomes if r["call_sid"] in failed]
    assert shown and all(o.startswith("failed: ") for o in shown)  # never "abandoned early"
