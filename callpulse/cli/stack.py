"""`callpulse warehouse serve` (one process owns the embedded warehouse and answers ClickHouse's HTTP
interface) and `callpulse stack up|down|status` (the production topology as local processes)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from callpulse.cli.args import add_bind_options, add_command, add_group


def register(commands: Any) -> None:
    actions = add_group(
        commands,
        "warehouse",
        help="the warehouse server: chDB behind ClickHouse's HTTP interface, for many processes",
    )
    serve = add_command(
        actions,
        "serve",
        run_warehouse_serve,
        help="own the chDB data path and answer clickhouse-connect's http:// client on one port",
    )
    add_bind_options(serve, host="CALLPULSE_WAREHOUSE_SERVER_HOST", port="CALLPULSE_WAREHOUSE_SERVER_PORT")
    serve.add_argument(
        "--path", type=Path, default=None, help="chDB data path (default <data_dir>/warehouse)"
    )

    verbs = add_group(
        commands,
        "stack",
        help="Kafka, warehouse server, workers, ingest, API, detector, agent, Prometheus, Alertmanager",
    )
    for verb, run, help in (
        ("up", run_stack_up, "start every service in dependency order, wait for each health check"),
        ("down", run_stack_down, "stop every service (SIGTERM, then SIGKILL); safe to repeat"),
        ("status", run_stack_status, "service, pid, port, health, restarts and URL of each service"),
        (
            "supervise",
            run_stack_supervise,
            "restart the stack's services when they die (`stack up` starts it; `down` stops it)",
        ),
    ):
        add_command(verbs, verb, run, help=help)


def run_warehouse_serve(args: argparse.Namespace) -> int:
    """Serve until SIGTERM/SIGINT, then drain: 0 when every running statement was answered, else 1
    (the process then exits at once, without waiting for chDB, to keep the stop within its bound)."""
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
        shutdown_timeout_s=settings.shutdown_timeout_s,
    )
    if not drained:
        logging.shutdown()
        os._exit(1)
    return 0


def run_stack_up(args: argparse.Namespace) -> int:
    from callpulse import compose
    from callpulse.settings import get_settings
    from devstack.stack.commands import up

    settings = get_settings()
    return up(compose.stack_config(settings), compose.stack_hooks(settings))


def run_stack_down(args: argparse.Namespace) -> int:
    from callpulse import compose
    from callpulse.settings import get_settings
    from devstack.stack.commands import down

    return down(compose.stack_config(get_settings()))


def run_stack_supervise(args: argparse.Namespace) -> int:
    from callpulse import compose
    from callpulse.cli.draining import StopSignal
    from callpulse.settings import get_settings
    from devstack.stack.commands import supervise

    return supervise(compose.stack_config(get_settings()), StopSignal().install())


def run_stack_status(args: argparse.Namespace) -> int:
    from callpulse import compose
    from callpulse.settings import get_settings
    from devstack.stack.commands import status

    return status(compose.stack_config(get_settings()))
