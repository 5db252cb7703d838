"""The backend faults the fault templates need: every one is something the reference agent's fault
API accepts, and only the tool- and task-failure templates get any."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from agent.backend.errors import BackendError
from agent.backend.sample import SampleBackend
from agent.simulator.live.faults import faults_for, needs_faults
from agent.simulator.live.load import FAITHFUL, LoadPlan, plans
from agent.simulator.scenarios import TEMPLATES

NAMES = [t.name for t in TEMPLATES]
FAULT_TEMPLATES = [t for t in NAMES if needs_faults(t)]


def test_exactly_the_tool_and_task_failure_templates_need_faults() -> None:
    assert sorted(FAULT_TEMPLATES) == sorted(
        f"{w}.{o}"
        for w in ("billing", "appointment", "refill")
        for o in ("task_failure", "tool_failure_handoff")
    )
    assert all(faults_for(t) == () for t in NAMES if t not in FAULT_TEMPLATES)


@pytest.mark.parametrize("template", FAULT_TEMPLATES)
@pytest.mark.parametrize("pick", [0, 1, 2])
def test_every_fault_is_accepted_by_the_agents_fault_api(template: str, pick: int) -> None:
    backend = SampleBackend()
    for fault in faults_for(template, pick):
        request = fault.as_request()
        backend.inject(request.pop("operation"), request.pop("kind"), **request)
    assert backend.faults(), template


def test_a_tool_failure_fails_both_tries_and_a_task_failure_changes_the_answer() -> None:
    async def twice(template: str, pick: int, operation: str, args: dict[str, Any]) -> list[Any]:
        backend = SampleBackend()
        found = await backend.call("find_account", {"phone": "4155550123"})
        args = {**args, "customer_id": found["account_id"]}
        for fault in faults_for(template, pick):
            request = fault.as_request()
            backend.inject(request.pop("operation"), request.pop("kind"), **request)
        out: list[Any] = []
        for _ in range(2):
            try:
                out.append(await backend.call(operation, args))
            except BackendError as err:
                out.append(err.code)
        return out

    pay = {"amount_cents": "100", "card_last4": "8821", "idempotency_key": "k"}
    assert (
        asyncio.run(twice("billing.tool_failure_handoff", 0, "process_payment", pay)) == ["upstream_500"] * 2
    )
    renamed = asyncio.run(twice("billing.tool_failure_handoff", 1, "process_payment", pay))
    assert all("status" not in r and "payment_status" in r for r in renamed)
    slots = {"day": "2026-01-05", "part": "am"}
    assert [r["slots"] for r in asyncio.run(twice("appointment.task_failure", 0, "find_slots", slots))] == [
        [],
        [],
    ]


def test_a_showcase_run_plays_every_fault_template_with_callers_who_keep_to_the_script() -> None:
    load = LoadPlan(28, seed=3, showcase=tuple(FAULT_TEMPLATES))
    planned = [plan for plan, _ in plans(load)]
    faithful = [plan.name for plan in planned if plan.persona in FAITHFUL]
    assert faithful[: len(FAULT_TEMPLATES)] == FAULT_TEMPLATES
    assert len({plan.persona for plan in planned}) == 7  # still every persona
