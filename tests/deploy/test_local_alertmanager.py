"""The local (non-compose) Alertmanager config posts to a route `callpulse api` really serves."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

import yaml
from compose_file import served_paths


def test_local_alertmanager_webhooks_are_routes_of_the_api(repo: Path) -> None:
    config = yaml.safe_load((repo / "deploy/alertmanager/alertmanager.yml").read_text())
    urls = [hook["url"] for receiver in config["receivers"] for hook in receiver.get("webhook_configs", [])]
    assert urls
    routes = served_paths("api")
    for url in urls:
        assert urlsplit(url).path in routes, f"{url}: not a route of the API"
