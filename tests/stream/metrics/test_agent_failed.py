"""agent_failed (metrics.md section 1, revised 2026-12-02): only a caller abandons. A call ended by a
failure of the agent, the tap or the platform is never abandoned_early and never contained, and stays
in both containment denominators (per minute and workflow, in the warehouse too)."""

from __future__ import annotations

from typing import Any

import pytest

from stream.metrics.types import METRICS_VERSION
from stream.rows import TABLE_COLUMNS, call_row, interruption_row, turn_metrics_row

CallBuilder = (
    Any  # tests/stream/metrics/conftest.py's builder, given by the ``call`` and ``make_call`` fixtures
)

# (reason, status) -> is it the agent's or the platform's failure?
END_REASONS = [
    pytest.param("hangup", "completed", False, id="hangup-completed"),
    pytest.param("agent_end", "ended", False, id="agent_end-ended"),
    pytest.param("timeout", "completed", False, id="timeout-completed-caller-went-quiet"),
    pytest.param("timeout", "failed", True, id="timeout-failed-media-path"),
    pytest.param("error", "failed", True, id="error-failed-legacy-tap-lost-agent"),
    pytest.param("agent_error", "failed", True, id="agent_error"),
    pytest.param("upstream_lost", "failed", True, id="upstream_lost"),
    pytest.param("protocol_error", "failed", True, id="protocol_error"),
    pytest.param("shutdown", "failed", True, id="shutdown"),
]


def _unanswered(call: CallBuilder, reason: str, status: str) -> None:
    """The caller spoke; the call ended before any agent answer (the greeting is not one)."""
    call.started(0)
    call.agent("Hi, how can I help?", 100)
    call.caller("I need a refill", 2000)
    call.ended(4000, reason=reason, status=status)


def _answered(call: CallBuilder, reason: str, status: str) -> None:
    """A turn answered and a task done, then the end."""
    call.started(0)
    call.agent("Hi, how can I help?", 100)
    call.caller("I need a refill", 2000)
    call.agent("Your refill is on its way.", 2400)
    call.task_completed("t1", 2500)
    call.ended(6000, reason=reason, status=status)


@pytest.mark.parametrize(("reason", "status", "failure"), END_REASONS)
def test_an_end_before_the_agents_answer(call: CallBuilder, reason: str, status: str, failure: bool) -> None:
    """The tap saw 9 of 10 calls whose agent died marked abandoned_early: the caller is not to blame."""
    _unanswered(call, reason, status)
    c = call.result().call
    assert (c.abandoned_early, c.contained, c.resolved_contained) == (not failure, False, False)
    assert c.agent_failed is failure
    assert (c.end_reason, c.end_status) == (reason, status)


@pytest.mark.parametrize(("reason", "status", "failure"), END_REASONS)
def test_an_end_after_an_answered_turn(call: CallBuilder, reason: str, status: str, failure: bool) -> None:
    """The call with a turn whose agent died was counted as contained (and resolved)."""
    _answered(call, reason, status)
    c = call.result().call
    assert (c.abandoned_early, c.contained, c.resolved_contained) == (False, not failure, not failure)
    assert c.agent_failed is failure


def test_a_failure_reason_names_a_failure_whatever_the_status(call: CallBuilder) -> None:
    _answered(call, "agent_error", "completed")
    c = call.result().call
    assert (c.agent_failed, c.contained) == (True, False)


def test_a_handoff_is_escalated_not_failed(call: CallBuilder) -> None:
    _answered(call, "handoff", "ended")
    c = call.result().call
    assert (c.escalated, c.contained, c.agent_failed, c.abandoned_early) == (True, False, False, False)


def test_a_handoff_before_the_agent_spoke_is_a_transfer_not_an_abandonment(call: CallBuilder) -> None:
    """Caller says "operator" at once and is handed to a person: escalated and in both denominators."""
    call.started(0)
    call.caller("operator", 1500)
    call.ended(3000, reason="handoff", status="ended")
    c = call.result().call
    assert (c.escalated, c.abandoned_early, c.contained, c.agent_failed) == (True, False, False, False)


def test_a_live_call_is_not_failed(call: CallBuilder) -> None:
    call.started(0)
    call.caller("I need a refill", 2000)
    c = call.result().call
    assert (c.ended, c.agent_failed, c.abandoned_early) == (False, False, False)


def test_the_call_row_carries_the_flag_and_the_new_version(call: CallBuilder) -> None:
    _unanswered(call, "upstream_lost", "failed")
    result = call.result()
    row = dict(zip(TABLE_COLUMNS["calls"], call_row(result, 0), strict=True))
    assert (row["agent_failed"], row["abandoned_early"], row["end_reason"]) == (True, False, "upstream_lost")
    assert row["metrics_version"] == METRICS_VERSION != "1.0.0"


def _write(warehouse: Any, calls: list[CallBuilder]) -> None:
    results = [c.result() for c in calls]
    rows = {
        "turn_metrics": [turn_metrics_row(r, t) for r in results for t in r.turns],
        "interruptions": [interruption_row(r, i) for r in results for i in r.interrupts],
        "calls": [call_row(r, 0) for r in results],
    }
    for table, table_rows in rows.items():
        if table_rows:
            warehouse.client.insert(
                f"{warehouse.database}.{table}", table_rows, column_names=list(TABLE_COLUMNS[table])
            )


def test_the_minute_counts_failed_calls_per_workflow_in_both_denominators(
    warehouse: Any, make_call: Any
) -> None:
    """Billing: one resolved call, one whose agent crashed after a turn, one whose upstream was lost
    before any answer, one the caller abandoned. Containment is 1 of 3 (the abandoned call is out, the
    failed ones in); refill has no failure and reads 0."""
    calls = []
    for n, (build, reason, status) in enumerate(
        [
            (_answered, "hangup", "completed"),
            (_answered, "agent_error", "failed"),
            (_unanswered, "upstream_lost", "failed"),
            (_unanswered, "hangup", "completed"),
        ]
    ):
        c = make_call(f"CA{n:04d}", workflow="billing")
        build(c, reason, status)
        calls.append(c)
    refill = make_call("CA0099", workflow="refill")
    _answered(refill, "hangup", "completed")
    _write(warehouse, [*calls, refill])
    _write(warehouse, calls[1:3])  # a redelivered batch adds nothing
    result = warehouse.client.query(
        f"SELECT workflow, calls_ended, abandoned_early, agent_failed, contained, containment_rate, "
        f"resolved_containment_rate FROM {warehouse.database}.kpi_minute_v ORDER BY workflow"
    )
    assert [tuple(r) for r in result.result_rows] == [
        ("billing", 4, 1, 2, 1, pytest.approx(1 / 3), pytest.approx(1 / 3)),
        ("refill", 1, 0, 0, 1, 1.0, 1.0),
    ]
    [(failed_in_calls_final,)] = warehouse.client.query(
        f"SELECT countIf(agent_failed) FROM {warehouse.database}.calls_final"
    ).result_rows
    assert failed_in_calls_final == 2
