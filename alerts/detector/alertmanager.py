"""Posting to Alertmanager's API v2 (``POST /api/v2/alerts``).

Alertmanager forgets an alert whose ``endsAt`` has passed, so a firing alert is re-posted on every
tick with ``endsAt`` a few ticks ahead (if the detector dies, its alerts resolve by themselves), and a
recovered one is posted once more with ``endsAt`` = now, which resolves it at once.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import httpx

from alerts.detector.errors import AlertmanagerError


@dataclass(frozen=True, slots=True)
class PostedAlert:
    labels: dict[str, str]
    annotations: dict[str, str]
    starts_ms: int
    ends_ms: int
    generator_url: str = ""

    def as_json(self) -> dict[str, Any]:
        body: dict[str, Any] = {
            "labels": self.labels,
            "annotations": self.annotations,
            "startsAt": iso(self.starts_ms),
            "endsAt": iso(self.ends_ms),
        }
        if self.generator_url:
            body["generatorURL"] = self.generator_url
        return body


def iso(ms: int) -> str:
    return datetime.fromtimestamp(ms / 1000, tz=UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


class AlertmanagerClient:
    """A small client of one Alertmanager (an HA pair: give each its own client)."""

    def __init__(
        self, base_url: str, *, timeout_s: float = 5.0, transport: httpx.BaseTransport | None = None
    ):
        self._client = httpx.Client(base_url=base_url.rstrip("/"), timeout=timeout_s, transport=transport)

    def post(self, alerts: list[PostedAlert]) -> None:
        if not alerts:
            return
        try:
            response = self._client.post("/api/v2/alerts", json=[a.as_json() for a in alerts])
        except httpx.HTTPError as err:
            raise AlertmanagerError(f"cannot reach Alertmanager: {type(err).__name__}") from err
        if response.status_code >= 300:
            raise AlertmanagerError(f"Alertmanager answered {response.status_code}: {response.text[:200]}")

    def close(self) -> None:
        self._client.close()
