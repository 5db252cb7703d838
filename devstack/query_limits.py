"""Per-query limits as ClickHouse settings: the one mechanism every place that runs SQL uses.

ClickHouse (and chDB, its engine, measured in tests/warehouse_server/test_limits.py) enforces these
settings itself: ``max_result_rows`` / ``max_result_bytes`` with ``result_overflow_mode = 'break'``
stop reading at the first block past the limit (so a result can exceed the limit by up to one block,
about 65,000 rows, and the caller trims it); ``'throw'`` fails with TOO_MANY_ROWS_OR_BYTES;
``max_execution_time`` fails with TIMEOUT_EXCEEDED (its 'break' mode returns a partial, silently wrong
answer, so it is never used); ``max_memory_usage`` fails with MEMORY_LIMIT_EXCEEDED;
``max_rows_to_read`` fails with TOO_MANY_ROWS. Pure: no I/O.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

LIMIT_SETTINGS = (
    "max_result_rows",
    "max_result_bytes",
    "result_overflow_mode",
    "max_execution_time",
    "timeout_overflow_mode",
    "max_memory_usage",
    "max_rows_to_read",
    "read_overflow_mode",
    "readonly",
)
"""Settings a query's own text may not set: they are the limits, and the caller sets them."""

_NUMERIC = {
    "max_result_rows": int,
    "max_result_bytes": int,
    "max_execution_time": float,
    "max_memory_usage": int,
    "max_rows_to_read": int,
}
_SETS_A_LIMIT = re.compile(
    r"(?<![.\w`])SETTINGS\s+(?:\w+\s*=\s*(?:'(?:[^'\\]|\\.)*'|[^,\s)]+)\s*,\s*)*("
    + "|".join(LIMIT_SETTINGS)
    + r")\s*=",
    re.IGNORECASE,
)
"""A ``SETTINGS`` clause (not ``system.settings``) whose list of ``name = value`` assigns a limit."""


@dataclass(frozen=True, slots=True)
class QueryLimits:
    """Row, byte, time, memory and scan limits of one query. ``overflow`` says what a result past
    ``max_result_rows``/``max_result_bytes`` does: 'break' (truncated) or 'throw' (an error)."""

    max_result_rows: int
    max_execution_s: float
    max_memory_bytes: int
    max_result_bytes: int = 0
    """0: none (``max_memory_usage`` already bounds the result: chDB counts its output buffer)."""
    max_rows_to_read: int = 0
    """0: no scan limit (time and memory still bound the query)."""
    overflow: Literal["break", "throw"] = "throw"

    def settings(self) -> dict[str, str]:
        """The ClickHouse settings that enforce these limits."""
        values = {
            "max_result_rows": str(self.max_result_rows),
            "result_overflow_mode": self.overflow,
            "max_execution_time": _number(self.max_execution_s),
            "timeout_overflow_mode": "throw",
            "max_memory_usage": str(self.max_memory_bytes),
        }
        if self.max_result_bytes:
            values["max_result_bytes"] = str(self.max_result_bytes)
        if self.max_rows_to_read:
            values |= {"max_rows_to_read": str(self.max_rows_to_read), "read_overflow_mode": "throw"}
        return values


def limit_set_in(sql: str) -> str | None:
    """The name of a limit the statement's own ``SETTINGS`` clause sets, or None.

    A ``SETTINGS`` clause in the SQL text wins over settings sent beside it (measured: the first clause
    of a statement applies), so a statement that sets a limit itself is refused rather than run unbounded.
    """
    match = _SETS_A_LIMIT.search(sql)
    return match.group(1).lower() if match else None


def clamp(requested: dict[str, str], caps: QueryLimits) -> dict[str, str]:
    """``requested`` with every limit at most ``caps`` (a missing, 0 or unreadable limit becomes the cap).

    A client may ask for less (``callpulse query`` asks for its ``--limit`` rows, with 'break'), never
    for more; overflow modes other than the result's are always 'throw'.
    """
    bounded = dict(requested)
    for name, cap in caps.settings().items():
        kind = _NUMERIC.get(name)
        if kind is None:
            if name != "result_overflow_mode" or requested.get(name) not in ("break", "throw"):
                bounded[name] = cap
            continue
        try:
            asked = kind(requested[name])
        except (KeyError, ValueError):
            asked = 0
        bounded[name] = requested[name] if 0 < asked <= kind(cap) else cap
    return bounded


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else repr(float(value))
