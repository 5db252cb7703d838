"""Alertmanager's webhook in, the alert history out."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

import pytest
from fastapi.testclient import TestClient


def notification(alertname: str, status: str, ends_at: str = "0001-01-01T00:00:00Z") -> dict[str, Any]:
    """A notification as Alertmanager 0.2x posts it (webhook payload version 4)."""
    labels = {"alertname": alertname, "severity": "page", "workflow": "refill", "tool": "lookup_prescription"}
    return {
        "receiver": "callpulse-api",
        "status": status,
        "alerts": [
            {
                "status": status,
                "labels": labels,
                "annotations": {
                    "summary": "refill: lookup_prescription failing 42% of results",
                    "transcripts": "http://127.0.0.1:8000/calls/CA0123#turn-3",
                },
                "startsAt": "2025-11-24T16:30:00.123Z",
                "endsAt": ends_at,
                "generatorURL": "http://prometheus:9090/graph?g0.expr=...",
                "fingerprint": "4f1c7d2a9e0b3c55",
            }
        ],
        "groupLabels": {"alertname": alertname},
        "commonLabels": labels,
        "commonAnnotations": {},
        "externalURL": "http://alertmanager:9093",
        "version": "4",
        "groupKey": f'{{}}:{{alertname="{alertname}"}}',
        "truncatedAlerts": 0,
    }


@pytest.fixture
def alertname() -> str:
    return "ApiTest" + uuid.uuid4().hex[:8]


def test_a_firing_then_resolved_notification_is_stored_and_listed(
    client: TestClient, make_key: Callable[[str], str], alertname: str
) -> None:
    alertmanager = {"Authorization": f"Bearer {make_key('alertmanager')}"}
    for _ in range(2):  # Alertmanager repeats a firing alert every repeat interval: still one row
        response = client.post("/api/v1/alertmanager/webhook", headers=alertmanager,
                               json=notification(alertname, "firing"))  # fmt: skip
        assert response.status_code == 200 and response.json() == {"stored": 1}
    client.post("/api/v1/alertmanager/webhook", headers=alertmanager,
                json=notification(alertname, "resolved", "2025-11-24T16:41:00Z"))  # fmt: skip

    viewer = {"X-API-Key": make_key("viewer")}
    items = client.get("/api/v1/alerts", headers=viewer, params={"alertname": alertname}).json()["items"]
    assert sorted((a["status"], a["ends_at_ms"]) for a in items) == [
        ("firing", None), ("resolved", 1_764_002_460_000)
    ]  # fmt: skip
    firing = next(a for a in items if a["status"] == "firing")
    assert firing["starts_at_ms"] == 1_764_001_800_123
    assert (firing["workflow"], firing["tool"], firing["severity"]) == (
        "refill",
        "lookup_prescription",
        "page",
    )
    assert firing["annotations"]["transcripts"].endswith("#turn-3")
    resolved = client.get(
        "/api/v1/alerts", headers=viewer, params={"alertname": alertname, "status": "resolved"}
    )
    assert [a["status"] for a in resolved.json()["items"]] == ["resolved"]


def test_a_payload_that_is_not_alertmanager_shaped_is_a_422(
    client: TestClient, make_key: Callable[[str], str]
) -> None:
    headers = {"Authorization": f"Bearer {make_key('alertmanager')}"}
    response = client.post("/api/v1/alertmanager/webhook", headers=headers, json={"alerts": [{"labels": {}}]})
    assert response.status_code == 422
    assert response.headers["content-type"] == "application/problem+json"
    assert "status" in response.json()["detail"]


def test_the_alertmanager_key_can_post_alerts_and_nothing_else(
    client: TestClient, make_key: Callable[[str], str]
) -> None:
    headers = {"Authorization": f"Bearer {make_key('alertmanager')}"}
    assert client.get("/api/v1/alerts", headers=headers).status_code == 403
    assert client.get("/api/v1/calls", headers=headers).status_code == 403
