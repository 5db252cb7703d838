"""Prometheus and Alertmanager configs for the local stack, derived from the deployed ones in
``deploy/`` (which name docker-compose's hosts): the same rules, routes and receivers, with every
target on loopback at the stack's ports. Pure: YAML text in, YAML text out."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from devstack.stack.services import REPO_ROOT

PROMETHEUS_YML = REPO_ROOT / "deploy" / "prometheus" / "prometheus.yml"
ALERTMANAGER_YML = REPO_ROOT / "deploy" / "alertmanager" / "alertmanager.yml"
RULES_DIR = REPO_ROOT / "alerts" / "rules"
DEPLOYED_API_BASE = "http://127.0.0.1:8000"


def prometheus_config(
    deployed: str,
    *,
    jobs: dict[str, list[str]],
    alertmanager: str,
    scrape_interval_s: int,
    rules_dir: Path = RULES_DIR,
) -> str:
    """``deployed`` with its scrape jobs' targets replaced by ``jobs`` (job name → host:port list; jobs
    not named there keep nothing, new ones are added), its rule files made absolute, one Alertmanager."""
    config: dict[str, Any] = yaml.safe_load(deployed)
    config.setdefault("global", {})["scrape_interval"] = f"{scrape_interval_s}s"
    config["rule_files"] = [str(rules_dir.resolve() / Path(p).name) for p in config.get("rule_files", [])]
    config["alerting"] = {"alertmanagers": [{"static_configs": [{"targets": [alertmanager]}]}]}
    scrape = {job["job_name"]: job for job in config.get("scrape_configs", [])}
    for name, targets in jobs.items():
        job = scrape.setdefault(name, {"job_name": name})
        job["static_configs"] = [{"targets": targets}]
    config["scrape_configs"] = [job for name, job in scrape.items() if name in jobs]
    return str(yaml.safe_dump(config, sort_keys=False))


def alertmanager_config(deployed: str, *, api_base_url: str, api_key_file: Path | None = None) -> str:
    """``deployed`` with its webhooks to callpulse's API pointed at the stack's API port and, given
    ``api_key_file`` (an ``alertmanager`` role key), authorized with it as a Bearer token."""
    base = api_base_url.rstrip("/")
    text = deployed.replace(DEPLOYED_API_BASE, base)
    if api_key_file is None:
        return text
    config: dict[str, Any] = yaml.safe_load(text)
    for receiver in config.get("receivers", []):
        for hook in receiver.get("webhook_configs", []):
            if str(hook.get("url", "")).startswith(base):
                authorization = {"type": "Bearer", "credentials_file": str(api_key_file)}
                hook.setdefault("http_config", {})["authorization"] = authorization
    return str(yaml.safe_dump(config, sort_keys=False))
