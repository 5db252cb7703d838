"""The tap checks Twilio's handshake signature in either query convention (reference §7 vectors)."""

from __future__ import annotations

from ingest.tap.signature import is_valid, public_url_for, sign

TOKEN = "test_auth_token"


def test_plain_signature_is_valid() -> None:
    assert is_valid(TOKEN, "wss://agent.example.com/ws", "GIfOTSaLRXoRO0U7KAM9K+GMZuU=")


def test_both_query_conventions_are_valid() -> None:
    url = "wss://agent.example.com/ws?callId=abc123"
    assert is_valid(TOKEN, url, "0lWuCwEuwD+81236wgTyuqwl80M=")
    assert is_valid(TOKEN, url, "e9DADheSGXaFZXkTZkiM29dom1Q=")


def test_a_signature_for_another_url_is_refused() -> None:
    assert not is_valid(TOKEN, "wss://other.example.com/ws", "GIfOTSaLRXoRO0U7KAM9K+GMZuU=")


def test_resigning_and_public_url() -> None:
    assert sign(TOKEN, "wss://agent.example.com/ws") == "GIfOTSaLRXoRO0U7KAM9K+GMZuU="
    assert public_url_for("wss://tap.example.com/ws", "/ws?x=1") == "wss://tap.example.com/ws?x=1"
