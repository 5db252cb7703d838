"""An ``ApiContext`` for tests, on any warehouse with ``client``, ``database`` and ``restricted_database``
(the API tests' loaded warehouse, the per-test ``warehouse`` fixture, the rollout tests' calls)."""

from __future__ import annotations

from typing import Any

from api.context import ApiContext
from ingest.clock import ManualClock
from stream.metrics.types import TTFHW_BUDGET_MS
from stream.restricted.keyring import Keyring

PEPPER = b"test-pepper"
RAW_KEY = Keyring("t1", {"t1": b"t" * 32})


def api_ctx_on(target: Any, clock: ManualClock, **overrides: Any) -> ApiContext:
    """An ``ApiContext`` on ``target`` with the test keyring and pepper, the default TTFHW budget and an
    agent admin URL nothing listens on; ``overrides`` replace any field."""
    values: dict[str, Any] = {
        "client": target.client,
        "database": target.database,
        "restricted_database": target.restricted_database,
        "keyring": RAW_KEY,
        "key_pepper": PEPPER,
        "ttfhw_budget_ms": TTFHW_BUDGET_MS,
        "clock": clock,
        "agent_admin_url": "http://127.0.0.1:9",
        "agent_admin_token": "test-admin-token",
    }
    values.update(overrides)
    return ApiContext(**values)
