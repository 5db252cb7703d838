"""Scenario → pipeline → warehouse → SQL: the KPIs a contact-center lead would read."""

from __future__ import annotations

import pytest
from pattern_pipeline import feed as feed_lines
from pattern_pipeline import pattern_pipeline

from agent.simulator.library import generate_calls
from demos.kpis import kpi_rows
from stream.pipeline import Pipeline

from events import T0, CallBuilder
from scorers import NeutralScorer


def feed(warehouse, lines: list[bytes], scorer=None) -> Pipeline:
    pipeline = pattern_pipeline(
        warehouse.client, warehouse.database, T0 + 3_600_000, scorer=scorer or NeutralScorer()
    )
    feed_lines(pipeline, lines, ts_ms=T0, source="e2e")
    return pipeline


def four_billing_calls() -> list[bytes]:
    resolved = CallBuilder("CA" + "1" * 32).started()
    resolved.agent(100, "Hi, I'm an automated assistant.", tags=("greeting", "consent_notice"))
    resolved.caller(3_000, "What's my balance?")
    resolved.agent(3_800, "Sure, ", "your balance is forty two dollars.")  # helpful word at +850 ms
    resolved.add("task.started", 3_700, task_id="t1", task="billing_lookup")
    resolved.add("task.completed", 3_750, task_id="t1", task="billing_lookup", success=True)
    resolved.ended(70_000)

    escalated = CallBuilder("CA" + "2" * 32).started()
    escalated.agent(100, "Hi, I'm an automated assistant.", tags=("greeting", "consent_notice"))
    escalated.caller(2_000, "I want to pay my bill.")
    escalated.add("task.started", 2_100, task_id="t2", task="payment")
    escalated.agent(2_400, "Let me check. ", "One moment.")  # filler only: no helpful word
    escalated.add("handoff.requested", 5_000, reason="payment system down", trigger="tool_failure")
    escalated.ended(6_000, status="ended", reason="handoff")

    abandoned = CallBuilder("CA" + "3" * 32).started()
    abandoned.agent(100, "Hi, I'm an automated assistant.", tags=("greeting", "consent_notice"))
    abandoned.caller(2_000, "Hello?")
    abandoned.ended(2_500)

    unresolved = CallBuilder("CA" + "4" * 32).started()
    unresolved.agent(100, "Hi, I'm an automated assistant.", tags=("greeting", "consent_notice"))
    unresolved.caller(2_000, "When is my bill due?")
    unresolved.agent(3_000, "Your bill is due on the first.")  # helpful at once: +1,000 ms
    unresolved.ended(9_000)
    return [line for call in (resolved, escalated, abandoned, unresolved) for line in call.lines()]


def test_hand_computed_kpis_come_back_from_sql(warehouse) -> None:
    feed(warehouse, four_billing_calls())
    [row] = kpi_rows(warehouse.client, warehouse.database)
    kpi = row.values
    assert kpi["workflow"] == "billing"
    assert kpi["calls_ended"] == 4
    assert kpi["abandoned_early"] == 1
    assert kpi["containment_rate"] == pytest.approx(2 / 3)  # resolved + unresolved, of 3 non-abandoned
    assert kpi["resolved_containment_rate"] == pytest.approx(1 / 3)
    assert kpi["task_success_rate"] == pytest.approx(1 / 2)  # the payment never completed
    assert kpi["ttfhw_p50_ms"] == pytest.approx(925)  # turns with a helpful word: 850 and 1,000 ms
    assert kpi["tool_failure_rate"] is None  # no tool was called


def test_calls_table_holds_the_per_call_story(warehouse) -> None:
    feed(warehouse, four_billing_calls())
    rows = warehouse.rows(
        "SELECT call_sid, contained, resolved_contained, escalated, abandoned_early, handoff_reason, "
        "ttfhw_first_ms, no_helpful_turns, consent_given FROM {db}.calls FINAL ORDER BY call_sid"
    )
    assert [r[1:] for r in rows] == [
        (True, True, False, False, None, 850, 0, True),
        (False, False, True, False, "payment system down", None, 1, True),
        (False, False, False, True, None, None, 0, True),
        (True, False, False, False, None, 1000, 0, True),
    ]


def test_simulated_calls_fill_every_kpi_for_every_workflow(warehouse) -> None:
    calls = list(generate_calls(90, seed=3, start_ms=T0))
    events = sorted((e for call in calls for e in call), key=lambda e: (e["ts"], e["call_sid"], e["seq"]))
    import orjson

    pipeline = feed(warehouse, [orjson.dumps(e) for e in events], scorer=None)
    assert pipeline.validate.invalid == 0
    [[stored, call_rows]] = warehouse.rows(
        "SELECT (SELECT count() FROM {db}.events FINAL), (SELECT count() FROM {db}.calls FINAL)"
    )
    assert stored == len(events)
    assert call_rows == 90
    rows = kpi_rows(warehouse.client, warehouse.database)
    assert {r.values["workflow"] for r in rows} == {"billing", "appointment", "refill"}
    for row in rows:
        for key in (
            "resolved_containment_rate",
            "ttfhw_p50_ms",
            "task_success_rate",
            "interruption_recovery_rate",
        ):
            assert row.values[key] is not None, (row.values["workflow"], key)
