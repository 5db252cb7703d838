"""Grafana's provisioning as docker-compose.yml mounts it: valid YAML, the two data sources the dashboards
use, a dashboard provider whose folder (seen through the compose mounts) holds the generated dashboards,
and every environment variable the files expand set on the grafana service."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
import yaml
from compose_file import bind_mounts, environment

REPO = Path(__file__).resolve().parents[2]
PROVISIONING = REPO / "deploy" / "grafana" / "provisioning"
CONTAINER_PROVISIONING = "/etc/grafana/provisioning"
# Grafana expands $VAR, ${VAR} and $__env{VAR} in provisioning files ($$ is a literal $).
ENV_REFERENCE = re.compile(r"(?<!\$)\$(?:__env\{(\w+)\}|\{(\w+)\}|([A-Za-z_]\w*))")
DATASOURCES = {"callpulse-clickhouse": "grafana-clickhouse-datasource", "callpulse-prometheus": "prometheus"}


def _files(kind: str) -> list[Path]:
    folder = PROVISIONING / kind
    assert folder.is_dir(), f"{folder.relative_to(REPO)} is missing (Grafana provisioning, dashboards issue)"
    files = sorted([*folder.glob("*.yml"), *folder.glob("*.yaml")])
    assert files, f"no provisioning files in {folder.relative_to(REPO)}"
    return files


def _load(path: Path) -> dict[str, Any]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert isinstance(data, dict), f"{path.name}: not a YAML mapping"
    assert data.get("apiVersion") == 1, f"{path.name}: Grafana provisioning files start with apiVersion: 1"
    return data


def _host_path(container_path: str, services: dict[str, Any]) -> Path | None:
    """Where ``container_path`` inside the grafana container comes from on the host, by the bind mounts."""
    for host, target in sorted(bind_mounts(services["grafana"]), key=lambda m: -len(m[1])):
        if container_path == target or container_path.startswith(target.rstrip("/") + "/"):
            return REPO / host / container_path.removeprefix(target).lstrip("/")
    return None


def test_compose_mounts_provisioning_and_the_generated_dashboards(services: dict[str, Any]) -> None:
    mounts = dict(bind_mounts(services["grafana"]))
    assert mounts.get("./deploy/grafana/provisioning") == CONTAINER_PROVISIONING
    assert mounts.get("./dashboards/generated") == "/var/lib/grafana/dashboards/callpulse"


@pytest.mark.parametrize("kind", ["datasources", "dashboards"])
def test_provisioning_files_are_valid_yaml(kind: str) -> None:
    for path in _files(kind):
        _load(path)


def test_the_data_sources_the_dashboards_use_are_provisioned() -> None:
    provisioned = {
        ds["uid"]: ds for path in _files("datasources") for ds in _load(path).get("datasources", [])
    }
    for uid, kind in DATASOURCES.items():
        assert uid in provisioned, f"data source {uid} is not provisioned"
        assert provisioned[uid]["type"] == kind
    used: set[str] = set()
    for dashboard in (REPO / "dashboards" / "generated").glob("*.json"):
        used |= set(re.findall(r'"datasource":\s*\{[^{}]*?"uid":\s*"([^"$]+)"', dashboard.read_text()))
    assert used, "the generated dashboards name no data source"
    assert used <= set(provisioned), f"dashboards use unprovisioned data sources: {used - set(provisioned)}"


def test_the_dashboard_provider_points_at_the_generated_dashboards(services: dict[str, Any]) -> None:
    providers = [p for path in _files("dashboards") for p in _load(path).get("providers", [])]
    assert providers, "no dashboard provider"
    uids: set[str] = set()
    for provider in providers:
        assert provider.get("type", "file") == "file"
        container_path = provider["options"]["path"]
        host = _host_path(container_path, services)
        assert host is not None, f"{container_path} is not mounted into the grafana service"
        assert host.is_dir(), f"{container_path} comes from {host}, which does not exist"
        dashboards = sorted(host.glob("*.json"))
        assert dashboards, f"{host} holds no dashboard JSON"
        for path in dashboards:
            uids.add(json.loads(path.read_text())["uid"])
    assert "callpulse-oncall" in uids, "the detector's pages link to /d/callpulse-oncall"


def test_every_variable_the_provisioning_expands_is_set_on_grafana(services: dict[str, Any]) -> None:
    env = environment(services["grafana"])
    for kind in ("datasources", "dashboards"):
        for path in _files(kind):
            text = "\n".join(
                line for line in path.read_text().splitlines() if not line.lstrip().startswith("#")
            )
            for match in ENV_REFERENCE.finditer(text):
                name = next(group for group in match.groups() if group)
                assert name in env, f"{path.name} expands ${name}; set it on the grafana service in compose"
