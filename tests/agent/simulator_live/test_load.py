"""Load mode against the fake agent: many calls, every persona, no protocol errors."""

from __future__ import annotations

import asyncio

import pytest
from fake_relay_agent import FakeAgent, FakeAgentOptions
from relay_calls import PUBLIC, TOKEN

from agent.simulator.live.config import SimOptions
from agent.simulator.live.load import LoadPlan, run_load
from agent.simulator.live.personas import PERSONAS


@pytest.mark.slow
def test_fifty_calls_across_all_personas_have_no_protocol_errors() -> None:
    fake = FakeAgent(FakeAgentOptions(auth_token=TOKEN, public_url=PUBLIC))

    async def go():  # type: ignore[no-untyped-def]
        async with fake.running() as url:
            opts = SimOptions(url=url, public_url=PUBLIC, auth_token=TOKEN, time_scale=30.0, settle_ms=100)
            return await run_load(LoadPlan(50, rate_per_s=0), opts)

    reports, summary = asyncio.run(go())
    assert summary.calls == 50 and summary.errors == {} and summary.handshake_failures == 0
    assert {r.persona for r in reports} == set(PERSONAS)
    assert summary.replies_missing == 0
    assert summary.outcomes.get("handoff", 0) >= 7  # at least every frustrated caller
    assert summary.barge_ins > 0
    assert "protocol errors      none" in summary.lines()
