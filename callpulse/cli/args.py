"""How the command groups declare themselves: a command with its handler in one call, the ``--host`` and
``--port`` of a server, and argument types that each give a one-line error for a bad value."""

from __future__ import annotations

import argparse
import math
from collections.abc import Callable
from typing import Any, TypeVar

Number = TypeVar("Number", int, float)


def add_command(
    commands: Any,
    name: str,
    run: Callable[[argparse.Namespace], int],
    *,
    help: str,
    description: str = "",
    epilog: str = "",
) -> argparse.ArgumentParser:
    """Add command ``name`` to ``commands`` (a subparsers action) with its handler ``run``: ``help`` is
    its line in the parent's list, ``description`` (when given) heads its own ``--help``, ``epilog`` (when
    given: examples, kept as written) ends it."""
    parser = _add_parser(commands, name, help=help, description=description, epilog=epilog)
    parser.set_defaults(run=run)
    return parser


def _add_parser(
    commands: Any, name: str, *, help: str, description: str, epilog: str
) -> argparse.ArgumentParser:
    extra: dict[str, Any] = {"epilog": epilog, "formatter_class": argparse.RawDescriptionHelpFormatter}
    parser: argparse.ArgumentParser = commands.add_parser(
        name, help=help, description=description or None, **(extra if epilog else {})
    )
    return parser


def add_group(
    commands: Any,
    name: str,
    *,
    help: str,
    description: str = "",
    epilog: str = "",
    dest: str = "action",
    metavar: str = "ACTION",
) -> Any:
    """Add command group ``name`` (``kafka``, ``stack``…) and return the subparsers its actions go in."""
    group = _add_parser(commands, name, help=help, description=description, epilog=epilog)
    return group.add_subparsers(dest=dest, required=True, metavar=metavar)


def add_window_options(parser: argparse.ArgumentParser, *, workflow: str) -> None:
    """``--workflow``, ``--since`` and ``--until`` of a command that reads calls from the warehouse
    (``callpulse.cli.compare.parse_time`` reads the times); ``workflow`` is what leaving it out means."""
    parser.add_argument("--workflow", help=f"one workflow (default: {workflow})")
    parser.add_argument("--since", help="calls started at or after: ISO 8601 time, or 7d / 24h / 30m ago")
    parser.add_argument("--until", help="calls started before: ISO 8601 time, or 7d / 24h / 30m ago")


def add_json_option(parser: argparse.ArgumentParser, *, instead_of: str = "the table") -> None:
    """``--json``: one JSON object on stdout instead of ``instead_of``."""
    parser.add_argument("--json", action="store_true", help=f"one JSON object instead of {instead_of}")


def add_bind_options(parser: argparse.ArgumentParser, *, host: str, port: str) -> None:
    """``--host`` and ``--port`` of a server command; ``host`` and ``port`` say where their defaults come
    from (unset, the command takes them from its settings)."""
    parser.add_argument("--host", default=None, help=f"interface to bind (default {host})")
    parser.add_argument("--port", type=port_number, default=None, help=f"port (default {port})")


def _number(
    text: str, convert: Callable[[str], Number], kind: str, *, allowed: Callable[[Number], bool], bounds: str
) -> Number:
    """``text`` read by ``convert`` (``int`` or ``float``), or a one-line error naming what was expected."""
    try:
        value = convert(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected {kind}, got {text!r}") from None
    if not allowed(value):
        raise argparse.ArgumentTypeError(f"expected {bounds}, got {text}")
    return value


def _above_zero(value: float) -> bool:
    return value > 0 and math.isfinite(value)


def positive_int(text: str) -> int:
    """A whole number above 0."""
    return _number(text, int, "a whole number", allowed=_above_zero, bounds="a number above 0")


def positive_float(text: str) -> float:
    """A finite number above 0."""
    return _number(text, float, "a number", allowed=_above_zero, bounds="a number above 0")


def seconds(text: str) -> float:
    """Seconds above 0 (finite)."""
    return _number(text, float, "seconds", allowed=_above_zero, bounds="seconds above 0")


def port_number(text: str) -> int:
    """A TCP port, 0 (any free one) to 65535."""
    return _number(
        text, int, "a port number", allowed=lambda port: 0 <= port <= 65_535, bounds="a port from 0 to 65535"
    )
