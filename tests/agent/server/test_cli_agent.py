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


def test_the_agent_freezes_its_start_up_heap_before_it_takes_calls(monkeypatch, tmp_path):
    """A full collection over the agent's start-up heap (its policies, lexicons, pydantic, uvicorn)
    took 120-150 ms and paused every open call: under bench/tap.py's load the reference agent stalled
    150-380 ms at once for 100 calls. Frozen before serving, a full collection scans only what calls
    allocate (the agent alone under bench/tap.py's calls, heap frozen: 65-88 ms at load ~5, against 149-380 ms)."""
    import argparse
    import gc
    import sys

    from settings_env import settings_env

    from callpulse import compose
    from callpulse.cli import agent as cli_agent

    class _Emitter:
        def emit(self, event: object) -> None: ...

        def close(self, timeout_s: float) -> int:
            return 0

    frozen: list[int] = []

    def serve(coroutine: object) -> None:  # what uvicorn would start with: record, then do not serve
        frozen.append(gc.get_freeze_count())
        coroutine.close()  # type: ignore[attr-defined]

    monkeypatch.setattr(compose, "kafka_emitter", lambda settings, client_id: _Emitter())
    monkeypatch.setattr(cli_agent.asyncio, "run", serve)
    switch = sys.getswitchinterval()
    gc.unfreeze()
    env = {
        "CALLPULSE_AGENT_EMITTER": "kafka",
        "CALLPULSE_AGENT_VALIDATE_SIGNATURES": "false",
        "CALLPULSE_DATA_DIR": str(tmp_path),
    }
    try:
        with settings_env(monkeypatch, env):
            cli_agent.run_serve(argparse.Namespace(host=None, port=None))
    finally:
        gc.unfreeze()
        sys.setswitchinterval(switch)
    assert frozen and frozen[0] > 50_000, f"objects frozen when serving began: {frozen}"
