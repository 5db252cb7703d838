"""The whole paging path with real components: a refill tool breaks in the warehouse, the detector
notices, Debian's Alertmanager routes the page to a webhook, and it resolves after recovery."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import orjson
import pytest
from alertmanager_process import needs_alertmanager, running_alertmanager, shipped_config
from post_receiver import PostReceiver, post_receiver

from agent.simulator.incidents import Incident, calls, stream
from alerts.detector.alertmanager import AlertmanagerClient
from alerts.detector.detector import Detector, DetectorConfig
from ingest.clock import ManualClock
from stream.messages import Position, RawMessage
from stream.pipeline import Pipeline

pytestmark = [pytest.mark.alertmanager, needs_alertmanager]
API = "http://callpulse.test"
MINUTE = 60_000


@pytest.fixture
def webhook() -> Iterator[PostReceiver]:
    """A receiver: every notification Alertmanager posts is kept, in order (``arrivals``)."""
    with post_receiver(200) as receiver:
        yield receiver


@pytest.fixture
def alertmanager(tmp_path: Path, webhook: PostReceiver) -> Iterator[str]:
    """Debian's Alertmanager with the shipped routing; receivers point at the test's webhook and the
    page route's waits are shortened to a second."""
    config = shipped_config("alertmanager.yml")
    for receiver in config["receivers"]:
        for hook in receiver["webhook_configs"]:
            hook["url"] = f"{webhook.url}/hook"
    for route in config["route"]["routes"]:
        route.update(group_wait="1s", group_interval="1s")
    with running_alertmanager(config, tmp_path) as url:
        yield url


def wait_for(received: PostReceiver, status: str) -> dict[str, Any]:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        message: dict[str, Any] = received.arrivals.get(timeout=max(0.1, deadline - time.monotonic())).body
        if message["status"] == status:
            return message
    raise AssertionError(f"no {status} notification")


def test_a_failing_refill_tool_pages_with_transcript_links_and_resolves(
    warehouse, alertmanager, webhook
) -> None:
    now = int(time.time()) // 60 * MINUTE  # Alertmanager resolves alerts whose endsAt passed: use real time
    onset = now - 42 * MINUTE
    incident = Incident("tool-failure", onset, onset + 5 * MINUTE)
    clock = ManualClock(now - 85 * MINUTE)
    pipeline = Pipeline(warehouse.client, warehouse.database, clock, redaction=None)
    events = stream(calls(700, 5, now - 2 * MINUTE, 70 * MINUTE, (incident,), mix={"refill": 1.0}))
    for offset, event in enumerate(events):
        clock._now_ms = max(clock.now_ms(), event["ts"])
        pipeline.submit(RawMessage(orjson.dumps(event), Position("sim", 0, offset), event["ts"]))
    pipeline.join()

    client = AlertmanagerClient(alertmanager)
    config = DetectorConfig(api_base_url=API, interval_s=3600)
    detector = Detector(warehouse.client, warehouse.database, config, client)
    assert detector.tick(onset - MINUTE).transitions.opened == []  # before the incident: silent
    opened = detector.tick(onset + 3 * MINUTE).transitions.opened
    assert [i.labels["tool"] for i in opened] == ["lookup_prescription"]

    page = wait_for(webhook, "firing")
    [alert] = page["alerts"]
    assert alert["labels"] == {"alertname": "CallpulseDetectorToolFailures", "severity": "page",
                               "workflow": "refill", "tool": "lookup_prescription",
                               "error_code": "schema_mismatch"}  # fmt: skip
    links = alert["annotations"]["transcripts"].splitlines()
    assert 1 <= len(links) <= 5
    assert all(link.startswith(f"{API}/calls/CA") and "#turn-" in link for link in links)
    assert "schema_mismatch" in alert["annotations"]["description"]

    # The tool works again from onset + 5: the episode is held until its last quarter hour is clean
    # (to onset + 20: a tool that fails now and then must not resolve and page again), then five
    # quiet ticks resolve it.
    for minutes_after in (9, 14, 19):
        assert detector.tick(onset + minutes_after * MINUTE).transitions.resolved == []
    for minutes_after in range(21, 41):  # calls that started in it end with failed results for minutes
        if detector.tick(onset + minutes_after * MINUTE).transitions.resolved:
            break  # onset + 25 in the run that set this test: 15 clean minutes, then 5 quiet ticks
    resolved = wait_for(webhook, "resolved")
    assert resolved["alerts"][0]["labels"]["tool"] == "lookup_prescription"
    statuses = warehouse.rows("SELECT status FROM {db}.alerts FINAL ORDER BY status")
    assert statuses == [("firing",), ("resolved",)]
