"""``callpulse demo``: simulated calls through the embedded pipeline, then the KPI table; ``--live`` plays
them over WebSockets against the reference agent; ``--incident`` shows the page an incident causes.

The demos (``demos/``) receive what they need built from the settings here (``callpulse.compose``)."""

from __future__ import annotations

import argparse
from typing import Any

from rich.console import Console

from callpulse.cli.args import add_command, positive_float, positive_int
from stream.warehouse import Warehouse

INCIDENTS = ("refill-field-rename",)


def register(commands: Any) -> None:
    demo = add_command(commands, "demo", run_demo)
    demo.add_argument(
        "--calls",
        type=positive_int,
        default=None,
        help="number of calls to simulate (default 400; 28 with --live)",
    )
    demo.add_argument("--seed", type=int, default=7, help="random seed; the same seed gives the same calls")
    demo.add_argument(
        "--hour-ms",
        type=positive_int,
        default=None,
        help="epoch ms of the hour the simulated calls end in (default: the current UTC hour)",
    )
    demo.add_argument(
        "--live",
        action="store_true",
        help="play the calls over WebSockets against the reference agent, in real time (about 2 minutes)",
    )
    demo.add_argument(
        "--time-scale",
        type=positive_float,
        default=1.0,
        help="with --live: play the callers N times faster (time-based metrics shrink; default 1)",
    )
    demo.add_argument(
        "--rate",
        type=positive_float,
        default=None,
        help="with --live: call arrivals per second (default 1.5)",
    )
    demo.add_argument(
        "--incident",
        choices=INCIDENTS,
        help="inject an incident into the simulated calls and show the page it causes",
    )


def run_demo(args: argparse.Namespace) -> int:
    """simulate calls, run them through the pipeline, print the KPIs

    Simulate calls from the scenario library, run their events through the same steps a production worker runs
    into the warehouse, and print the KPI table per workflow."""
    from callpulse.errors import ConfigError

    if args.incident:
        return _run_incident(args)
    if args.live:
        return _run_live(args)
    if args.rate is not None or args.time_scale != 1.0:
        raise ConfigError("--rate and --time-scale pace live calls; add --live")
    return _run_kpis(args)


def _run_kpis(args: argparse.Namespace) -> int:
    from callpulse import compose
    from callpulse.settings import get_settings
    from demos.kpi_demo import run_demo as run_kpi_demo
    from ingest.clock import SystemClock

    settings = get_settings()
    clock = SystemClock()
    client, pipeline, _ = compose.streaming_pipeline(settings, clock)
    console = Console()
    code = run_kpi_demo(
        compose.demo_warehouse(settings, client),
        pipeline,
        clock,
        calls=args.calls or 400,
        seed=args.seed,
        hour_ms=args.hour_ms,
        console=console,
    )
    if code == 0:
        print_rollout_pointers(client, settings, args.hour_ms or clock.now_ms(), console)
    return code


def print_rollout_pointers(client: Warehouse, settings: Any, at_ms: int, console: Console) -> None:
    """The weekly business review of the demo's week, written into the data folder (HTML, and the PDF when
    chromium is installed), and where the compare page is once `callpulse api` runs."""
    import time

    from callpulse.cli.report import write_report
    from rollout.weeks import IsoWeek

    week = IsoWeek.of_ms(at_ms)
    files = write_report(
        client,
        settings,
        week,
        settings.data_dir / "reports",
        now_ms=int(time.time() * 1000),
        pdf="if-available",
    )
    console.print(
        f"\n[bold]Weekly business review {week.label}[/bold] (callpulse report --week {week.label}):"
    )
    console.print(f"  HTML: {files.html.resolve()}", soft_wrap=True)
    pdf = f"  PDF:  {files.pdf.resolve()}" if files.pdf else f"  PDF:  {files.pdf_note}"
    console.print(pdf, soft_wrap=True)
    base = f"http://{settings.api_host}:{settings.api_port}"
    console.print(f"Release comparison page: {base}/compare", soft_wrap=True)
    console.print("  serve it: callpulse keys create --role admin --name me; callpulse api", soft_wrap=True)
    console.print("  or in the terminal: callpulse compare --canary --since 7d", soft_wrap=True)


def _run_live(args: argparse.Namespace) -> int:
    from callpulse import compose
    from callpulse.errors import ConfigError
    from callpulse.settings import get_settings
    from demos.live import DEFAULT_CALLS, DEFAULT_RATE_PER_S, LiveDemo, run_demo_live

    if args.hour_ms is not None:
        raise ConfigError("--hour-ms pins the synthesized demo's hour; live calls happen now (drop one)")
    live = LiveDemo(
        calls=args.calls or DEFAULT_CALLS,
        seed=args.seed,
        time_scale=args.time_scale,
        rate_per_s=args.rate or DEFAULT_RATE_PER_S,
    )
    settings = get_settings()
    client = compose.open_warehouse(settings)
    compose.tune_gc_for_streaming()
    return run_demo_live(compose.live_demo_wiring(settings, client), live, console=Console())


def _run_incident(args: argparse.Namespace) -> int:
    import time

    from callpulse import compose
    from callpulse.settings import get_settings
    from demos.incident import run_incident_demo

    settings = get_settings()
    own = incident_settings(settings)
    client = compose.open_warehouse(own, migrate=False)
    for database in (own.database, own.restricted_database):
        client.command(f"DROP DATABASE IF EXISTS {database}")
    compose.migrator(own, client).apply()
    console = Console()
    code = run_incident_demo(
        client,
        own.database,
        compose.pipeline_on(own, client),
        compose.detector_config(own),
        seed=args.seed,
        console=console,
    )
    console.print(f"(the incident's calls and pages are in the database {own.database}, new each run)")
    if code == 0:
        main = compose.open_warehouse(settings)
        print_rollout_pointers(main, settings, int(time.time() * 1000), console)
    return code


def incident_settings(settings: Any) -> Any:
    """The settings of the incident demo: databases of its own, dropped and made afresh on every run. In
    the shared ones, a second run's detector restored the first run's open incident (no page printed,
    exit 0) or judged the new incident against the last run's failing minutes (no page, exit 1)."""
    return settings.model_copy(
        update={
            "database": f"{settings.database}_incident_demo",
            "restricted_database": f"{settings.restricted_database}_incident_demo",
        }
    )
