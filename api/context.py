"""What every route of the API needs, built once: the warehouse client, database names, the raw-text
keyring, a clock, the key pepper, the Prometheus registry. Routes receive it, never settings."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from prometheus_client import CollectorRegistry

from ingest.clock import Clock, SystemClock
from stream.restricted.keyring import Keyring

if TYPE_CHECKING:
    from callpulse.settings import Settings


@dataclass(frozen=True)
class ApiContext:
    """The API's dependencies. ``clock`` gives epoch ms; ``registry`` holds the API's own metrics."""

    client: Any
    database: str
    restricted_database: str
    keyring: Keyring
    key_pepper: bytes
    clock: Clock = field(default_factory=SystemClock)
    ttfhw_budget_ms: int = 1_500
    agent_admin_url: str = "http://127.0.0.1:8080"
    agent_admin_token: str = ""
    raw_reads_per_minute: int = 10
    cookie_secure: bool = False
    readiness_timeout_s: float = 2.0
    registry: CollectorRegistry = field(default_factory=lambda: CollectorRegistry(auto_describe=True))

    @classmethod
    def from_settings(cls, settings: Settings, *, client: Any = None) -> ApiContext:
        """The context of ``callpulse api``: the configured warehouse (migrated, every query of every
        route bounded by ``query_limits``), or ``client`` as it is."""
        from callpulse import compose, pii

        if client is None:
            client = compose.open_warehouse(settings)
            for name, value in query_limits(settings).items():
                client.set_client_setting(name, value)
        return cls(
            client=client,
            database=settings.database,
            restricted_database=settings.restricted_database,
            keyring=pii.keyring(settings),
            key_pepper=settings.api_key_pepper.get_secret_value().encode(),
            clock=SystemClock(),
            ttfhw_budget_ms=settings.ttfhw_budget_ms,
            agent_admin_url=settings.api_agent_admin_url
            or f"http://{settings.agent_host}:{settings.agent_port}",
            agent_admin_token=settings.agent_admin_token.get_secret_value(),
            raw_reads_per_minute=settings.api_raw_reads_per_minute,
            cookie_secure=settings.api_cookie_secure,
            readiness_timeout_s=settings.api_readiness_timeout_s,
        )


def query_limits(settings: Settings) -> dict[str, str]:
    """ClickHouse settings on every query the API sends: a time and a memory limit, and a row limit that
    fails a query rather than cutting it (every route's SQL has its own LIMIT; a page must never show a
    silently partial answer)."""
    return {
        "max_execution_time": str(max(1, round(settings.api_query_timeout_s))),
        "timeout_overflow_mode": "throw",
        "max_memory_usage": str(settings.api_query_max_memory_bytes),
        "max_result_rows": str(settings.api_query_max_result_rows),
        "result_overflow_mode": "throw",
    }
