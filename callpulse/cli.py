"""``callpulse``: the command line. Each command is a thin shell over the composition root."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from callpulse.errors import CallpulseError
from stream.errors import StreamError

EXAMPLES = """\
examples:
  callpulse demo --calls 300 --seed 7
  callpulse ingest events.jsonl
  callpulse query "SELECT workflow, count() FROM calls FINAL GROUP BY workflow"
"""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="callpulse",
        description="Real-time call analytics and alerting for AI voice agents.",
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    commands.add_parser("migrate", help="apply pending warehouse migrations (a second run is a no-op)")

    ingest = commands.add_parser("ingest", help="push a JSON Lines file of turn events through the pipeline")
    ingest.add_argument("file", type=Path, help="one turn event (schema v1) per line")

    query = commands.add_parser("query", help="run read-only SQL on the analytics database")
    query.add_argument("sql", help='e.g. "SELECT count() FROM calls FINAL"')
    query.add_argument("--format", choices=("table", "csv", "jsonl"), default="table")
    query.add_argument("--limit", type=_positive, default=1_000, help="rows to print at most (default 1000)")

    demo = commands.add_parser("demo", help="simulate calls, run them through the pipeline, print the KPIs")
    demo.add_argument(
        "--calls", type=_positive, default=400, help="number of calls to simulate (default 400)"
    )
    demo.add_argument("--seed", type=int, default=7, help="random seed; the same seed gives the same calls")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    from callpulse import commands  # imported late: `callpulse --help` stays fast

    try:
        handler = getattr(commands, f"run_{args.command}")
        return int(handler(args))
    except (CallpulseError, StreamError) as err:
        print(f"callpulse {args.command}: {err}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {text!r}") from None
    if value <= 0:
        raise argparse.ArgumentTypeError(f"expected a number above 0, got {value}")
    return value


if __name__ == "__main__":
    raise SystemExit(main())
