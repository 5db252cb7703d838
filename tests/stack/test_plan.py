"""The local stack's plan and configs, without starting anything: what `callpulse stack up` would run,
in which order, wired to which ports; Prometheus and Alertmanager configs that their own tools accept."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

from callpulse.compose import stack_config
from callpulse.settings import Settings
from devstack.stack import configs
from devstack.stack.services import Layout, plan

needs_promtool = pytest.mark.skipif(shutil.which("promtool") is None, reason="`make promtool` installs it")
needs_amtool = pytest.mark.skipif(shutil.which("amtool") is None, reason="`make promtool` installs it")


def _settings(**values: object) -> Settings:
    return Settings(_env_file=None, **values)  # type: ignore[call-arg]


def _plan(tmp_path: Path, **values: object) -> dict[str, object]:
    services = plan(stack_config(_settings(**values)), Layout(tmp_path), with_api=True, python="py")
    return {s.name: s for s in services}


def test_services_start_after_what_they_need(tmp_path: Path) -> None:
    order = list(_plan(tmp_path))
    assert order[:4] == ["kafka", "warehouse", "alertmanager", "prometheus"]
    assert order[4:6] == ["worker-1", "worker-2"]
    assert set(order[6:]) == {"http-ingest", "api", "detector", "agent"}


def test_every_callpulse_process_shares_the_warehouse_server_and_kafka(tmp_path: Path) -> None:
    services = _plan(tmp_path, warehouse_server_port=18123, kafka_dev_port=19092)
    cli = [s for s in services.values() if s.argv[:3] == ("py", "-m", "callpulse")]  # type: ignore[attr-defined]
    assert len(cli) == 7
    data_dirs = {s.env["CALLPULSE_DATA_DIR"] for s in cli}  # type: ignore[attr-defined]
    assert len(data_dirs) == 7, "each process keeps its own files (faust's, chDB's) apart"
    for service in cli:
        assert service.env["CALLPULSE_WAREHOUSE_DSN"] == "http://127.0.0.1:18123"  # type: ignore[attr-defined]
        assert service.env["CALLPULSE_KAFKA_BOOTSTRAP"] == "127.0.0.1:19092"  # type: ignore[attr-defined]


def test_workers_get_one_metrics_port_each_and_the_agent_emits_to_kafka(tmp_path: Path) -> None:
    services = _plan(tmp_path, worker_metrics_port=9200, stack_workers=3)
    ports = [services[f"worker-{i}"].port for i in (1, 2, 3)]  # type: ignore[attr-defined]
    assert ports == [9200, 9201, 9202]
    agent = services["agent"]
    assert agent.env["CALLPULSE_AGENT_EMITTER"] == "kafka"  # type: ignore[attr-defined]
    assert agent.env["CALLPULSE_AGENT_VALIDATE_SIGNATURES"] == "false"  # type: ignore[attr-defined]
    signed = _plan(tmp_path, agent_twilio_auth_token="tok")["agent"]
    assert "CALLPULSE_AGENT_VALIDATE_SIGNATURES" not in signed.env  # type: ignore[attr-defined]


def _prometheus(tmp_path: Path) -> Path:
    text = configs.prometheus_config(
        configs.PROMETHEUS_YML.read_text(),
        jobs={"callpulse-worker": ["127.0.0.1:9108", "127.0.0.1:9109"], "callpulse-api": ["127.0.0.1:8000"]},
        alertmanager="127.0.0.1:9093",
        scrape_interval_s=5,
    )
    path = tmp_path / "prometheus.yml"
    path.write_text(text)
    return path


def test_prometheus_config_scrapes_loopback_and_keeps_the_rules(tmp_path: Path) -> None:
    config = yaml.safe_load(_prometheus(tmp_path).read_text())
    jobs = {job["job_name"]: job["static_configs"][0]["targets"] for job in config["scrape_configs"]}
    assert jobs == {
        "callpulse-worker": ["127.0.0.1:9108", "127.0.0.1:9109"],
        "callpulse-api": ["127.0.0.1:8000"],
    }
    assert config["alerting"]["alertmanagers"][0]["static_configs"][0]["targets"] == ["127.0.0.1:9093"]
    assert config["global"]["scrape_interval"] == "5s"
    assert config["global"]["evaluation_interval"] == "15s"  # the rules' windows assume it
    assert all(Path(p).is_file() for p in config["rule_files"]) and config["rule_files"]


@needs_promtool
def test_promtool_accepts_the_local_prometheus_config(tmp_path: Path) -> None:
    result = subprocess.run(
        ["promtool", "check", "config", str(_prometheus(tmp_path))],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def _amtool_accepts(tmp_path: Path, text: str) -> None:
    """``amtool check-config`` passes on ``text`` written as an Alertmanager config file."""
    path = tmp_path / "alertmanager.yml"
    path.write_text(text)
    result = subprocess.run(
        ["amtool", "check-config", str(path)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr


@needs_amtool
def test_alertmanager_config_posts_to_the_stack_api(tmp_path: Path) -> None:
    text = configs.alertmanager_config(
        configs.ALERTMANAGER_YML.read_text(), api_base_url="http://127.0.0.1:18000"
    )
    urls = [
        hook["url"]
        for receiver in yaml.safe_load(text)["receivers"]
        for hook in receiver.get("webhook_configs", [])
    ]
    assert urls and all(u.startswith("http://127.0.0.1:18000/") for u in urls)
    _amtool_accepts(tmp_path, text)


@needs_amtool
def test_alertmanager_authorizes_its_webhooks_with_the_stack_key(tmp_path: Path) -> None:
    key_file = tmp_path / "alertmanager-api-key"
    key_file.write_text("cpk_test")
    text = configs.alertmanager_config(
        configs.ALERTMANAGER_YML.read_text(), api_base_url="http://127.0.0.1:18000", api_key_file=key_file
    )
    hooks = [
        hook for receiver in yaml.safe_load(text)["receivers"] for hook in receiver.get("webhook_configs", [])
    ]
    assert hooks
    for hook in hooks:
        assert hook["http_config"]["authorization"] == {"type": "Bearer", "credentials_file": str(key_file)}
    _amtool_accepts(tmp_path, text)
