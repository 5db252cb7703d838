"""``callpulse api`` (the HTTP API and pages) and ``callpulse keys create|list|revoke`` (API keys)."""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, datetime
from typing import Any

from callpulse.cli.args import add_bind_options, add_command, add_group


def register(commands: Any) -> None:
    api = add_command(
        commands,
        "api",
        run_api,
        help="serve the HTTP API and pages (uvicorn)",
        description="Serve /api/v1 (calls, transcripts, KPIs, alerts), the pages at /calls, /metrics "
        "and /healthz until SIGTERM/SIGINT; every request in flight is answered before exit.",
    )
    add_bind_options(api, host="CALLPULSE_API_HOST, 127.0.0.1", port="CALLPULSE_API_PORT, 8000")

    actions = add_group(
        commands,
        "keys",
        help="create, list or revoke API keys",
        description="API keys (Authorization: Bearer cpk_...); only a key's hash is stored.",
    )
    create = add_command(
        actions, "create", run_keys_create, help="create a key and print it ONCE (only its hash is stored)"
    )
    create.add_argument("--role", required=True, choices=_roles(), help="what the key may do")
    create.add_argument("--name", required=True, help="who or what holds it, e.g. 'grafana' or 'dana'")
    add_command(actions, "list", run_keys_list, help="list keys (ids, names, roles; never secrets)")
    revoke = add_command(
        actions, "revoke", run_keys_revoke, help="revoke a key by id (it stops working at once)"
    )
    revoke.add_argument("id", help="the key id (the part after cpk_, see `callpulse keys list`)")


def _roles() -> list[str]:
    from api.auth.roles import ROLES

    return list(ROLES)


def run_api(args: argparse.Namespace) -> int:
    from api.app import create_app
    from callpulse import compose
    from callpulse.cli.draining import serve_http
    from callpulse.settings import get_settings

    settings = get_settings()
    app = create_app(compose.api_context(settings))
    host, port = args.host or settings.api_host, args.port or settings.api_port
    print(
        f"callpulse api on http://{host}:{port} (pages at /calls, OpenAPI spec at /openapi.json)", flush=True
    )
    # uvicorn's access log prints query strings (a search term could be personal data); api.telemetry
    # logs method, path and status instead (serve_http turns it off). On SIGTERM/SIGINT: stop listening,
    # answer the requests in flight, exit 0 (callpulse.cli.draining says why uvicorn.run would not).
    serve_http(
        app,
        host=host,
        port=port,
        log_level=settings.log_level.lower(),
        graceful_s=settings.shutdown_timeout_s,
    )
    print("callpulse api: stopped; every request in flight was answered", flush=True)
    return 0


def run_keys_create(args: argparse.Namespace) -> int:
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
