"""``callpulse stack up|down|status|supervise``: the production topology as local processes
(``devstack.stack``)."""

from __future__ import annotations

import argparse
from typing import Any

from callpulse.cli.args import add_command, add_group


def register(commands: Any) -> None:
    """Kafka, warehouse server, workers, ingest, API, detector, agent, Prometheus, Alertmanager"""
    verbs = add_group(commands, "stack", register)
    for verb, run in (
        ("up", run_stack_up),
        ("down", run_stack_down),
        ("status", run_stack_status),
        ("supervise", run_stack_supervise),
    ):
        add_command(verbs, verb, run)


def run_stack_up(args: argparse.Namespace) -> int:
    """start every service in dependency order, wait for each health check"""
    from callpulse import compose
    from callpulse.settings import get_settings
    from devstack.stack.commands import up

    settings = get_settings()
    return up(compose.stack_config(settings), compose.stack_hooks(settings))


def run_stack_down(args: argparse.Namespace) -> int:
    """stop every service (SIGTERM, then SIGKILL); safe to repeat"""
    from callpulse import compose
    from callpulse.settings import get_settings
    from devstack.stack.commands import down

    return down(compose.stack_config(get_settings()))


def run_stack_supervise(args: argparse.Namespace) -> int:
    """restart the stack's services when they die (`stack up` starts it; `down` stops it)"""
    from callpulse import compose
    from callpulse.cli.draining import StopSignal
    from callpulse.settings import get_settings
    from devstack.stack.commands import supervise

    return supervise(compose.stack_config(get_settings()), StopSignal().install())


def run_stack_status(args: argparse.Namespace) -> int:
    """service, pid, port, health, restarts and URL of each service"""
    from callpulse import compose
    from callpulse.settings import get_settings
    from devstack.stack.commands import status

    return status(compose.stack_config(get_settings()))
