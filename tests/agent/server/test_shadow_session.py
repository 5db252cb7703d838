"""A shadow call on the agent's socket, frame by frame: the agent proposes a hand-off and records it, but
Twilio gets no frame, no supervisor can take the call over, and the call ends when the caller hangs up."""

from __future__ import annotations

import asyncio

import httpx
import pytest
from agent_calls import CALL_SID, prompt

ADMIN = {"Authorization": "Bearer admin-secret"}


def test_a_proposed_hand_off_sends_nothing_and_the_caller_ends_the_call(make_agent) -> None:
    agent = make_agent(shadow=True)

    async def call() -> int:
        async with agent.started() as caller:
            await caller.send(prompt("I want to pay my bill."))
            await caller.send(prompt("Get me a human."))
            agent.events(wait_for="handoff.requested")  # the agent has proposed its hand-off
            url = f"{agent.base_url}/admin/calls/{CALL_SID}/handoff"
            taken = await asyncio.to_thread(httpx.post, url, headers=ADMIN, timeout=5)
            with pytest.raises(TimeoutError):  # nothing reaches Twilio: no text, no end
                await asyncio.wait_for(caller.ws.recv(), 0.5)
            return taken.status_code

    assert asyncio.run(call()) == 409
    events = agent.events()
    assert all(e.flags.shadow for e in events)
    proposed = [e.data.text for e in events if e.type == "agent.utterance"]
    assert len(proposed) >= 3  # the greeting, a reply, the hand-off line: recorded, not sent
    assert [e.type for e in events].count("handoff.requested") == 1
    ended = [e for e in events if e.type == "call.ended"]
    assert [(e.data.status, e.data.reason) for e in ended] == [("completed", "hangup")]
