"""Shared query parameters: times (ISO 8601 or epoch) and names with the contract's patterns (the call SID
path parameter is ``api/openapi.py``, shared with the pages)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated

from fastapi import Query

from api.errors import BadRequest
from ingest.contract.models import WORKFLOW_PATTERN

NAME_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9_.\-]{0,63}$"

Since = Annotated[datetime | None, Query(description="ISO 8601 time (or epoch seconds), inclusive")]
Until = Annotated[datetime | None, Query(description="ISO 8601 time (or epoch seconds), exclusive")]
Workflow = Annotated[str | None, Query(pattern=WORKFLOW_PATTERN, description="e.g. billing")]
AgentVersion = Annotated[str | None, Query(pattern=NAME_PATTERN, max_length=64, description="e.g. 1.0.0")]

_EPOCH_MIN, _EPOCH_MAX = datetime(1970, 1, 1, tzinfo=UTC), datetime(2200, 1, 1, tzinfo=UTC)


def epoch_ms(stamp: datetime | None, name: str) -> int | None:
    """Epoch ms of ``stamp`` (naive means UTC); a time outside 1970-2200 is a 400."""
    if stamp is None:
        return None
    aware = stamp if stamp.tzinfo else stamp.replace(tzinfo=UTC)
    if not _EPOCH_MIN <= aware < _EPOCH_MAX:
        raise BadRequest(f"{name} must be between 1970 and 2200, got {stamp.isoformat()}")
    return int(aware.timestamp() * 1000)


def time_range(since: datetime | None, until: datetime | None) -> tuple[int | None, int | None]:
    since_ms, until_ms = epoch_ms(since, "since"), epoch_ms(until, "until")
    if since_ms is not None and until_ms is not None and since_ms > until_ms:
        raise BadRequest("since must not be after until")
    return since_ms, until_ms
