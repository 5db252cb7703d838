"""``callpulse warehouse serve``: one process owns the embedded warehouse and answers ClickHouse's HTTP
interface (``devstack.warehouse_server``), so many processes can share it."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from callpulse.cli.args import add_bind_options, add_command, add_group


def register(commands: Any) -> None:
    """the warehouse server: chDB behind ClickHouse's HTTP interface, for many processes"""
    actions = add_group(commands, "warehouse", register)
    serve = add_command(actions, "serve", run_warehouse_serve)
    add_bind_options(serve, host="CALLPULSE_WAREHOUSE_SERVER_HOST", port="CALLPULSE_WAREHOUSE_SERVER_PORT")
    serve.add_argument(
        "--path", type=Path, default=None, help="chDB data path (default <data_dir>/warehouse)"
    )


def run_warehouse_serve(args: argparse.Namespace) -> int:
    """own the chDB data path and answer clickhouse-connect's http:// client on one port"""
    # Serve until SIGTERM/SIGINT, then drain: 0 when every running statement was answered, else 1
    # (the process then exits at once, without waiting for chDB, to keep the stop within its bound).
    import logging
    import os

    from callpulse import compose
    from callpulse.settings import get_settings
    from devstack.warehouse_server.server import serve

    settings = get_settings()
    path = args.path or settings.warehouse_server_path or settings.data_dir / "warehouse"
    logging.getLogger("devstack.warehouse_server").setLevel(min(logging.WARNING, logging.root.level))
    caps = compose.warehouse_server_caps(settings)
    drained = serve(
        Path(path),
        args.host or settings.warehouse_server_host,
        settings.warehouse_server_port if args.port is None else args.port,
        caps=caps,
        max_memory_bytes=settings.warehouse_server_max_memory_bytes,
        handles=settings.warehouse_server_handles,
        shutdown_timeout_s=settings.shutdown_timeout_s,
    )
    if not drained:
        logging.shutdown()
        os._exit(1)
    return 0
