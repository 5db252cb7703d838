"""``X-Twilio-Signature`` made and checked exactly as Twilio does, on the reference's test vectors (§7): the
agent, the tap and the simulator all sign and check through ``ingest.relay.signature``."""

from __future__ import annotations

from ingest.relay.signature import (
    form_is_valid,
    form_signature,
    handshake_is_valid,
    handshake_signature,
    public_url_for,
)

TOKEN = "test_auth_token"
QUERY_URL = "wss://agent.example.com/ws?callId=abc123"
ACTION_PARAMS = {"AccountSid": "AC" + "0" * 32, "CallSid": "CA" + "0" * 32, "SessionStatus": "ended"}


def test_handshake_signs_the_public_wss_url() -> None:
    assert handshake_signature(TOKEN, "wss://agent.example.com/ws") == "GIfOTSaLRXoRO0U7KAM9K+GMZuU="


def test_handshake_with_a_query_signs_the_whole_url_by_default() -> None:
    assert handshake_signature(TOKEN, QUERY_URL) == "0lWuCwEuwD+81236wgTyuqwl80M="


def test_handshake_tac_style_signs_query_pairs_as_params() -> None:
    assert handshake_signature(TOKEN, QUERY_URL, "tac") == "e9DADheSGXaFZXkTZkiM29dom1Q="


def test_plain_signature_is_valid() -> None:
    assert handshake_is_valid(TOKEN, "wss://agent.example.com/ws", "GIfOTSaLRXoRO0U7KAM9K+GMZuU=")


def test_both_query_conventions_are_valid() -> None:
    assert handshake_is_valid(TOKEN, QUERY_URL, "0lWuCwEuwD+81236wgTyuqwl80M=")
    assert handshake_is_valid(TOKEN, QUERY_URL, "e9DADheSGXaFZXkTZkiM29dom1Q=")


def test_a_signature_for_another_url_is_refused() -> None:
    assert not handshake_is_valid(TOKEN, "wss://other.example.com/ws", "GIfOTSaLRXoRO0U7KAM9K+GMZuU=")


def test_action_callback_signs_url_and_form_params() -> None:
    url = "https://agent.example.com/action"
    assert form_signature(TOKEN, url, ACTION_PARAMS) == "Ht39hEFaZqsF8b7jJnczEVKXrS4="
    assert form_is_valid(TOKEN, url, ACTION_PARAMS, "Ht39hEFaZqsF8b7jJnczEVKXrS4=")
    assert not form_is_valid(
        TOKEN, url, {**ACTION_PARAMS, "SessionStatus": "failed"}, "Ht39hEFaZqsF8b7jJnczEVKXrS4="
    )


def test_public_url_keeps_the_request_path_and_query() -> None:
    assert public_url_for("wss://tap.example.com/ws", "/ws?x=1") == "wss://tap.example.com/ws?x=1"
