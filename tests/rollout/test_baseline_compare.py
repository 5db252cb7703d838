"""The agent against the human baseline, on the KPIs both have."""

from __future__ import annotations

from typing import Any

from human_calls import store_human_calls

from ingest.baseline.parse import HumanCall
from rollout.baseline import human_row
from rollout.baseline_compare import compare_humans_by_workflow, compare_with_humans, human_spec
from rollout.cohorts import CallRow
from rollout.guardrails import Guardrails


def human(
    i: int, *, resolved: bool, transferred: bool = False, abandoned: bool = False, wf: str = "billing"
) -> HumanCall:
    start = 1_795_392_000_000 + i * 60_000
    return HumanCall(
        f"k{wf}{i}", "row", start, start + 300_000, wf, 280.0, resolved, transferred, abandoned, 4.0
    )


def agent(i: int, *, resolved: bool, wf: str = "billing") -> CallRow:
    return CallRow(
        1_795_392_000_000 + i * 60_000, wf, "1.0.0", False, False, False, resolved, resolved, 1, resolved,
        900.0, 1_400.0, 4, 3, 0, 0, 0.1, 200_000, 0, 0,
    )  # fmt: skip


def test_only_shared_kpis_are_compared_and_the_rest_is_said_not_comparable() -> None:
    people = [human_row(human(i, resolved=i % 2 == 0, transferred=i % 2 == 1)) for i in range(400)]  # 50%
    bot = [agent(i, resolved=i % 5 != 0) for i in range(400)]  # 80%
    result = compare_with_humans(people, bot, human_spec(), Guardrails())
    c = result.comparison
    assert [k.name for k in c.kpis] == ["resolved_containment", "containment", "abandonment", "handle_time_s"]
    head = c.kpi("resolved_containment")
    assert (round(head.value_a, 2), round(head.value_b, 2), head.verdict) == (0.5, 0.8, "better")
    assert c.kpi("handle_time_s").value_a == 280 and c.kpi("handle_time_s").value_b == 200
    lacking = dict(result.not_comparable)
    assert {"task success (calls with a task)", "agent failed", "sentiment delta", "csat"} <= set(lacking)
    assert c.label_a == "people (imported baseline)" and c.decision == "promote"


def test_the_same_outcomes_are_not_called_better_nor_worse() -> None:
    people = [human_row(human(i, resolved=i % 4 != 0, transferred=i % 4 == 0)) for i in range(600)]
    bot = [agent(i, resolved=i % 4 != 1) for i in range(600)]
    result = compare_with_humans(people, bot, human_spec(), Guardrails()).comparison
    head = result.kpi("resolved_containment")
    assert head.difference == 0 and head.verdict == "not enough calls" and result.decision == "hold"
    assert "more for a 3-point difference" in head.note


def test_per_workflow_from_the_warehouse_leaves_shadow_calls_out(warehouse: Any, calls: Any) -> None:
    humans = [human(i, resolved=True, wf=wf) for i, wf in enumerate(["billing"] * 30 + ["refill"] * 30)]
    store_human_calls(warehouse, humans, imported_at_ms=1_795_392_000_000)
    calls.write(
        calls.version("1.0.0", 40, 2, workflow="billing")
        + calls.version("1.0.0", 40, 1, workflow="billing", shadow=True)
    )  # fmt: skip
    spec = human_spec(database=warehouse.database)
    overall, per_workflow = compare_humans_by_workflow(warehouse.client, spec)
    assert (overall.comparison.calls_a, overall.comparison.calls_b) == (60, 40)
    assert sorted(per_workflow) == ["billing", "refill"]
    billing = per_workflow["billing"].comparison.kpi("resolved_containment")
    assert (billing.calls_a, billing.calls_b, billing.value_b) == (30, 40, 0.5)
    assert per_workflow["refill"].comparison.calls_b == 0
