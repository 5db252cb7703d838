"""Small converters shared by the store modules."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any


def ms(value: Any) -> int | None:
    """An epoch-ms integer from a driver value (int, float, naive-UTC datetime), None stays None."""
    if value is None:
        return None
    if isinstance(value, datetime):
        stamp = value if value.tzinfo else value.replace(tzinfo=UTC)
        return int(stamp.timestamp() * 1000)
    return int(value)
