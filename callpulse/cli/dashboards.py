"""`callpulse dashboards build|push`: Grafana dashboards as code (dashboards/README.md)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from callpulse.cli.args import add_command, add_group


def register(commands: Any) -> None:
    """build the Grafana dashboards, or push them to Grafana"""
    actions = add_group(commands, "dashboards", register)
    build = add_command(actions, "build", run_build)
    build.add_argument("--check", action="store_true", help="write nothing; exit 1 if the files are stale")
    build.add_argument("--out", type=Path, default=None, help="directory (default dashboards/generated)")
    push = add_command(actions, "push", run_push)
    push.add_argument("--no-datasources", action="store_true", help="push the folder and dashboards only")


def run_build(args: argparse.Namespace) -> int:
    """write dashboards/generated/*.json from the code"""
    from callpulse.settings import get_settings
    from dashboards import build

    directory = args.out or build.GENERATED
    budget_ms = get_settings().ttfhw_budget_ms
    if args.check:
        stale = build.stale(directory, budget_ms)
        for name in stale:
            print(f"stale: {directory / name} (run `callpulse dashboards build`)")
        return 1 if stale else 0
    changed = build.write(directory, budget_ms)
    print(f"{len(build.DASHBOARDS)} dashboards in {directory}: {len(changed)} written, "
          f"{len(build.DASHBOARDS) - len(changed)} unchanged")  # fmt: skip
    return 0


def run_push(args: argparse.Namespace) -> int:
    """create or update the folder, data sources and dashboards in Grafana (idempotent)"""
    from callpulse.settings import get_settings
    from dashboards import build, datasources
    from dashboards.errors import DashboardsError
    from dashboards.push import connect, push

    settings = get_settings()
    try:
        sources = [] if args.no_datasources else [
            datasources.clickhouse(settings.grafana_clickhouse_dsn or settings.resolved_warehouse_dsn,
                                   settings.database),
            datasources.prometheus(settings.grafana_prometheus_url),
        ]  # fmt: skip
        api = connect(
            settings.grafana_url,
            token=settings.grafana_token.get_secret_value(),
            user=settings.grafana_user,
            password=settings.grafana_password.get_secret_value(),
        )
        report = push(api, build.build_all(settings.database, settings.ttfhw_budget_ms), sources,
                      settings.grafana_folder)  # fmt: skip
    except DashboardsError as err:
        print(f"callpulse dashboards push: {err}", file=sys.stderr)
        return 2
    for kind, name, outcome in report.actions:
        print(f"{outcome:9} {kind:10} {name}")
    print(
        f"{report.writes} written, {len(report.actions) - report.writes} unchanged ({settings.grafana_url})"
    )
    return 0
