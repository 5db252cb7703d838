"""X-Twilio-Signature: the reference's test vectors, and refusals before anything else happens."""

from __future__ import annotations

import asyncio
import json

import httpx
import pytest
from agent_calls import setup_frame, ws_signature
from websockets.exceptions import InvalidStatus

from agent.server.signature import SignatureChecker

SIDS = {"AccountSid": "AC" + "0" * 32, "CallSid": "CA" + "0" * 32, "SessionStatus": "ended"}


@pytest.mark.parametrize(
    ("query", "signature"),
    [
        ("", "GIfOTSaLRXoRO0U7KAM9K+GMZuU="),
        ("callId=abc123", "0lWuCwEuwD+81236wgTyuqwl80M="),  # full URL with its query, {} params
        ("callId=abc123", "e9DADheSGXaFZXkTZkiM29dom1Q="),  # TAC style: query pairs as params
    ],
    ids=["plain", "query-in-url", "query-as-params"],
)
def test_websocket_vectors_are_accepted(query, signature):
    checker = SignatureChecker("test_auth_token")
    assert checker.websocket("wss://agent.example.com/ws", query, signature)
    assert not checker.websocket("wss://agent.example.com/ws", query, signature.replace("=", "A="))


def test_the_action_vector_is_accepted_and_a_changed_param_is_not():
    checker = SignatureChecker("test_auth_token")
    url = "https://agent.example.com/action"
    assert checker.webhook(url, SIDS, "Ht39hEFaZqsF8b7jJnczEVKXrS4=")
    assert not checker.webhook(url, {**SIDS, "SessionStatus": "failed"}, "Ht39hEFaZqsF8b7jJnczEVKXrS4=")
    assert not checker.webhook(url, SIDS, None)


def test_https_instead_of_wss_is_refused():
    checker = SignatureChecker("test_auth_token")
    assert not checker.websocket("https://agent.example.com/ws", "", "GIfOTSaLRXoRO0U7KAM9K+GMZuU=")


@pytest.mark.parametrize(
    "headers", [{}, {"X-Twilio-Signature": "bm90IGEgc2lnbmF0dXJl"}], ids=["missing", "wrong"]
)
def test_a_handshake_without_a_valid_signature_is_refused_before_accept(agent, headers):
    async def call() -> None:
        async with agent.call(headers=headers) as ws:
            await ws.send(json.dumps(setup_frame()))

    with pytest.raises(InvalidStatus) as refused:
        asyncio.run(call())
    assert refused.value.response.status_code == 403
    assert agent.events(wait_for=None) == []  # no call was started


def test_a_tac_style_handshake_with_a_query_is_accepted(agent):
    signature = ws_signature("wss://agent.example.com/ws", {"callId": "abc123"})

    async def call() -> str:
        async with agent.started(headers={"X-Twilio-Signature": signature}, query="?callId=abc123") as caller:
            return (await caller.say("I need to make a payment on my account.")).text

    assert "phone number" in asyncio.run(call())


def test_webhooks_without_a_valid_signature_get_403(agent):
    for path in ("/twiml", "/action"):
        response = httpx.post(agent.base_url + path, data=SIDS, headers={"X-Twilio-Signature": "x"})
        assert response.status_code == 403


def test_turning_validation_off_lets_unsigned_calls_in(make_agent):
    open_agent = make_agent(validate_signatures=False)

    async def call() -> str:
        async with open_agent.started(headers={}) as caller:
            return (await caller.say("I need to make a payment on my account.")).text

    assert "phone number" in asyncio.run(call())
