"""The core commands: migrate, ingest, query, demo."""

from __future__ import annotations

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
        "--limit", type=positive_int, default=1_000, help="rows to print at most (default 1000)"
    )
    query.set_defaults(handler="callpulse.commands:run_query")

    demo = commands.add_parser("demo", help="simulate calls, run them through the pipeline, print the KPIs")
    demo.add_argument(
        "--calls", type=positive_int, default=400, help="number of calls to simulate (default 400)"
    )
    demo.add_argument("--seed", type=int, default=7, help="random seed; the same seed gives the same calls")
    demo.add_argument(
        "--hour-ms",
        type=positive_int,
        default=None,
        help="epoch ms of the hour the simulated calls end in (default: the current UTC hour)",
    )
    demo.set_defaults(handler="callpulse.commands:run_demo")
