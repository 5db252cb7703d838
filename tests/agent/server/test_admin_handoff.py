"""The wallboard's handoff button, agent side: ``POST /admin/calls/{sid}/handoff`` ends the live relay
session with ``handoffData`` (reason ``supervisor-takeover``, no personal data), against the real
agent app on a real WebSocket."""

from __future__ import annotations

import asyncio
import json

import httpx
from agent_calls import CALL_SID, types

ADMIN = {"Authorization": "Bearer admin-secret"}


def _handoff(agent, call_sid: str, headers: dict[str, str] | None = None) -> httpx.Response:
    url = f"{agent.base_url}/admin/calls/{call_sid}/handoff"
    return httpx.post(url, headers=ADMIN if headers is None else headers, timeout=5)


def test_a_supervisor_takes_a_live_call_and_twilio_gets_end_with_handoff_data(agent):
    async def call() -> tuple[int, dict, list[str]]:
        async with agent.started() as caller:
            await caller.say("Hi, my name is Maria Gonzalez and I need to pay my bill.")
            response = await asyncio.to_thread(_handoff, agent, CALL_SID)
            replies = await caller.until_end()
            return response.status_code, response.json(), [r.text for r in replies]

    status, body, said = asyncio.run(call())
    assert status == 202 and body["reason"] == "supervisor-takeover"
    assert any("connecting you" in text for text in said)
    # the Twilio side got `end` whose handoffData names the reason and holds no personal data
    events = agent.events()
    ended = [e for e in events if e.type == "call.ended"]
    assert len(ended) == 1 and ended[0].data.reason == "handoff"
    requested = [e for e in events if e.type == "handoff.requested"]
    assert len(requested) == 1 and requested[0].data.reason == "supervisor-takeover"
    data = json.loads(requested[0].data.handoff_data)
    assert data["reason"] == "supervisor-takeover" and data["workflow"] == "billing"
    assert data["transcript"]["callSid"] == CALL_SID
    raw = requested[0].data.handoff_data
    for pii in ("Maria", "Gonzalez", "4155550198"):
        assert pii not in raw


def test_the_end_frame_carries_the_handoff_data(agent):
    async def call() -> dict:
        async with agent.started() as caller:
            await caller.say("I need to make a payment on my account.")
            assert (await asyncio.to_thread(_handoff, agent, CALL_SID)).status_code == 202
            await caller.until_end()
            assert caller.end is not None
            return caller.end

    end = asyncio.run(call())
    assert end["type"] == "end"
    assert json.loads(end["handoffData"])["reasonCode"] == "live-agent-handoff"


def test_unknown_and_finished_calls_get_404_and_a_second_press_is_harmless(agent):
    assert _handoff(agent, "CA" + "9" * 32).status_code == 404

    async def call() -> tuple[int, int]:
        async with agent.started() as caller:
            await caller.say("I need to make a payment on my account.")
            first = await asyncio.to_thread(_handoff, agent, CALL_SID)
            second = await asyncio.to_thread(_handoff, agent, CALL_SID)
            await caller.until_end()
            return first.status_code, second.status_code

    first, second = asyncio.run(call())
    assert first == 202 and second in (404, 409)  # already ending or ended: never a second `end`
    assert _handoff(agent, CALL_SID).status_code == 404  # the call is over
    assert types(agent.events()).count("call.ended") == 1


def test_the_handoff_route_needs_the_admin_token(agent):
    assert _handoff(agent, CALL_SID, headers={}).status_code == 401
    assert _handoff(agent, CALL_SID, headers={"Authorization": "Bearer nope"}).status_code == 401


def _recommend(agent, call_sid: str, rule: str = "person_requested_again") -> httpx.Response:
    url = f"{agent.base_url}/admin/calls/{call_sid}/recommendation"
    return httpx.post(url, headers=ADMIN, json={"action": "handoff", "rule": rule}, timeout=5)


def test_a_rule_recommendation_hands_the_call_to_a_person_at_the_callers_next_turn(agent):
    """``notify: [agent]`` in a rule file: callpulse tells the agent, the agent finishes what it is saying
    and hands off when the caller next speaks; the hand-off names the rule and is the platform's
    decision (trigger ``policy``), never counted as the caller's request."""

    async def call() -> tuple[list[int], list[str]]:
        async with agent.started() as caller:
            await caller.say("I need to make a payment on my account.")
            first = await asyncio.to_thread(_recommend, agent, CALL_SID)
            again = await asyncio.to_thread(_recommend, agent, CALL_SID, "caller_frustrated")  # a repeat
            reply = await caller.say("Okay, what do you need from me?")
            replies = [reply, *await caller.until_end()]
            return [first.status_code, again.status_code], [r.text for r in replies]

    statuses, said = asyncio.run(call())
    assert statuses == [202, 202]
    assert any("a person can help you best" in text for text in said)
    events = agent.events()
    requested = [e for e in events if e.type == "handoff.requested"]
    assert len(requested) == 1 and requested[0].data.trigger == "policy"
    assert requested[0].data.reason == "callpulse rule person_requested_again recommended a person"
    assert [e.data.reason for e in events if e.type == "call.ended"] == ["handoff"]
    assert _recommend(agent, CALL_SID).status_code == 404  # the call is over


def test_a_recommendation_needs_the_admin_token_and_a_rule_name(agent):
    url = f"{agent.base_url}/admin/calls/{CALL_SID}/recommendation"
    assert httpx.post(url, json={"action": "handoff", "rule": "x"}, timeout=5).status_code == 401
    bad = httpx.post(url, headers=ADMIN, json={"action": "handoff", "rule": "my name is Ann"}, timeout=5)
    assert bad.status_code == 422
