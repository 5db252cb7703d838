"""API keys: ``cpk_<id>_<secret>``, shown once, stored as HMAC-SHA256(pepper, key) in the restricted
database (``api_keys``, migration 0009). The secret has 256 random bits, so one keyed hash is enough
(no slow KDF needed: nobody can guess such a secret, and the pepper keeps a leaked table useless)."""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
from dataclasses import dataclass
from typing import Any

from api.auth.roles import ROLES
from api.errors import ApiKeyError
from ingest.clock import Clock
from stream.warehouse import Warehouse

PREFIX = "cpk"
COLUMNS = ("id", "name", "role", "hash", "created_at", "revoked_at", "version")
_KEY = re.compile(r"^cpk_(?P<id>[0-9a-f]{12})_(?P<secret>[A-Za-z0-9_-]{43})$")
_NAME = re.compile(r"^[\w .@:+-]{1,64}$")


@dataclass(frozen=True, slots=True)
class ApiKey:
    """A stored key, without its secret."""

    id: str
    name: str
    role: str
    created_at_ms: int
    revoked_at_ms: int | None

    @property
    def revoked(self) -> bool:
        return self.revoked_at_ms is not None


def parse(key: str) -> tuple[str, str] | None:
    """``(id, secret)`` of a well-formed key, else None."""
    match = _KEY.match(key.strip())
    return (match["id"], match["secret"]) if match else None


def key_hash(pepper: bytes, key_id: str, secret: str) -> str:
    return hmac.new(pepper, f"{key_id}:{secret}".encode(), hashlib.sha256).hexdigest()


class KeyStore:
    """Create, list, revoke and check keys in ``{restricted_database}.api_keys``."""

    def __init__(self, client: Warehouse, restricted_database: str, pepper: bytes, clock: Clock) -> None:
        self._client = client
        self._table = f"{restricted_database}.api_keys"
        self._pepper = pepper
        self._clock = clock

    def create(self, name: str, role: str) -> tuple[ApiKey, str]:
        """A new key and its plaintext (returned once, never stored)."""
        if role not in ROLES:
            raise ApiKeyError(f"unknown role {role!r}; choose one of {', '.join(ROLES)}")
        if not _NAME.match(name):
            raise ApiKeyError("a key name is 1-64 letters, digits, spaces or . @ : + - _ (e.g. 'grafana')")
        key_id, secret = secrets.token_hex(6), secrets.token_urlsafe(32)
        now = self._clock.now_ms()
        row = (key_id, name, role, key_hash(self._pepper, key_id, secret), now, None, 1)
        self._client.insert(self._table, [row], column_names=list(COLUMNS))
        return ApiKey(key_id, name, role, now, None), f"{PREFIX}_{key_id}_{secret}"

    def list(self) -> list[ApiKey]:
        rows = self._client.query(
            f"SELECT id, name, role, toUnixTimestamp64Milli(created_at), "
            f"toUnixTimestamp64Milli(revoked_at) FROM {self._table} FINAL ORDER BY created_at, id"
        ).result_rows
        return [_key(row) for row in rows]

    def revoke(self, key_id: str) -> ApiKey:
        """Revoke ``key_id`` (idempotent); an unknown id is an error."""
        row = self._row(key_id)
        if row is None:
            raise ApiKeyError(f"no API key with id {key_id!r} (see `callpulse keys list`)")
        key_id, name, role, hashed, created, revoked, version = row
        if revoked is not None:
            return _key((key_id, name, role, created, revoked))
        now = self._clock.now_ms()
        self._client.insert(
            self._table, [(key_id, name, role, hashed, created, now, version + 1)], column_names=list(COLUMNS)
        )
        return ApiKey(key_id, name, role, int(created), now)

    def get(self, key_id: str) -> ApiKey | None:
        """The stored key ``key_id`` (revoked or not), else None."""
        row = self._row(key_id)
        return None if row is None else _key((row[0], row[1], row[2], row[4], row[5]))

    def authenticate(self, key: str) -> ApiKey | None:
        """The stored, unrevoked key matching ``key``, else None (malformed, unknown, revoked, wrong)."""
        parsed = parse(key)
        if parsed is None:
            return None
        key_id, secret = parsed
        row = self._row(key_id)
        if row is None:
            return None
        _, name, role, hashed, created, revoked, _ = row
        if not hmac.compare_digest(hashed, key_hash(self._pepper, key_id, secret)) or revoked is not None:
            return None
        return ApiKey(key_id, name, role, int(created), None)

    def _row(self, key_id: str) -> tuple[Any, ...] | None:
        rows = self._client.query(
            f"SELECT id, name, role, hash, toUnixTimestamp64Milli(created_at), "
            f"toUnixTimestamp64Milli(revoked_at), version FROM {self._table} FINAL WHERE id = {{id:String}}",
            parameters={"id": key_id},
        ).result_rows
        return tuple(rows[0]) if rows else None


def _key(row: Any) -> ApiKey:
    key_id, name, role, created, revoked = row
    return ApiKey(str(key_id), str(name), str(role), int(created), None if revoked is None else int(revoked))
