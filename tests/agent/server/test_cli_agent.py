"""`callpulse agent serve` is registered and builds the agent's config from the settings."""

from __future__ import annotations

import pytest
from pydantic import SecretStr

from callpulse.cli import build_parser
from callpulse.cli.agent import run_serve
from callpulse.compose import agent_config
from callpulse.errors import ConfigError
from callpulse.settings import Settings


def test_agent_serve_is_a_command():
    args = build_parser().parse_args(["agent", "serve", "--port", "9000"])
    assert args.run is run_serve and args.port == 9000


def test_config_comes_from_the_settings():
    settings = Settings(
        agent_public_url="https://voice.example.org",
        agent_twilio_auth_token=SecretStr("tok"),
        agent_canary_share=0.1,
        agent_tool_timeouts={"find_slots": 2.5},
    )
    config = agent_config(settings)
    assert config.ws_url == "wss://voice.example.org/ws"
    assert config.action_url == "https://voice.example.org/action"
    assert config.canary_share == 0.1
    assert config.tool_timeout_s("find_slots") == 2.5 and config.tool_timeout_s("process_payment") == 8.0
    assert "automated assistant" in config.welcome_greeting


def test_signature_checks_need_a_token():
    with pytest.raises(ConfigError, match="CALLPULSE_AGENT_TWILIO_AUTH_TOKEN"):
        agent_config(Settings(agent_twilio_auth_token=SecretStr("")))
    assert not agent_config(Settings(agent_validate_signatures=False)).validate_signatures


def test_a_bad_public_url_is_one_clear_error():
    with pytest.raises(ConfigError, match="public_base_url"):
        agent_config(Settings(agent_public_url="agent.example.com", agent_validate_signatures=False))
