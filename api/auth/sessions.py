"""Browser sessions: ``POST /login`` trades an API key for a session, and the cookie holds the session's
random id (``cps_<43 url-safe chars>``, 256 bits), never the key. Stored beside the keys in the restricted
database (``sessions``, migration 0015) as HMAC-SHA256(pepper, id), with the key it came from, that key's
role, an expiry and a revocation time.

A session is valid while it is not expired, not logged out, and its key is still unrevoked: the key is
read on every check, so ``callpulse keys revoke`` ends every session of that key at once.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
from dataclasses import dataclass
from typing import Any

from api.auth.keys import ApiKey, KeyStore
from ingest.clock import Clock
from stream.warehouse import Warehouse

PREFIX = "cps"
SESSION_TTL_MS = 12 * 3_600_000
COLUMNS = ("id_hash", "key_id", "role", "created_at", "expires_at", "revoked_at", "version")
_ID = re.compile(r"^cps_[A-Za-z0-9_-]{43}$")


@dataclass(frozen=True, slots=True)
class Session:
    """A live session: the key it was opened with (id, name) and the role bound at login."""

    key_id: str
    key_name: str
    role: str
    expires_at_ms: int


def session_hash(pepper: bytes, session_id: str) -> str:
    return hmac.new(pepper, f"session:{session_id}".encode(), hashlib.sha256).hexdigest()


class SessionStore:
    """Open, check and revoke sessions in ``{restricted_database}.sessions``."""

    def __init__(self, client: Warehouse, keys: KeyStore, restricted_database: str, pepper: bytes,
                 clock: Clock, ttl_ms: int = SESSION_TTL_MS) -> None:  # fmt: skip
        self._client = client
        self._keys = keys
        self._table = f"{restricted_database}.sessions"
        self._pepper = pepper
        self._clock = clock
        self._ttl_ms = ttl_ms

    def open(self, key: ApiKey) -> tuple[Session, str]:
        """A new session of ``key`` and its id (for the cookie; only its hash is stored)."""
        session_id = f"{PREFIX}_{secrets.token_urlsafe(32)}"
        now = self._clock.now_ms()
        expires = now + self._ttl_ms
        row = (session_hash(self._pepper, session_id), key.id, key.role, now, expires, None, 1)
        self._client.insert(self._table, [row], column_names=list(COLUMNS))
        return Session(key.id, key.name, key.role, expires), session_id

    def check(self, session_id: str) -> Session | None:
        """The session, if ``session_id`` is well formed, known, unexpired, not logged out, and its key is
        still valid; else None."""
        if not _ID.match(session_id):
            return None
        row = self._row(session_id)
        if row is None:
            return None
        _, key_id, role, _, expires, revoked, _ = row
        if revoked is not None or int(expires) <= self._clock.now_ms():
            return None
        key = self._keys.get(str(key_id))
        if key is None or key.revoked:
            return None
        return Session(key.id, key.name, str(role), int(expires))

    def revoke(self, session_id: str) -> bool:
        """End the session (logout); False when there was none to end."""
        if not _ID.match(session_id):
            return False
        row = self._row(session_id)
        if row is None or row[5] is not None:
            return False
        hashed, key_id, role, created, expires, _, version = row
        now = self._clock.now_ms()
        self._client.insert(
            self._table, [(hashed, key_id, role, created, expires, now, int(version) + 1)],
            column_names=list(COLUMNS),
        )  # fmt: skip
        return True

    def _row(self, session_id: str) -> tuple[Any, ...] | None:
        rows = self._client.query(
            f"SELECT id_hash, key_id, role, toUnixTimestamp64Milli(created_at), "
            f"toUnixTimestamp64Milli(expires_at), toUnixTimestamp64Milli(revoked_at), version "
            f"FROM {self._table} FINAL WHERE id_hash = {{h:String}}",
            parameters={"h": session_hash(self._pepper, session_id)},
        ).result_rows
        return tuple(rows[0]) if rows else None
