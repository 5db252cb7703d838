"""The two Grafana data sources the dashboards read, as Grafana's data-source API takes them.

The same uids and types as ``deploy/grafana/provisioning/datasources/callpulse.yml`` (a test checks);
``callpulse dashboards push`` creates them through the API where provisioning files are not used.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import unquote, urlsplit

from dashboards.errors import DashboardsError
from dashboards.query import CLICKHOUSE_TYPE, CLICKHOUSE_UID, PROMETHEUS_TYPE, PROMETHEUS_UID

CLICKHOUSE_NAME = "callpulse ClickHouse"
PROMETHEUS_NAME = "callpulse Prometheus"


def clickhouse(dsn: str, database: str = "callpulse") -> dict[str, Any]:
    """The ClickHouse plugin's data source for a server DSN ``http(s)://user:password@host:port``."""
    parts = urlsplit(dsn)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise DashboardsError(
            "Grafana needs a ClickHouse server (http(s)://user:pass@host:8123), "
            f"not {parts.scheme or dsn!r}; "
            "set CALLPULSE_GRAFANA_CLICKHOUSE_DSN (the embedded chDB warehouse cannot be shared with Grafana)"
        )
    secure = parts.scheme == "https"
    source: dict[str, Any] = {
        "name": CLICKHOUSE_NAME,
        "uid": CLICKHOUSE_UID,
        "type": CLICKHOUSE_TYPE,
        "access": "proxy",
        "isDefault": True,
        "jsonData": {
            "host": parts.hostname,
            "port": parts.port or (8443 if secure else 8123),
            "protocol": "http",
            "secure": secure,
            "username": unquote(parts.username or "default"),
            "defaultDatabase": database,
        },
    }
    if parts.password:
        source["secureJsonData"] = {"password": unquote(parts.password)}
    return source


def prometheus(url: str) -> dict[str, Any]:
    if not urlsplit(url).scheme.startswith("http"):
        raise DashboardsError(f"CALLPULSE_GRAFANA_PROMETHEUS_URL must be an http(s) URL, got {url!r}")
    return {
        "name": PROMETHEUS_NAME,
        "uid": PROMETHEUS_UID,
        "type": PROMETHEUS_TYPE,
        "access": "proxy",
        "url": url,
        "isDefault": False,
        "jsonData": {"httpMethod": "POST"},
    }
