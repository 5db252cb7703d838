"""Alert history: Alertmanager's webhook notifications in, the ``alerts`` table out.

Alertmanager re-sends firing alerts every repeat interval; the table's key (fingerprint, starts_at,
status) keeps one firing and one resolved row per episode (migration 0008)."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from api.store.conditions import Conditions
from api.store.rows import ms
from stream.warehouse import Warehouse

ALERT_COLUMNS = ("fingerprint", "alertname", "status", "severity", "workflow", "tool", "starts_at", "ends_at",
                 "labels", "annotations", "received_at")  # fmt: skip
MAX_LIMIT = 1_000


@dataclass(frozen=True, slots=True)
class IncomingAlert:
    """One alert of a webhook notification, as Alertmanager describes it."""

    status: str  # firing | resolved
    labels: dict[str, str]
    annotations: dict[str, str]
    starts_at: datetime
    ends_at: datetime | None
    fingerprint: str = ""


@dataclass(frozen=True, slots=True)
class AlertRow:
    fingerprint: str
    alertname: str
    status: str
    severity: str
    workflow: str
    tool: str
    starts_at_ms: int
    ends_at_ms: int | None
    labels: dict[str, str]
    annotations: dict[str, str]
    received_at_ms: int


def store_alerts(client: Warehouse, database: str, alerts: list[IncomingAlert], now_ms: int) -> int:
    """Insert the notification's alerts; returns how many rows were written."""
    rows = [_row(alert, now_ms) for alert in alerts]
    if rows:
        client.insert(f"{database}.alerts", rows, column_names=list(ALERT_COLUMNS))
    return len(rows)


def list_alerts(
    client: Warehouse, database: str, status: str | None = None, alertname: str | None = None,
    workflow: str | None = None, limit: int = 100,
) -> list[AlertRow]:  # fmt: skip
    """Alert rows, most recent episode first."""
    conditions = Conditions(limit=max(1, min(limit, MAX_LIMIT)))
    for column, value in (("status", status), ("alertname", alertname), ("workflow", workflow)):
        conditions.equal(column, value)
    columns = (
        "fingerprint, alertname, status, severity, workflow, tool, toUnixTimestamp64Milli(starts_at), "
        "toUnixTimestamp64Milli(ends_at), labels, annotations, toUnixTimestamp64Milli(received_at)"
    )
    rows = client.query(
        f"SELECT {columns} FROM {database}.alerts FINAL WHERE {conditions.sql} "
        "ORDER BY starts_at DESC, fingerprint, status LIMIT {limit:UInt32}",
        parameters=conditions.params,
    ).result_rows
    return [
        AlertRow(str(fp), str(name), str(st), str(sev), str(wf), str(tool), int(starts), ms(ends),
                 dict(labels), dict(notes), int(received))
        for fp, name, st, sev, wf, tool, starts, ends, labels, notes, received in rows
    ]  # fmt: skip


def fingerprint(labels: dict[str, str]) -> str:
    """A stable id of a label set, for notifications that carry none."""
    text = "\n".join(f"{k}={v}" for k, v in sorted(labels.items()))
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def _row(alert: IncomingAlert, now_ms: int) -> tuple[Any, ...]:
    labels = alert.labels
    return (
        alert.fingerprint or fingerprint(labels), labels.get("alertname", ""), alert.status,
        labels.get("severity", ""), labels.get("workflow", ""), labels.get("tool", ""),
        _ms(alert.starts_at), None if alert.ends_at is None else _ms(alert.ends_at), labels,
        alert.annotations, now_ms,
    )  # fmt: skip


def _ms(stamp: datetime) -> int:
    aware = stamp if stamp.tzinfo else stamp.replace(tzinfo=UTC)
    return int(aware.timestamp() * 1000)
