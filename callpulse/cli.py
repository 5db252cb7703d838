"""``callpulse``: the command line. Each command is a thin shell over the composition root.

Commands are registered by modules listed in ``COMMAND_GROUPS``: each has
``register(commands) -> None`` that adds its subparsers and sets ``handler="module:function"``
as a default. Handlers are imported only when their command runs, so ``callpulse --help`` stays fast
and a command's heavy dependencies (a web server, Kafka, Presidio) load only when needed.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Sequence
from typing import Any

from callpulse.errors import CallpulseError
from devstack.errors import DevstackError
from stream.errors import StreamError

EXAMPLES = """\
examples:
  callpulse demo --calls 300 --seed 7
  callpulse ingest events.jsonl
  callpulse query "SELECT workflow, count() FROM calls FINAL GROUP BY workflow"
"""

COMMAND_GROUPS = (
    "callpulse.cli_core",
    "callpulse.cli_pii",
    "callpulse.cli_sim",
    "callpulse.cli_kafka",
    "callpulse.cli_agent",
    "callpulse.cli_alerts",
    "callpulse.cli_dashboards",
    "callpulse.cli_api",
    "callpulse.cli_stack",
)
"""Modules that register subcommands (add yours here; keep each group in its own module)."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="callpulse",
        description="Real-time call analytics and alerting for AI voice agents.",
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for module in COMMAND_GROUPS:
        importlib.import_module(module).register(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        _configure_logging()
        return int(_handler(args.handler)(args))
    except (CallpulseError, DevstackError, StreamError) as err:
        print(f"callpulse {args.command}: {err}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


def positive_int(text: str) -> int:
    """An argparse type: a whole number above 0, with a one-line error otherwise."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {text!r}") from None
    if value <= 0:
        raise argparse.ArgumentTypeError(f"expected a number above 0, got {value}")
    return value


def _configure_logging() -> None:
    """Logs go to stderr, one line each; they carry call SIDs and counts, never transcript text."""
    from callpulse.settings import get_settings

    logging.basicConfig(
        level=get_settings().log_level,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
    )


def _handler(reference: str) -> Any:
    module, _, function = reference.partition(":")
    return getattr(importlib.import_module(module), function)


if __name__ == "__main__":
    raise SystemExit(main())
