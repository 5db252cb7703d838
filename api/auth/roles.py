"""Roles and what each may do: ONE table. A route names the permission it needs (``require("calls:read")``);
a role holds a fixed set of permissions. Roles are not strictly ordered: compliance may read raw text,
admin may not (admin manages keys and reads the audit log of who read raw text)."""

from __future__ import annotations

from typing import Final

PERMISSIONS: Final[dict[str, str]] = {
    "kpis:read": "per-minute / per-hour KPIs",
    "alerts:read": "alert history",
    "wallboard:read": "the live wallboard of calls in progress",
    "calls:read": "call list and call detail with the REDACTED transcript",
    "calls:handoff": "hand a live call to a person (wallboard button)",
    "raw:read": "the decrypted original transcript of one call, with a reason (audited)",
    "audit:read": "the audit log of raw-text reads",
    "alerts:write": "post Alertmanager webhook notifications",
}

_VIEWER = frozenset({"kpis:read", "alerts:read", "wallboard:read"})
_ANALYST = _VIEWER | {"calls:read"}
_ONCALL = _ANALYST | {"calls:handoff"}

ROLES: Final[dict[str, frozenset[str]]] = {
    "viewer": _VIEWER,
    "analyst": _ANALYST,
    "oncall": _ONCALL,
    "compliance": _ANALYST | {"raw:read"},
    "admin": _ONCALL | {"audit:read", "alerts:write"},
    "alertmanager": frozenset({"alerts:write"}),  # a service key for Alertmanager's webhook only
}


def allows(role: str, permission: str) -> bool:
    """Whether ``role`` holds ``permission`` (an unknown role holds nothing)."""
    if permission not in PERMISSIONS:
        raise ValueError(f"unknown permission {permission!r}")
    return permission in ROLES.get(role, frozenset())
