"""The floor's numbers for the wallboard's tiles and sparklines, over the last ``WINDOW_MS`` (15 min)
before ``now_ms``: calls ended and resolved containment (by ``ended_at``), TTFHW p95 of the caller turns
(by ``start_at``), per-call rule matches (by ``matched_at``), each per minute for the sparklines and over
the window for the tile; and the alerts firing now (an episode with a firing notification and no
resolved one). Reads ``calls FINAL``, ``turn_metrics`` (live calls, not shadow), ``rule_matches`` and
``alerts FINAL``; no text.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from stream.warehouse import Warehouse

WINDOW_MS = 15 * 60_000
MINUTE_MS = 60_000


@dataclass(frozen=True, slots=True)
class FloorMinute:
    """One minute of the window (its start, epoch ms); None where nothing happened to measure."""

    minute_ms: int
    calls_ended: int
    resolved_containment: float | None
    ttfhw_p95_ms: float | None
    rule_matches: int


@dataclass(frozen=True, slots=True)
class FiringAlert:
    alertname: str
    severity: str
    workflow: str
    starts_at_ms: int


@dataclass(frozen=True, slots=True)
class FloorStats:
    """The window's totals (``since_ms`` to ``now_ms``), its minutes oldest first, and firing alerts."""

    since_ms: int
    now_ms: int
    calls_ended: int
    resolved_containment: float | None
    ttfhw_p95_ms: float | None
    rule_matches: int
    rules_matched: dict[str, int]
    minutes: list[FloorMinute]
    firing_alerts: list[FiringAlert]


def floor_stats(client: Warehouse, database: str, now_ms: int, window_ms: int = WINDOW_MS) -> FloorStats:
    since_ms = now_ms - window_ms
    params = {"since": since_ms, "until": now_ms}
    ended = _by_minute(client.query(
        f"SELECT intDiv(toUnixTimestamp64Milli(ended_at), {MINUTE_MS}) * {MINUTE_MS} AS m, count(), "
        f"countIf(resolved_contained) FROM {database}.calls FINAL WHERE ended AND NOT shadow "
        f"AND ended_at IS NOT NULL AND {_between('ended_at')} GROUP BY m", parameters=params,
    ).result_rows)  # fmt: skip
    turns_where = (
        f"FROM {database}.turn_metrics FINAL WHERE ttfhw_ms IS NOT NULL AND NOT shadow "
        f"AND {_between('start_at')}"
    )
    ttfhw = _by_minute(client.query(
        f"SELECT intDiv(toUnixTimestamp64Milli(start_at), {MINUTE_MS}) * {MINUTE_MS} AS m, "
        f"quantileExact(0.95)(ttfhw_ms) {turns_where} GROUP BY m", parameters=params,
    ).result_rows)  # fmt: skip
    total_p95 = client.query(
        f"SELECT quantileExact(0.95)(ttfhw_ms), count() {turns_where}", parameters=params
    )
    p95, turns = total_p95.result_rows[0] if total_p95.result_rows else (None, 0)
    rules = client.query(
        f"SELECT intDiv(toUnixTimestamp64Milli(matched_at), {MINUTE_MS}) * {MINUTE_MS} AS m, toString(rule), "
        f"count() FROM {database}.rule_matches FINAL WHERE marked "
        f"AND {_between('matched_at')} GROUP BY m, rule", parameters=params,
    ).result_rows  # fmt: skip
    rules_by_minute: dict[int, int] = {}
    rules_matched: dict[str, int] = {}
    for minute, rule, count in rules:
        rules_by_minute[int(minute)] = rules_by_minute.get(int(minute), 0) + int(count)
        rules_matched[str(rule)] = rules_matched.get(str(rule), 0) + int(count)
    first = since_ms // MINUTE_MS * MINUTE_MS
    minutes = []
    for minute in range(first, now_ms, MINUTE_MS):
        calls, resolved = ended.get(minute, (0, 0))
        minutes.append(FloorMinute(
            minute, int(calls), int(resolved) / int(calls) if calls else None,
            _float(ttfhw.get(minute, (None,))[0]), rules_by_minute.get(minute, 0),
        ))  # fmt: skip
    calls_ended = sum(int(c) for c, _ in ended.values())
    resolved_total = sum(int(r) for _, r in ended.values())
    return FloorStats(
        since_ms, now_ms, calls_ended, resolved_total / calls_ended if calls_ended else None,
        _float(p95) if int(turns) else None, sum(rules_by_minute.values()),
        dict(sorted(rules_matched.items(), key=lambda kv: (-kv[1], kv[0]))), minutes,
        firing_alerts(client, database),
    )  # fmt: skip


def firing_alerts(client: Warehouse, database: str, limit: int = 20) -> list[FiringAlert]:
    """Alert episodes whose latest notification says firing, newest first (a detector incident that
    recurs on its hourly beat fires again after its resolve, with the same start)."""
    rows = client.query(
        f"SELECT any(alertname), any(severity), any(workflow), toUnixTimestamp64Milli(starts_at) "
        f"FROM {database}.alerts FINAL GROUP BY fingerprint, starts_at "
        "HAVING argMax(status, received_at) = 'firing' "
        "ORDER BY starts_at DESC LIMIT {limit:UInt32}",
        parameters={"limit": limit},
    ).result_rows
    return [FiringAlert(str(n), str(s), str(w), int(at)) for n, s, w, at in rows]


def _between(column: str) -> str:
    millis = f"toUnixTimestamp64Milli({column})"
    return f"{millis} >= {{since:Int64}} AND {millis} < {{until:Int64}}"


def _by_minute(rows: Any) -> dict[int, tuple[Any, ...]]:
    return {int(row[0]): tuple(row[1:]) for row in rows}


def _float(value: Any) -> float | None:
    return None if value is None else float(value)
