"""Prometheus and Alertmanager configurations, checked by their own tools (Debian's promtool and amtool,
installed by `make test`) in the layout docker-compose.yml mounts them in, and against the services they
name. A missing tool fails the test: the check must not silently not run."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml
from compose_file import environment, served_paths

TOOL_HINT = "install Debian's prometheus and prometheus-alertmanager packages (`make promtool`)"


def _tool(name: str) -> str:
    path = shutil.which(name) or (f"/usr/bin/{name}" if Path(f"/usr/bin/{name}").exists() else None)
    assert path, f"{name} is missing: {TOOL_HINT}"
    return path


def _run(*argv: str) -> str:
    done = subprocess.run(argv, capture_output=True, text=True, timeout=60, check=False)
    output = done.stdout + done.stderr
    assert done.returncode == 0, f"{' '.join(argv)} failed:\n{output}"
    return output


def _mirror_mounts(service: dict[str, Any], under: str, repo: Path, into: Path) -> None:
    """Lay the service's bind mounts below ``under`` out in ``into`` as they appear in the container."""
    for volume in service.get("volumes") or []:
        source, _, rest = str(volume).partition(":")
        target = rest.split(":")[0]
        if source.startswith(".") and target.startswith(under + "/"):
            place = into / target.removeprefix(under + "/")
            place.parent.mkdir(parents=True, exist_ok=True)
            place.symlink_to((repo / source).resolve())


def test_prometheus_config_in_the_compose_layout_passes_promtool(
    services: dict[str, Any], repo: Path, tmp_path: Path
) -> None:
    _mirror_mounts(services["prometheus"], "/etc/prometheus", repo, tmp_path)
    config = tmp_path / "prometheus.yml"
    assert config.exists(), "compose must mount a config at /etc/prometheus/prometheus.yml"
    output = _run(_tool("promtool"), "check", "config", str(config))
    assert "SUCCESS: 1 rule files found" in output, f"the alert rules were not found in the mount:\n{output}"


def test_the_local_prometheus_config_passes_promtool(repo: Path) -> None:
    output = _run(_tool("promtool"), "check", "config", str(repo / "deploy/prometheus/prometheus.yml"))
    assert "SUCCESS" in output and "rule files found" in output


def test_the_alert_rules_pass_promtool(repo: Path) -> None:
    files = sorted((repo / "alerts/rules").glob("*.yml"))
    assert files
    output = _run(_tool("promtool"), "check", "rules", *map(str, files))
    assert "SUCCESS" in output


@pytest.mark.parametrize("name", ["alertmanager.yml", "alertmanager.compose.yml"])
@pytest.mark.parametrize(
    ("labels", "receiver"),
    [
        # a per-call rule's note (stream/rules/notify.supervisor_alert) reaches the floor, never the pager
        (
            ["alertname=CallpulseCallRule", "severity=info", "route=supervisor", "rule=caller_upset"],
            "callpulse-supervisor",
        ),
        (["alertname=CallpulseDeadAir", "severity=page", "workflow=billing"], "callpulse-pager"),
        (["alertname=CallpulseIngestLag", "severity=ticket"], "callpulse-webhook"),
    ],
)
def test_alertmanager_routes_each_kind_of_alert(
    name: str, labels: list[str], receiver: str, repo: Path
) -> None:
    config = str(repo / "deploy/alertmanager" / name)
    output = _run(_tool("amtool"), "config", "routes", "test", f"--config.file={config}", *labels)
    assert receiver in output.splitlines()  # amtool prints the receiver on its own line (and a warning)
    assert len([line for line in output.splitlines() if line.startswith("callpulse-")]) == 1


def test_compose_prometheus_scrapes_ports_the_services_listen_on(
    services: dict[str, Any], repo: Path
) -> None:
    config = yaml.safe_load((repo / "deploy/prometheus/prometheus.compose.yml").read_text())
    targets: list[tuple[str, str]] = []
    for job in config["scrape_configs"]:
        for static in job.get("static_configs", []):
            targets += [(t.rsplit(":", 1)[0], t.rsplit(":", 1)[1]) for t in static["targets"]]
        for dns in job.get("dns_sd_configs", []):
            targets += [(name, str(dns["port"])) for name in dns["names"]]
    assert ("worker", "9108") in targets and ("api", "8000") in targets
    for host, port in targets:
        if host == "localhost":
            continue
        assert host in services, f"Prometheus scrapes {host}, which is not a compose service"
        listening = " ".join([*environment(services[host]).values(), str(services[host].get("healthcheck"))])
        assert port in listening, f"{host} does not listen on {port} (by its environment and health check)"
    for am in config["alerting"]["alertmanagers"]:
        for target in am["static_configs"][0]["targets"]:
            assert target.split(":")[0] in services


@pytest.mark.parametrize("name", ["alertmanager.yml", "alertmanager.compose.yml"])
def test_alertmanager_configs_pass_amtool(name: str, repo: Path) -> None:
    output = _run(_tool("amtool"), "check-config", str(repo / "deploy/alertmanager" / name))
    assert "SUCCESS" in output


def test_compose_alertmanager_routes_like_the_local_one(repo: Path) -> None:
    """Only the receivers' addresses differ between the two; routing and inhibition must not drift."""
    local = yaml.safe_load((repo / "deploy/alertmanager/alertmanager.yml").read_text())
    compose = yaml.safe_load((repo / "deploy/alertmanager/alertmanager.compose.yml").read_text())
    assert compose["route"] == local["route"]
    assert compose["inhibit_rules"] == local["inhibit_rules"]
    assert {r["name"] for r in compose["receivers"]} == {r["name"] for r in local["receivers"]}


def test_compose_alertmanager_posts_to_the_api_webhook_with_the_generated_key(
    services: dict[str, Any], repo: Path
) -> None:
    config = yaml.safe_load((repo / "deploy/alertmanager/alertmanager.compose.yml").read_text())
    key_mount = next(
        str(v).split(":")[1]
        for v in services["alertmanager"]["volumes"]
        if str(v).startswith("alertmanager-secrets:")
    )
    routes = _api_paths()
    for receiver in config["receivers"]:
        for hook in receiver["webhook_configs"]:
            url = hook["url"]
            assert url.startswith("http://api:8000/"), url
            assert url.removeprefix("http://api:8000") in routes, f"{url}: not a route of the API"
            credentials = hook["http_config"]["authorization"]["credentials_file"]
            assert credentials.startswith(key_mount + "/"), f"{credentials} is outside the key volume"


def test_prometheus_scrapes_metrics_paths_the_services_serve() -> None:
    for service in ("api", "http-ingest"):
        assert "/metrics" in served_paths(service), f"Prometheus scrapes {service}:…/metrics"


def _api_paths() -> set[str]:
    return served_paths("api")
