"""The voice webhook's TwiML, the <Connect action> callback, canary routing and shadow flags."""

from __future__ import annotations

import asyncio
import json
import xml.etree.ElementTree as ET

import httpx
from agent_calls import setup_frame
from twilio.request_validator import RequestValidator

TOKEN = "test_auth_token"
CALL = {
    "AccountSid": "AC" + "0" * 32,
    "CallSid": "CA" + "0" * 31 + "7",
    "From": "+14155550198",
    "To": "+18005550101",
}


def post(agent, path: str, form: dict[str, str]) -> httpx.Response:
    signature = RequestValidator(TOKEN).compute_signature("https://agent.example.com" + path, form)
    return httpx.post(agent.base_url + path, data=form, headers={"X-Twilio-Signature": signature})


def test_twiml_connects_the_relay_with_a_consent_greeting_and_parameters(agent):
    response = post(agent, "/twiml?workflow=refill", CALL)
    assert response.status_code == 200 and response.headers["content-type"].startswith("application/xml")
    root = ET.fromstring(response.text)
    connect = root.find("Connect")
    assert connect is not None and connect.get("action") == "https://agent.example.com/action"
    relay = connect.find("ConversationRelay")
    assert relay is not None
    assert relay.get("url") == "wss://agent.example.com/ws"
    assert relay.get("dtmfDetection") == "true" and relay.get("interruptible") == "any"
    assert relay.get("debug") == "speaker-events tokens-played"
    greeting = relay.get("welcomeGreeting", "")
    assert (
        "automated assistant" in greeting and "analyzed" in greeting and "a person is available" in greeting
    )
    params = {p.get("name"): p.get("value") for p in relay.findall("Parameter")}
    assert params == {"workflow": "refill", "canary": "0", "agentVersion": "1.0.0"}


def test_greeting_text_is_escaped(make_agent):
    agent = make_agent(welcome_greeting='Tom & Jerry\'s "clinic" <main>')
    relay = ET.fromstring(post(agent, "/twiml", CALL).text).find("Connect/ConversationRelay")
    assert relay is not None and relay.get("welcomeGreeting") == 'Tom & Jerry\'s "clinic" <main>'


def test_an_ended_session_with_handoff_data_is_enqueued_to_flex(make_agent):
    agent = make_agent(flex_workflow_sid="WW" + "1" * 32)
    handoff = {"reason": "caller asked for an agent", "trigger": "keyword"}
    form = {**CALL, "SessionStatus": "ended", "CallStatus": "in-progress", "SessionId": "VX1", "SessionDuration": "25",
            "HandoffData": json.dumps(handoff)}  # fmt: skip
    root = ET.fromstring(post(agent, "/action", form).text)
    enqueue = root.find("Enqueue")
    assert enqueue is not None and enqueue.get("workflowSid") == "WW" + "1" * 32
    task = enqueue.find("Task")
    assert task is not None and task.text is not None
    attributes = json.loads(task.text)
    assert attributes["trigger"] == "keyword" and attributes["callSid"] == CALL["CallSid"]
    assert attributes["sessionDuration"] == "25"


def test_a_failed_session_on_a_live_call_reconnects_with_the_resume_state(agent):
    call_sid = CALL["CallSid"]

    async def first_session() -> None:
        async with agent.started(call_sid=call_sid, workflow="billing") as caller:
            await caller.say("I want to pay my bill.")
            await caller.say("My number is 415 555 0198.")

    asyncio.run(first_session())
    form = {**CALL, "SessionStatus": "failed", "ErrorCode": "64105", "CallStatus": "in-progress"}
    root = ET.fromstring(post(agent, "/action", form).text)
    relay = root.find("Connect/ConversationRelay")
    assert relay is not None and relay.get("url") == "wss://agent.example.com/ws"
    params = {p.get("name"): p.get("value") for p in relay.findall("Parameter")}
    resume = json.loads(params["resumeState"])
    assert params["workflow"] == "billing"
    assert resume["intent"] == "make_payment" and resume["collected"] == {"phone": "***0198"}

    async def second_session() -> str:
        async with agent.started(call_sid=call_sid, **params) as caller:
            return (await caller.say("It's March third, 1982.")).text

    asyncio.run(second_session())
    greetings = [  # both sessions ended: wait for the second one's events too, not just the first's end
        e
        for e in agent.events(call_sid, count=2)
        if e.type == "agent.utterance" and "greeting" in e.data.tags
    ]
    assert "disconnected" in greetings[-1].data.text


def test_a_completed_call_gets_an_empty_response(agent):
    form = {**CALL, "SessionStatus": "completed", "CallStatus": "completed"}
    root = ET.fromstring(post(agent, "/action", form).text)
    assert root.tag == "Response" and list(root) == []


def test_canary_calls_are_routed_by_share_and_labelled_in_events(make_agent):
    agent = make_agent(canary_share=1.0, shadow=True)
    relay = ET.fromstring(post(agent, "/twiml", CALL).text).find("Connect/ConversationRelay")
    assert relay is not None
    params = {p.get("name"): p.get("value") for p in relay.findall("Parameter")}
    assert params["canary"] == "1" and params["agentVersion"] == "1.1.0-rc1"

    async def call() -> None:
        async with agent.call() as ws:
            await ws.send(json.dumps(setup_frame(**params)))
            await asyncio.sleep(0.1)

    asyncio.run(call())
    events = agent.events()
    assert events and all(e.flags.canary and e.flags.shadow for e in events)
    assert {e.agent.version for e in events} == {"1.1.0-rc1"}


def test_no_calls_are_canary_at_share_zero(agent):
    relays = [
        ET.fromstring(post(agent, "/twiml", {**CALL, "CallSid": f"CA{i:032x}"}).text) for i in range(20)
    ]
    assert all(
        r.find("Connect/ConversationRelay/Parameter[@name='canary']").get("value") == "0" for r in relays
    )
