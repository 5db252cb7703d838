"""Simulator -> the reference agent -> its events through the embedded pipeline -> the warehouse:
scripted calls with known metrics, and a load run over every persona with no protocol errors."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any

import pytest
from served_agent import ServedAgent, served_agent, store_events

from agent.config import AgentConfig
from agent.simulator.live.config import RelayConfig, SimOptions
from agent.simulator.live.load import LoadPlan, run_load
from agent.simulator.live.personas import PERSONAS
from agent.simulator.live.script import Step, scripted_plan
from agent.simulator.live.session import run_call

TOKEN = "test_auth_token"
CONFIG = AgentConfig(public_base_url="https://agent.example.com", twilio_auth_token=TOKEN)


@pytest.fixture
def agent() -> Iterator[tuple[SimOptions, RelayConfig, ServedAgent]]:
    with served_agent(CONFIG, TOKEN, time_scale=10.0, settle_ms=300) as served:
        yield served.opts, RelayConfig(welcome_greeting=CONFIG.welcome_greeting), served


def _store(warehouse: Any, bus: ServedAgent) -> dict[str, Any]:
    pipeline = store_events(warehouse, bus.values(), "e2e-live")
    assert pipeline.validate.invalid == 0
    cols = "call_sid, ended, escalated, interrupts, interrupts_recovered, turns"
    rows = warehouse.rows(f"SELECT {cols} FROM {{db}}.calls FINAL")
    return {r[0]: dict(zip(cols.split(", "), r, strict=True)) for r in rows}


def test_get_me_a_human_is_one_escalated_call(agent: Any, warehouse: Any) -> None:
    opts, relay, bus = agent
    plan = scripted_plan(
        "billing.human",
        "billing",
        [Step("I want to pay my bill."), Step("Get me a human.", expects_end=True)],
    )
    report = asyncio.run(run_call(plan, opts, relay, seed=1))
    assert report.outcome == "handoff" and report.errors == []
    assert report.callbacks[-1]["SessionStatus"] == "ended"
    call = _store(warehouse, bus)[report.call_sid]
    assert call["ended"] and call["escalated"]


def test_a_barge_in_the_agent_recovers_from_counts_once(agent: Any, warehouse: Any) -> None:
    opts, relay, bus = agent
    steps = [
        Step("I want to pay my bill."),
        Step("My number is four one five, five five five, oh one two three.", barge_at=0.5),
        Step("It's March third nineteen eighty two."),
        Step("Thanks, that's all for today.", hangup="after_reply"),
    ]
    report = asyncio.run(run_call(scripted_plan("billing.barge", "billing", steps), opts, relay, seed=2))
    assert report.errors == [] and report.barge_ins == 1
    call = _store(warehouse, bus)[report.call_sid]
    assert (call["interrupts"], call["interrupts_recovered"]) == (1, 1)


@pytest.mark.slow
def test_fifty_calls_of_every_persona_have_no_protocol_errors(agent: Any, warehouse: Any) -> None:
    opts, relay, bus = agent
    fast = SimOptions(**{**vars(opts), "time_scale": 30.0})
    reports, summary = asyncio.run(run_load(LoadPlan(50, rate_per_s=10.0), fast, relay))
    assert summary.errors == {} and summary.handshake_failures == 0
    assert {r.persona for r in reports} == set(PERSONAS)
    calls = _store(warehouse, bus)
    assert len(calls) == 50 and all(c["ended"] for c in calls.values())
