"""``callpulse api``: the HTTP API and pages (``callpulse keys`` manages its API keys)."""

from __future__ import annotations

import argparse
from typing import Any

from callpulse.cli.args import add_bind_options, add_command


def register(commands: Any) -> None:
    api = add_command(commands, "api", run_api)
    add_bind_options(api, host="CALLPULSE_API_HOST, 127.0.0.1", port="CALLPULSE_API_PORT, 8000")


def run_api(args: argparse.Namespace) -> int:
    """serve the HTTP API and pages (uvicorn)

    Serve /api/v1 (calls, transcripts, KPIs, alerts), the pages at /calls, /metrics and /healthz until
    SIGTERM/SIGINT; every request in flight is answered before exit."""
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
