"""Debian's Alertmanager posting to the API's webhook route, with the compose routing config and a bearer
key of role ``alertmanager``: the firing and the resolved notification land in the alert history."""

from __future__ import annotations

import threading
import time
import uuid
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
import uvicorn
from alertmanager_process import needs_alertmanager, running_alertmanager, shipped_config

from api.app import create_app
from api.context import ApiContext
from devstack.kafka_broker import free_port

pytestmark = [pytest.mark.alertmanager, needs_alertmanager]


def wait_until(check: Callable[[], bool], what: str, timeout_s: float = 30) -> None:
    deadline = time.monotonic() + timeout_s
    while not check():
        assert time.monotonic() < deadline, what
        time.sleep(0.2)


def answers(url: str) -> bool:
    try:
        return httpx.get(url, timeout=1).status_code == 200
    except httpx.HTTPError:
        return False


@pytest.fixture
def api_url(api_ctx: ApiContext) -> Iterator[str]:
    """The API on a loopback port (uvicorn in a thread of this process, on the test warehouse)."""
    port = free_port()
    server = uvicorn.Server(
        uvicorn.Config(create_app(api_ctx), host="127.0.0.1", port=port, log_level="warning")
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    url = f"http://127.0.0.1:{port}"
    wait_until(lambda: answers(f"{url}/healthz"), "the API did not start")
    yield url
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture
def alertmanager(tmp_path: Path, api_url: str, make_key: Callable[[str], str]) -> Iterator[str]:
    """Alertmanager with the compose config; receivers post to this API with an alertmanager key."""
    config = shipped_config("alertmanager.compose.yml")
    (tmp_path / "key").write_text(make_key("alertmanager"))
    for receiver in config["receivers"]:
        for hook in receiver["webhook_configs"]:
            hook["url"] = f"{api_url}/api/v1/alertmanager/webhook"
            hook["http_config"]["authorization"]["credentials_file"] = str(tmp_path / "key")
    config["route"].update(group_wait="1s", group_interval="1s")
    for route in config["route"]["routes"]:
        route.update(group_wait="1s", group_interval="1s")
    with running_alertmanager(config, tmp_path) as url:
        yield url


def test_alertmanager_notifications_are_stored_and_listed_by_the_api(
    alertmanager: str, api_url: str, make_key: Callable[[str], str]
) -> None:
    alertname = "ApiWebhook" + uuid.uuid4().hex[:8]
    labels = {"alertname": alertname, "severity": "page", "workflow": "refill", "tool": "lookup_prescription"}
    starts = datetime.now(UTC).replace(microsecond=0) - timedelta(minutes=2)
    alert = {
        "labels": labels,
        "annotations": {"summary": "refill tool failing"},
        "startsAt": starts.isoformat(),
    }
    assert httpx.post(f"{alertmanager}/api/v2/alerts", json=[alert], timeout=5).status_code == 200

    viewer = {"X-API-Key": make_key("viewer")}

    def listed(status: str) -> list[dict[str, Any]]:
        params = {"alertname": alertname, "status": status}
        items: list[dict[str, Any]] = httpx.get(
            f"{api_url}/api/v1/alerts", headers=viewer, params=params
        ).json()["items"]
        return items

    wait_until(lambda: bool(listed("firing")), "no firing notification reached the API")
    [firing] = listed("firing")
    assert firing["starts_at_ms"] == int(starts.timestamp() * 1000)
    assert (firing["workflow"], firing["tool"], firing["severity"]) == (
        "refill",
        "lookup_prescription",
        "page",
    )
    assert firing["annotations"]["summary"] == "refill tool failing"

    ended = {**alert, "endsAt": (datetime.now(UTC) - timedelta(seconds=1)).isoformat()}
    assert httpx.post(f"{alertmanager}/api/v2/alerts", json=[ended], timeout=5).status_code == 200
    wait_until(lambda: bool(listed("resolved")), "no resolved notification reached the API")
    assert listed("resolved")[0]["fingerprint"] == firing["fingerprint"]
