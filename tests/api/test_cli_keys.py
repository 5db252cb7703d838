"""``callpulse keys create|list|revoke`` through ``callpulse.cli.main``, on the test's databases."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from settings_env import settings_env, warehouse_env

from api.app import create_app
from callpulse import compose
from callpulse.cli import main
from callpulse.settings import get_settings


@pytest.fixture
def cli_env(warehouse: Any, chdb_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    env = {**warehouse_env(warehouse, chdb_path), "CALLPULSE_API_KEY_PEPPER": "cli-test-pepper"}
    with settings_env(monkeypatch, env):
        yield warehouse


def test_a_created_key_is_printed_once_opens_the_api_and_stops_working_when_revoked(
    cli_env: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["keys", "create", "--role", "analyst", "--name", "dana"]) == 0
    printed = capsys.readouterr().out.splitlines()
    key = printed[0]
    assert key.startswith("cpk_") and "shown only now" in printed[1]
    key_id = key.split("_")[1]
    stored = cli_env.rows("SELECT id, name, role, hash FROM {rdb}.api_keys FINAL")
    assert [(i, n, r) for i, n, r, _ in stored] == [(key_id, "dana", "analyst")]
    assert key.split("_", 2)[2] not in stored[0][3]  # only a keyed hash is stored

    ctx = compose.api_context(get_settings(), client=cli_env.client)
    with TestClient(create_app(ctx)) as client:
        assert client.get("/api/v1/calls", headers={"X-API-Key": key}).status_code == 200

        assert main(["keys", "list"]) == 0
        listing = capsys.readouterr().out
        assert key_id in listing and "dana" in listing and "analyst" in listing
        assert key.split("_", 2)[2] not in listing

        assert main(["keys", "revoke", key_id]) == 0
        assert f"revoked key {key_id}" in capsys.readouterr().out
        assert client.get("/api/v1/calls", headers={"X-API-Key": key}).status_code == 401


def test_bad_key_commands_say_what_is_wrong(cli_env: Any, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["keys", "create", "--role", "superuser", "--name", "x"])
    assert "invalid choice: 'superuser'" in capsys.readouterr().err
    assert main(["keys", "revoke", "0123456789ab"]) == 2
    assert "no API key with id '0123456789ab'" in capsys.readouterr().err
    assert main(["keys", "create", "--role", "viewer", "--name", "<script>"]) == 2
    assert "a key name is" in capsys.readouterr().err
    assert main(["keys", "list"]) == 0
    assert "no API keys yet" in capsys.readouterr().out
