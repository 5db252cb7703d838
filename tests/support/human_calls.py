"""Imported human calls (the baseline) put in a test's warehouse, as `callpulse baseline import` would."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from ingest.baseline.parse import HumanCall, Parsed
from rollout.baseline import store


def store_human_calls(warehouse: Any, people: Iterable[HumanCall], *, imported_at_ms: int = 0) -> None:
    """``people`` into ``warehouse`` (the ``warehouse`` fixture: ``client`` and ``database``), no bad rows."""
    store(
        warehouse.client,
        warehouse.database,
        Parsed(tuple(people), (), ()),
        source="t",
        file=1,
        imported_at_ms=imported_at_ms,
    )
