"""``rollout.compare`` over a small chDB warehouse: cohorts from ``calls FINAL``, verdicts, the decision."""

from __future__ import annotations

from typing import Any

import orjson

from rollout.cohorts import Cohort, read_cohort
from rollout.compare import ComparisonSpec, compare, compare_by_workflow
from rollout.guardrails import Guardrails

DAY_MS = 86_400_000


def test_a_release_that_hands_off_most_calls_is_rolled_back(warehouse: Any, calls: Any) -> None:
    calls.write(calls.version("1.0.0", 150, 1) + calls.version("2.0.0", 150, 3))
    result = compare(warehouse.client, ComparisonSpec.versions("1.0.0", "2.0.0", database=warehouse.database))
    headline = result.kpi("resolved_containment")
    assert (result.calls_a, result.calls_b) == (150, 150)
    assert headline.value_a == 1.0 and round(headline.value_b, 3) == 0.333
    assert headline.verdict == "worse" and headline.sequence.upper < 0
    assert result.decision == "roll back"
    assert any(reason.startswith("resolved containment is worse") for reason in result.reasons)


def test_the_same_release_twice_is_no_difference_and_promoted(warehouse: Any, calls: Any) -> None:
    calls.write(calls.version("1.0.0", 400, 2) + calls.version("1.0.1", 400, 2))
    result = compare(warehouse.client, ComparisonSpec.versions("1.0.0", "1.0.1", database=warehouse.database))
    assert {k.verdict for k in result.kpis} <= {"no difference", "not enough calls"}
    assert result.kpi("handle_time_s").difference == 0.0
    # 400 calls a side cannot yet rule out a 3-point difference in a 50% rate: the headline waits
    assert result.kpi("resolved_containment").verdict == "not enough calls"
    assert "more for a 3-point difference" in result.kpi("resolved_containment").note
    assert result.decision == "hold"


def test_a_few_canary_calls_hold_with_how_many_more_are_needed(warehouse: Any, calls: Any) -> None:
    calls.write(calls.version("1.0.0", 120, 2) + calls.version("1.1.0", 8, 2, canary=True))
    result = compare(warehouse.client, ComparisonSpec.canary(database=warehouse.database))
    assert (result.label_a, result.label_b) == ("rest (not canary)", "canary")
    assert (result.calls_a, result.calls_b) == (120, 8)
    assert result.decision == "hold"
    assert result.reasons[0].startswith("resolved containment: not enough calls yet: about ")


def test_a_broken_guardrail_rolls_back_even_without_a_kpi_difference(warehouse: Any, calls: Any) -> None:
    calls.write(calls.version("1.0.0", 60, 2) + calls.version("1.1.0", 60, 2, handle_time_ms=900_000))
    spec = ComparisonSpec.versions("1.0.0", "1.1.0", database=warehouse.database)
    result = compare(warehouse.client, spec, Guardrails(max_handle_time_s=600))
    assert result.decision == "roll back"
    assert any("median handle time" in r and "above the ceiling" in r for r in result.reasons)
    assert compare(warehouse.client, spec, Guardrails(max_handle_time_s=1_200)).decision != "roll back"


def test_cohorts_leave_out_shadow_live_and_other_calls(warehouse: Any, make_result: Any, calls: Any) -> None:
    t0 = make_result.t0_ms
    specs = [
        {"agent_version": "1.0.0"},
        {"agent_version": "1.0.0", "shadow": True},
        {
            "agent_version": "1.0.0",
            "ended": False,
            "ended_at_ms": None,
            "end_status": None,
            "end_reason": None,
        },
        {"agent_version": "1.0.0", "workflow": "refill"},
        {"agent_version": "2.0.0"},
    ]
    calls.write(specs)
    rows = read_cohort(warehouse.client, warehouse.database, Cohort(agent_version="1.0.0"))
    assert len(rows) == 2
    billing = read_cohort(
        warehouse.client, warehouse.database, Cohort(agent_version="1.0.0"), workflow="billing"
    )
    assert [r.workflow for r in billing] == ["billing"]
    later = read_cohort(
        warehouse.client,
        warehouse.database,
        Cohort(agent_version="1.0.0"),
        since_ms=t0 + 1,
        until_ms=t0 + DAY_MS,
    )
    assert [r.workflow for r in later] == ["refill"]


def test_a_comparison_serialises_without_infinities(warehouse: Any, calls: Any) -> None:
    calls.write(calls.version("1.0.0", 3, 1) + calls.version("2.0.0", 1, 1))
    result = compare(warehouse.client, ComparisonSpec.versions("1.0.0", "2.0.0", database=warehouse.database))
    data = result.to_dict()
    assert data["decision"] == "hold" and data["kpis"][0]["verdict"] == "not enough calls"
    assert orjson.loads(orjson.dumps(data)) == data  # plain JSON: no NaN or infinity (orjson writes null)


def test_by_workflow_says_where_a_release_is_worse(warehouse: Any, calls: Any) -> None:
    calls.write(
        calls.version("1.0.0", 150, 1) + calls.version("2.0.0", 150, 3)
        + calls.version("1.0.0", 150, 1, workflow="refill") + calls.version("2.0.0", 150, 1, workflow="refill")
    )  # fmt: skip
    spec = ComparisonSpec.versions("1.0.0", "2.0.0", database=warehouse.database)
    overall, per_workflow = compare_by_workflow(warehouse.client, spec)
    assert (overall.calls_a, overall.calls_b) == (300, 300)
    assert sorted(per_workflow) == ["billing", "refill"]
    assert per_workflow["billing"].decision == "roll back"
    assert per_workflow["billing"].spec.workflow == "billing"
    assert per_workflow["refill"].kpi("resolved_containment").difference == 0.0
    assert per_workflow["refill"].decision != "roll back"
