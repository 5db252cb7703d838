"""What every route of the API needs, built once: the warehouse client, database names, the raw-text
keyring, a clock, the key pepper, the Prometheus registry. Routes receive it, never settings: the
composition root (``callpulse.compose.api_context``) builds it and hands it to ``api.app.create_app``."""

from __future__ import annotations

from dataclasses import dataclass, field

from prometheus_client import CollectorRegistry

from api.ratelimit import RateLimiter
from ingest.clock import Clock, SystemClock
from rollout.guardrails import Guardrails
from stream.restricted.keyring import Keyring
from stream.warehouse import Warehouse


@dataclass(frozen=True)
class ApiContext:
    """The API's dependencies. ``clock`` gives epoch ms; ``registry`` holds the API's own metrics."""

    client: Warehouse
    database: str
    restricted_database: str
    keyring: Keyring
    key_pepper: bytes
    ttfhw_budget_ms: int  # the settings' (CALLPULSE_TTFHW_BUDGET_MS): the pages' TTFHW badge
    clock: Clock = field(default_factory=SystemClock)
    agent_admin_url: str = "http://127.0.0.1:8080"
    agent_admin_token: str = ""
    raw_reads_per_minute: int = 10
    cookie_secure: bool = False
    readiness_timeout_s: float = 2.0
    rollout_guardrails: Guardrails = field(default_factory=Guardrails)  # the settings' CALLPULSE_ROLLOUT_*
    registry: CollectorRegistry = field(default_factory=lambda: CollectorRegistry(auto_describe=True))
    raw_limiter: RateLimiter = field(init=False)  # raw_reads_per_minute per key, the API and pages together

    def __post_init__(self) -> None:
        object.__setattr__(self, "raw_limiter", RateLimiter(self.raw_reads_per_minute, 60_000, self.clock))
