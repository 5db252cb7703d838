"""The API's settings: a placeholder key pepper is refused outside development, and the context
built from settings carries what the routes need."""

from __future__ import annotations

import base64
from typing import Any

import pytest

from callpulse import compose
from callpulse.errors import ConfigError
from callpulse.settings import Settings

PRODUCTION = {
    "env": "production",
    "redaction_key": "r" * 32,
    "raw_keys": {"k1": base64.b64encode(b"k" * 32).decode()},
    "raw_key_id": "k1",
}


def test_the_placeholder_pepper_is_refused_outside_development() -> None:
    with pytest.raises(ConfigError, match="CALLPULSE_API_KEY_PEPPER"):
        Settings(**PRODUCTION)
    assert Settings(**PRODUCTION, api_key_pepper="p" * 32).api_key_pepper.get_secret_value() == "p" * 32


def test_the_placeholder_redaction_key_is_refused_outside_development() -> None:
    keyless = {k: v for k, v in PRODUCTION.items() if k != "redaction_key"}
    with pytest.raises(ConfigError, match="CALLPULSE_REDACTION_KEY still holds the placeholder"):
        Settings(**keyless, api_key_pepper="p" * 32)
    assert Settings(**{**keyless, "env": "development"}).redaction_key.get_secret_value() == "change-me"


def test_the_context_from_settings_uses_the_agent_address_and_the_limits(loaded_warehouse: Any) -> None:
    settings = Settings(
        agent_host="10.0.0.5", agent_port=8081, agent_admin_token="t0k", api_raw_reads_per_minute=3
    )
    ctx = compose.api_context(settings, client=loaded_warehouse.client)
    assert ctx.agent_admin_url == "http://10.0.0.5:8081"
    assert ctx.agent_admin_token == "t0k"
    assert ctx.raw_reads_per_minute == 3
    assert ctx.ttfhw_budget_ms == settings.ttfhw_budget_ms
    explicit = Settings(api_agent_admin_url="https://agent.example.com")
    assert (
        compose.api_context(explicit, client=loaded_warehouse.client).agent_admin_url
        == "https://agent.example.com"
    )
