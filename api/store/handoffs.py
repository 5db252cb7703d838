"""A hand-off written to the audit log (``audit_log``, the same append-only table as raw-text reads):
who (the key's name and id), their role, when, which call, why (the reason typed in the confirmation)
and from where. Written before the agent is asked, so a hand-off that fails half-way is still on record."""

from __future__ import annotations

from stream.restricted.access import AUDIT_COLUMNS
from stream.warehouse import Warehouse

ACTION = "handoff"


def record_handoff(
    client: Warehouse, database: str, at_ms: int, actor: str, role: str, call_sid: str, reason: str,
    remote_addr: str,
) -> None:  # fmt: skip
    row = (at_ms, actor, role, ACTION, call_sid, reason, remote_addr)
    client.insert(f"{database}.audit_log", [row], column_names=list(AUDIT_COLUMNS))
