"""Grafana's ClickHouse data source follows .env: plain HTTP to the compose service by default, TLS when
GRAFANA_CLICKHOUSE_SECURE=true. Compose's ${VAR:-default} and Grafana's ${VAR} substitution are applied
here as they would be at start (no Docker, no Grafana)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml
from compose_file import environment

DATASOURCES = Path("deploy/grafana/provisioning/datasources/callpulse.yml")
COMPOSE_DEFAULT = re.compile(r"\$\{(\w+)(?::-([^}]*))?\}")
GRAFANA_REFERENCE = re.compile(r"\$\{(\w+)\}")
GO_BOOLS = {"1": True, "t": True, "T": True, "TRUE": True, "true": True, "True": True,
            "0": False, "f": False, "F": False, "FALSE": False, "false": False, "False": False}  # fmt: skip


def dot_env(repo: Path) -> dict[str, str]:
    values = {}
    for line in (repo / ".env.example").read_text().splitlines():
        if line.strip() and not line.lstrip().startswith("#") and "=" in line:
            name, _, value = line.partition("=")
            values[name.strip()] = value.strip()
    return values


def clickhouse_json_data(services: dict[str, Any], repo: Path, env_file: dict[str, str]) -> dict[str, Any]:
    """The ClickHouse data source's jsonData as Grafana sees it with ``env_file`` as .env."""
    grafana_env = {
        name: COMPOSE_DEFAULT.sub(lambda m: env_file.get(m[1]) or (m[2] or ""), value)
        for name, value in environment(services["grafana"]).items()
    }
    [source] = [
        d
        for d in yaml.safe_load((repo / DATASOURCES).read_text())["datasources"]
        if d["uid"] == "callpulse-clickhouse"
    ]
    return {
        key: GRAFANA_REFERENCE.sub(lambda m: grafana_env[m[1]], value) if isinstance(value, str) else value
        for key, value in source["jsonData"].items()
    }


def test_protocol_and_tls_are_not_hard_coded(repo: Path) -> None:
    json_data = yaml.safe_load((repo / DATASOURCES).read_text())["datasources"][0]["jsonData"]
    assert json_data["protocol"] == "${CLICKHOUSE_PROTOCOL}"
    assert json_data["secure"] == "${CLICKHOUSE_SECURE}"


def test_the_defaults_are_plain_http_to_the_compose_clickhouse(services: dict[str, Any], repo: Path) -> None:
    for env_file in ({}, dot_env(repo)):  # compose's own defaults, and .env.example copied unchanged
        json_data = clickhouse_json_data(services, repo, env_file)
        assert (json_data["host"], json_data["port"], json_data["protocol"]) == ("clickhouse", "8123", "http")
        assert GO_BOOLS[json_data["secure"]] is False


@pytest.mark.parametrize("secure", ["true", "false"])
def test_secure_comes_from_the_env_file(services: dict[str, Any], repo: Path, secure: str) -> None:
    env_file = {
        **dot_env(repo),
        "GRAFANA_CLICKHOUSE_HOST": "ch.example.com",
        "GRAFANA_CLICKHOUSE_PORT": "8443",
        "GRAFANA_CLICKHOUSE_SECURE": secure,
    }
    json_data = clickhouse_json_data(services, repo, env_file)
    assert (json_data["host"], json_data["port"], json_data["protocol"]) == ("ch.example.com", "8443", "http")
    assert GO_BOOLS[json_data["secure"]] is (secure == "true")  # the plugin's strconv.ParseBool
