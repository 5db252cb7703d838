"""The reference agent in shadow mode, driven by the live caller simulator: the caller hears nothing (no
frame reaches Twilio's side), the agent's proposals land in the warehouse flagged shadow, and the call
ends only when the caller hangs up."""

from __future__ import annotations

import asyncio
import random
from collections.abc import Iterator
from typing import Any

import pytest
from human_calls import store_human_calls
from served_agent import ServedAgent, served_agent, store_events

from agent.config import AgentConfig
from agent.server import twiml
from agent.simulator.live.config import RelayConfig
from agent.simulator.live.script import Step, random_plan, scripted_plan
from agent.simulator.live.session import run_call
from ingest.baseline.keys import call_key_of_id
from ingest.baseline.parse import HumanCall
from ingest.codec import decode
from rollout.shadow import shadow_report

TOKEN = "test_auth_token"
KEY = b"baseline-key"
SHADOW = AgentConfig(public_base_url="https://agent.example.com", twilio_auth_token=TOKEN, shadow=True)


@pytest.fixture
def shadow_agent() -> Iterator[ServedAgent]:
    with served_agent(SHADOW, TOKEN, time_scale=10.0, settle_ms=100, reply_timeout_ms=800) as served:
        yield served


def store(warehouse: Any, served: ServedAgent) -> tuple[list[Any], dict[str, dict[str, Any]]]:
    values = served.values()
    store_events(warehouse, values, "shadow")
    cols = "call_sid, shadow, ended, end_status, end_reason, escalated, resolved_contained, handoff_reason"
    rows = warehouse.rows(f"SELECT {cols} FROM {{db}}.calls FINAL")
    return [decode(v) for v in values], {r[0]: dict(zip(cols.split(", "), r, strict=True)) for r in rows}


def test_the_caller_hears_nothing_and_the_proposals_are_stored_as_shadow(
    shadow_agent: Any, warehouse: Any
) -> None:
    opts = shadow_agent.opts
    silent = RelayConfig(welcome_greeting="")
    human = scripted_plan(
        "billing.human", "billing", [Step("I want to pay my bill."), Step("Get me a human."), Step("Thanks.")]
    )
    success = random_plan(random.Random(3), "billing.success")
    reports = [asyncio.run(run_call(plan, opts, silent, seed=i)) for i, plan in enumerate((human, success))]
    for report in reports:
        assert report.app_messages == 0 and report.agent_said == [] and report.digits_sent_by_agent == []
        assert report.outcome == "completed" and report.errors == []  # only the caller hung up
        assert report.callbacks[-1]["SessionStatus"] == "completed"
    events, calls = store(warehouse, shadow_agent)
    assert events and all(e.flags.shadow for e in events)
    proposed = [e for e in events if e.call_sid == reports[0].call_sid and e.type == "agent.utterance"]
    assert len(proposed) >= 3  # the greeting and a proposed reply to each caller turn until the hand-off
    handed, resolved = calls[reports[0].call_sid], calls[reports[1].call_sid]
    assert handed["shadow"] and handed["escalated"] and (handed["end_status"], handed["end_reason"]) == (
        "completed", "hangup",
    )  # fmt: skip
    assert resolved["shadow"] and resolved["resolved_contained"] and not resolved["escalated"]

    # the people resolved both calls (their contact center exports each call's CallSid): the report
    people = [
        HumanCall(call_key_of_id(KEY, r.call_sid), "call_id", 0, 1, "billing", 200.0, True, False, False, 5.0)
        for r in reports
    ]
    store_human_calls(warehouse, people)
    billing = shadow_report(warehouse.client, KEY, database=warehouse.database).workflows["billing"]
    assert (billing.matched, billing.person_resolved, billing.would_contain.k) == (2, 2, 1)
    assert [n for _, _, n in billing.missed_reasons] == [1] and billing.calls_with_latency == 2


def test_shadow_twiml_has_no_welcome_greeting() -> None:
    assert "welcomeGreeting=" not in twiml.connect_relay("wss://a/ws", "https://a/action", "", {})
    assert 'welcomeGreeting="Hi"' in twiml.connect_relay("wss://a/ws", "https://a/action", "Hi", {})
