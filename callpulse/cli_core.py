"""The core commands: migrate, ingest, query, demo."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from callpulse.cli import positive_int


def register(commands: Any) -> None:
    migrate = commands.add_parser(
        "migrate", help="apply pending warehouse migrations (a second run is a no-op)"
    )
    migrate.set_defaults(handler="callpulse.commands:run_migrate")

    ingest = commands.add_parser("ingest", help="push a JSON Lines file of turn events through the pipeline")
    ingest.add_argument("file", type=Path, help="one turn event (schema v1) per line")
    ingest.set_defaults(handler="callpulse.commands:run_ingest")

    query = commands.add_parser("query", help="run read-only SQL on the analytics database")
    query.add_argument("sql", help='e.g. "SELECT count() FROM calls FINAL"')
    query.add_argument("--format", choices=("table", "csv", "jsonl"), default="table")
    query.add_argument(
        "--limit",
        type=positive_int,
        default=1_000,
        help="rows the warehouse returns at most; more are cut, with a 'truncated at N rows' note "
        "(default 1000)",
    )
    query.set_defaults(handler="callpulse.queries:run_query")

    demo = commands.add_parser("demo", help="simulate calls, run them through the pipeline, print the KPIs")
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
    # --live: the reference agent on loopback, the caller simulator over real WebSockets
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
    demo.set_defaults(handler="callpulse.commands:run_demo")


def positive_float(text: str) -> float:
    """An argparse type: a number above 0, with a one-line error otherwise."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number, got {text!r}") from None
    if not value > 0 or value == float("inf"):
        raise argparse.ArgumentTypeError(f"expected a number above 0, got {text}")
    return value
