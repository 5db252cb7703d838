"""What must never bring a call (or the server) down: bad frames, late frames, silence, a hanging
backend, and a failure in another call."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from typing import Any

from agent_calls import Caller, prompt, setup_frame, types

from agent.policy.base import CallerInput, Speech
from agent.policy.context import TurnContext
from agent.policy.rules.policy import RulesPolicy


def test_unknown_malformed_and_odd_frames_are_ignored(agent):
    async def call() -> str:
        async with agent.call() as ws:
            caller = Caller(ws)
            await caller.send(prompt("before setup is ignored"))
            await caller.send({**setup_frame(), "applicationSid": None, "conversationId": "x"})
            for frame in (
                "not json",
                "[1, 2]",
                {"no": "type"},
                {"type": "configUpdated", "provider": "x"},
                {"type": "prompt"},
                {"type": "dtmf", "digit": "12"},
                {"type": "interrupt"},
                {"type": "info"},
            ):
                await caller.send(frame)
            await ws.send(b"\x00\x01binary")
            return (await caller.say("I need to make a payment on my account.")).text

    assert "phone number" in asyncio.run(call())
    events = agent.events()
    assert [e.data.text for e in events if e.type == "caller.utterance"] == [
        "I need to make a payment on my account."
    ]
    assert not [e for e in events if e.type == "agent.error"]


def test_frames_after_end_are_ignored(agent):
    async def call() -> None:
        async with agent.started() as caller:
            await caller.say("Representative.")
            await caller.until_end()
            await caller.send(prompt("hello? are you still there?"))
            await caller.send({"type": "dtmf", "digit": "5"})
            await asyncio.sleep(0.2)

    asyncio.run(call())
    events = agent.events()
    assert events[-1].type == "call.ended" and events[-1].data.reason == "handoff"
    assert types(events).count("call.ended") == 1
    assert "hello? are you still there?" not in [e.data.text for e in events if e.type == "caller.utterance"]


def test_a_silent_caller_is_reprompted_then_the_call_ends_gracefully(make_agent):
    agent = make_agent(idle_timeout_s=0.2, idle_reprompts=1)

    async def call() -> list[str]:
        async with agent.started() as caller:
            return [r.text for r in await caller.until_end() if r.text]

    said = asyncio.run(call())
    assert said[0].startswith("Are you still there?")
    assert "end the call" in said[-1]
    events = agent.events()
    assert events[-1].data.status == "ended" and events[-1].data.reason == "agent_end"


def test_a_hanging_backend_gets_an_apology_a_retry_then_a_handoff(make_agent):
    agent = make_agent(tool_timeout_default_s=0.2)
    agent.backend.inject("find_account", "hang")

    async def call() -> list[str]:
        async with agent.started() as caller:
            await caller.say("I want to pay my bill.")
            await caller.send(prompt("My number is 415 555 0198."))
            return [r.text for r in await caller.until_end() if r.text]

    replies = asyncio.run(call())
    assert replies[0].startswith("Sorry, that's taking longer")
    assert "connecting you to a person" in replies[-1]
    events = agent.events()
    results = [e.data for e in events if e.type == "tool.result"]
    assert [(r.tool, r.ok, r.error_code) for r in results] == [("find_account", False, "timeout")] * 2
    assert [e.data.trigger for e in events if e.type == "handoff.requested"] == ["tool_failure"]


class _Explodes(RulesPolicy):
    """The rules policy, except that it crashes on the word "boom"."""

    async def respond(self, said: CallerInput, ctx: TurnContext) -> AsyncIterator[Speech]:
        if "boom" in said.text:
            raise RuntimeError("policy bug")
        async for item in super().respond(said, ctx):
            yield item


def test_a_failure_in_one_call_never_touches_another(make_agent):
    agent = make_agent(policy=_Explodes())
    other = "CA" + "0" * 31 + "2"

    async def broken() -> str:
        async with agent.started() as caller:
            return (await caller.say("boom")).text

    async def healthy() -> list[str]:
        async with agent.started(call_sid=other) as caller:
            texts = []
            for line in ("I want to pay my bill.", "4155550198", "March third, 1982"):
                texts.append((await caller.say(line)).text)
            return texts

    async def both() -> Any:
        return await asyncio.gather(broken(), healthy())

    apology, texts = asyncio.run(both())
    assert apology.startswith("Sorry, something went wrong on my side")
    assert texts[-1].startswith("Thank you, you're verified. Your current balance is")
    assert [e.data.code for e in agent.events() if e.type == "agent.error"] == ["policy_error"]
    assert not [e for e in agent.events(other) if e.type == "agent.error"]
    assert json.loads(json.dumps(texts))  # both calls got their answers
