"""``callpulse``: the command line. Each command is a thin shell over the composition root.

Every command group is a module of this package with ``register(commands)``: it adds its subparsers and
sets ``run=<its handler function>``. ``GROUPS`` lists them in the order ``callpulse --help`` shows them;
no module touches another's parser. Handlers import their heavy dependencies (a web server, Kafka,
Presidio) inside their bodies, so ``callpulse --help`` stays fast.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from importlib.metadata import PackageNotFoundError, version

from callpulse.cli import (
    agent,
    alerts,
    api,
    baseline,
    compare,
    core,
    dashboards,
    demo,
    http_ingest,
    kafka,
    keys,
    pii,
    query,
    report,
    review,
    rules,
    shadow,
    simulate,
    stack,
    tap,
    warehouse,
    worker,
)
from callpulse.cli.explain import explain
from callpulse.errors import CallpulseError
from devstack.errors import DevstackError
from stream.errors import StreamError

EXAMPLES = """\
examples:
  callpulse demo --calls 300 --seed 7
  callpulse ingest events.jsonl
  callpulse query "SELECT workflow, count() FROM calls FINAL GROUP BY workflow"
"""

GROUPS = (
    core,
    query,
    demo,
    pii,
    simulate,
    tap,
    kafka,
    worker,
    http_ingest,
    agent,
    alerts,
    dashboards,
    api,
    keys,
    compare,
    baseline,
    shadow,
    review,
    report,
    warehouse,
    stack,
    rules,
)
"""The command groups, registered in this order (add yours here; one group per module)."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="callpulse",
        description="Real-time call analytics and alerting for AI voice agents.",
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {_version()}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for group in GROUPS:
        group.register(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        _configure_logging()
        return int(args.run(args))
    except (CallpulseError, DevstackError, StreamError) as err:
        print(f"callpulse {args.command}: {explain(err)}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


def _version() -> str:
    try:
        return version("callpulse")
    except PackageNotFoundError:  # run from a checkout that was never installed
        return "unknown"


def _configure_logging() -> None:
    """Logs go to stderr, one line each; they carry call SIDs and counts, never transcript text."""
    from callpulse.settings import get_settings

    logging.basicConfig(
        level=get_settings().log_level,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
    )
