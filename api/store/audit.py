"""The audit log of restricted-data reads (append-only ``audit_log``), newest first."""

from __future__ import annotations

from dataclasses import dataclass

from api.store.conditions import Conditions
from stream.restricted.access import AUDIT_COLUMNS
from stream.warehouse import Warehouse

MAX_LIMIT = 1_000
_SELECT = ", ".join(("toUnixTimestamp64Milli(at)", *AUDIT_COLUMNS[1:]))
"""The columns ``RawAccess`` writes (``AUDIT_COLUMNS``, one home), ``at`` as epoch milliseconds."""


@dataclass(frozen=True, slots=True)
class AuditEntry:
    at_ms: int
    actor: str
    role: str
    action: str
    call_sid: str
    reason: str
    remote_addr: str


def list_audit(
    client: Warehouse, database: str, call_sid: str | None = None, actor: str | None = None,
    since_ms: int | None = None, limit: int = 100,
) -> list[AuditEntry]:  # fmt: skip
    conditions = Conditions(limit=max(1, min(limit, MAX_LIMIT)))
    conditions.equal("call_sid", call_sid)
    conditions.equal("actor", actor)
    conditions.since("at", since_ms)
    rows = client.query(
        f"SELECT {_SELECT} FROM {database}.audit_log WHERE {conditions.sql} "
        "ORDER BY at DESC LIMIT {limit:UInt32}",
        parameters=conditions.params,
    ).result_rows
    return [AuditEntry(int(at), *(str(v) for v in rest)) for at, *rest in rows]
