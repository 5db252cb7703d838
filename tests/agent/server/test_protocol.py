"""ConversationRelay conformance, one message type at a time, over a real WebSocket on 127.0.0.1."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import pytest
from agent_calls import CALL_SID, prompt, setup_frame, types


def run(coro: Any) -> Any:
    return asyncio.run(coro)


def test_setup_starts_the_call_with_the_consent_greeting(agent):
    async def call() -> None:
        async with agent.call() as ws:
            await ws.send(json.dumps(setup_frame()))
            await asyncio.sleep(0.1)

    run(call())
    events = agent.events()
    assert types(events)[:2] == ["call.started", "agent.utterance"]
    started, greeting = events[0], events[1]
    assert started.data.caller == "+14155550198" and started.workflow == "billing"
    assert set(greeting.data.tags) == {"greeting", "consent_notice"}
    assert "automated assistant" in greeting.data.text
    assert events[-1].type == "call.ended" and events[-1].data.reason == "hangup"


def test_a_final_prompt_gets_a_streamed_reply_ending_with_an_empty_last_token(agent):
    async def call() -> Any:
        async with agent.started() as caller:
            await caller.send(prompt("Hi, I'd like", last=False))  # partials are ignored
            await caller.send(prompt("Hi, I'd like to pay my bill.", last=True))
            return await caller.reply()

    reply = run(call())
    assert reply.frames[-1] == {"type": "text", "token": "", "last": True}
    tokens = reply.frames[:-1]
    assert len(tokens) > 3 and all(f["last"] is False for f in tokens)  # streamed in small pieces
    assert reply.text == "I can help with that. What's the phone number on the account?"
    events = agent.events()
    utterances = [e for e in events if e.type == "caller.utterance"]
    assert [u.data.text for u in utterances] == ["Hi, I'd like to pay my bill."]
    answer = [e for e in events if e.type == "agent.utterance"][-1]
    assert answer.ts == answer.data.chunks[0].ts  # the event time is the first chunk's send time
    assert "".join(c.text for c in answer.data.chunks) == reply.text


def test_dtmf_is_recorded_and_zero_hands_off_to_a_person(agent):
    async def call() -> Any:
        async with agent.started() as caller:
            await caller.send({"type": "dtmf", "digit": "0"})
            await caller.until_end()
            return caller.end

    end = run(call())
    handoff = json.loads(end["handoffData"])
    assert handoff["trigger"] == "caller_request"
    assert handoff["transcript"] == {"callSid": CALL_SID, "turnIndex": 1}
    events = agent.events()
    assert [e.data.digit for e in events if e.type == "dtmf"] == ["0"]
    assert [e.data.trigger for e in events if e.type == "handoff.requested"] == ["caller_request"]
    assert events[-1].data.status == "ended" and events[-1].data.reason == "handoff"


@pytest.mark.parametrize("duration", [460, "460"], ids=["number", "string"])
def test_interrupt_accepts_a_number_or_a_string_duration(agent, duration):
    async def call() -> None:
        async with agent.started() as caller:
            await caller.send(
                {
                    "type": "interrupt",
                    "utteranceUntilInterrupt": "Thanks for calling",
                    "durationUntilInterruptMs": duration,
                }
            )
            reply = await caller.say("I want to pay my bill")
            assert "phone number" in reply.text  # the new utterance is answered

    run(call())
    interrupt = next(e for e in agent.events() if e.type == "interrupt")
    assert interrupt.data.duration_until_interrupt_ms == 460
    assert interrupt.data.utterance_until_interrupt == "Thanks for calling"


def test_speaker_info_messages_become_speaker_events_with_their_timestamps(agent):
    async def call() -> None:
        async with agent.started() as caller:
            await caller.send(
                {"type": "info", "name": "clientSpeaking", "value": "on", "ts": 1_764_000_000_000}
            )
            await caller.send(
                {"type": "info", "name": "clientSpeaking", "value": "off", "ts": 1_764_000_001_000}
            )
            await caller.send({"type": "info", "name": "roundTripDelayMs", "value": "148"})
            await caller.send({"type": "info", "name": "tokensPlayed", "value": "Thanks for calling"})
            await asyncio.sleep(0.1)

    run(call())
    speakers = [e for e in agent.events() if e.type == "speaker"]
    assert [(e.data.who, e.data.speaking, e.ts) for e in speakers] == [
        ("client", True, 1_764_000_000_000),
        ("client", False, 1_764_000_001_000),
    ]


def test_an_error_message_from_twilio_is_recorded_and_the_call_goes_on(agent):
    async def call() -> Any:
        async with agent.started() as caller:
            await caller.send({"type": "error", "description": 'Invalid message received: { "foo" : "bar" }'})
            return await caller.say("What's my current balance?")

    reply = run(call())
    assert reply.text.startswith("Your current balance is $")  # caller-ID lookup, then the answer
    errors = [e for e in agent.events() if e.type == "agent.error"]
    assert [e.data.code for e in errors] == ["relay_error"]


def test_a_handoff_sends_end_with_handoff_data_and_no_card_digits(agent):
    async def call() -> Any:
        async with agent.started() as caller:
            await caller.say("I want to pay my bill.")
            await caller.say("4155550198")
            await caller.say("March third, 1982")
            await caller.reply()  # "Would you like to pay that today?"
            await caller.say("Yes")
            for digit in "4242":
                await caller.send({"type": "dtmf", "digit": digit})
            await caller.reply()
            await caller.say("Representative!")
            await caller.until_end()
            return caller.end

    end = run(call())
    data = end["handoffData"]
    payload = json.loads(data)
    assert payload["trigger"] == "keyword" and payload["verified"] is True
    assert payload["collected"]["card"] == "***4242" and payload["collected"]["phone"] == "***0198"
    assert "4155550198" not in data and "1982" not in data
    assert payload["nextBestAction"]
