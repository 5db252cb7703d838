"""`callpulse warehouse serve` (one process owns the embedded warehouse and answers ClickHouse's HTTP
interface) and `callpulse stack up|down|status` (the production topology as local processes)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from callpulse.cli.args import port_number


def register(commands: Any) -> None:
    warehouse = commands.add_parser(
        "warehouse", help="the warehouse server: chDB behind ClickHouse's HTTP interface, for many processes"
    )
    actions = warehouse.add_subparsers(dest="action", required=True, metavar="ACTION")
    serve = actions.add_parser(
        "serve", help="own the chDB data path and answer clickhouse-connect's http:// client on one port"
    )
    serve.add_argument("--host", default=None, help="interface (default CALLPULSE_WAREHOUSE_SERVER_HOST)")
    serve.add_argument(
        "--port", type=port_number, default=None, help="port (default CALLPULSE_WAREHOUSE_SERVER_PORT)"
    )
    serve.add_argument(
        "--path", type=Path, default=None, help="chDB data path (default <data_dir>/warehouse)"
    )
    serve.set_defaults(run=run_warehouse_serve)

    stack = commands.add_parser(
        "stack",
        help="Kafka, warehouse server, workers, ingest, API, detector, agent, Prometheus, Alertmanager",
    )
    verbs = stack.add_subparsers(dest="action", required=True, metavar="ACTION")
    up = verbs.add_parser("up", help="start every service in dependency order, wait for each health check")
    up.set_defaults(run=run_stack_up)
    down = verbs.add_parser("down", help="stop every service (SIGTERM, then SIGKILL); safe to repeat")
    down.set_defaults(run=run_stack_down)
    status = verbs.add_parser("status", help="service, pid, port, health, restarts and URL of each service")
    status.set_defaults(run=run_stack_status)
    supervise = verbs.add_parser(
        "supervise", help="restart the stack's services when they die (`stack up` starts it; `down` stops it)"
    )
    supervise.set_defaults(run=run_stack_supervise)


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
