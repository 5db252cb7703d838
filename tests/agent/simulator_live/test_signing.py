"""The simulator signs exactly like Twilio: the reference's test vectors (§7)."""

from __future__ import annotations

from agent.simulator.live.signing import form_signature, handshake_signature

TOKEN = "test_auth_token"


def test_handshake_signs_the_public_wss_url() -> None:
    assert handshake_signature(TOKEN, "wss://agent.example.com/ws") == "GIfOTSaLRXoRO0U7KAM9K+GMZuU="


def test_handshake_with_a_query_signs_the_whole_url_by_default() -> None:
    url = "wss://agent.example.com/ws?callId=abc123"
    assert handshake_signature(TOKEN, url) == "0lWuCwEuwD+81236wgTyuqwl80M="


def test_handshake_tac_style_signs_query_pairs_as_params() -> None:
    url = "wss://agent.example.com/ws?callId=abc123"
    assert handshake_signature(TOKEN, url, "tac") == "e9DADheSGXaFZXkTZkiM29dom1Q="


def test_action_callback_signs_url_and_form_params() -> None:
    params = {"AccountSid": "AC" + "0" * 32, "CallSid": "CA" + "0" * 32, "SessionStatus": "ended"}
    assert form_signature(TOKEN, "https://agent.example.com/action", params) == "Ht39hEFaZqsF8b7jJnczEVKXrS4="
