"""``callpulse keys create|list|revoke``: the API keys of ``callpulse api`` (only a key's hash is stored)."""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, datetime
from typing import Any

from callpulse.cli.args import add_command, add_group


def register(commands: Any) -> None:
    """create, list or revoke API keys

    API keys (Authorization: Bearer cpk_...); only a key's hash is stored."""
    actions = add_group(commands, "keys", register)
    create = add_command(actions, "create", run_keys_create)
    create.add_argument("--role", required=True, choices=_roles(), help="what the key may do")
    create.add_argument("--name", required=True, help="who or what holds it, e.g. 'grafana' or 'dana'")
    add_command(actions, "list", run_keys_list)
    revoke = add_command(actions, "revoke", run_keys_revoke)
    revoke.add_argument("id", help="the key id (the part after cpk_, see `callpulse keys list`)")


def _roles() -> list[str]:
    from api.auth.roles import ROLES

    return list(ROLES)


def run_keys_create(args: argparse.Namespace) -> int:
    """create a key and print it ONCE (only its hash is stored)"""
    from api.errors import ApiKeyError

    try:
        key, plaintext = _store().create(args.name, args.role)
    except ApiKeyError as err:
        print(f"callpulse keys create: {err.detail}", file=sys.stderr)
        return 2
    print(plaintext)
    print(f"created key {key.id} ({key.role}, {key.name!r}); it is shown only now, store it safely")
    return 0


def run_keys_list(args: argparse.Namespace) -> int:
    """list keys (ids, names, roles; never secrets)"""
    keys = _store().list()
    if not keys:
        print("no API keys yet: callpulse keys create --role admin --name me")
        return 0
    print(f"{'id':<14}{'role':<14}{'created (UTC)':<22}{'revoked (UTC)':<22}name")
    for key in keys:
        revoked = _when(key.revoked_at_ms) if key.revoked_at_ms is not None else "-"
        print(f"{key.id:<14}{key.role:<14}{_when(key.created_at_ms):<22}{revoked:<22}{key.name}")
    return 0


def run_keys_revoke(args: argparse.Namespace) -> int:
    """revoke a key by id (it stops working at once)"""
    from api.errors import ApiKeyError

    try:
        key = _store().revoke(args.id)
    except ApiKeyError as err:
        print(f"callpulse keys revoke: {err.detail}", file=sys.stderr)
        return 2
    print(f"revoked key {key.id} ({key.role}, {key.name!r})")
    return 0


def _store() -> Any:
    from api.auth.keys import KeyStore
    from callpulse import compose
    from callpulse.settings import get_settings
    from ingest.clock import SystemClock

    settings = get_settings()
    client = compose.open_warehouse(settings)
    pepper = settings.api_key_pepper.get_secret_value().encode()
    return KeyStore(client, settings.restricted_database, pepper, SystemClock())


def _when(epoch_ms: int) -> str:
    return datetime.fromtimestamp(epoch_ms / 1000, tz=UTC).strftime("%Y-%m-%d %H:%M:%S")
