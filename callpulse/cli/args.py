"""How the command groups declare themselves: a command with its handler in one call, the ``--host`` and
``--port`` of a server, and argument types that each give a one-line error for a bad value."""

from __future__ import annotations

import argparse
import math
from collections.abc import Callable
from typing import Any, TypeVar

Number = TypeVar("Number", int, float)


def add_command(
    commands: Any, name: str, run: Callable[[argparse.Namespace], int], *, help: str, description: str = ""
) -> argparse.ArgumentParser:
    """Add command ``name`` to ``commands`` (a subparsers action) with its handler ``run``: ``help`` is
    its line in the parent's list, ``description`` (when given) heads its own ``--help``."""
    parser: argparse.ArgumentParser = commands.add_parser(name, help=help, description=description or None)
    parser.set_defaults(run=run)
    return parser


def add_group(
    commands: Any,
    name: str,
    *,
    help: str,
    description: str = "",
    dest: str = "action",
    metavar: str = "ACTION",
) -> Any:
    """Add command group ``name`` (``kafka``, ``stack``…) and return the subparsers its actions go in."""
    group = commands.add_parser(name, help=help, description=description or None)
    return group.add_subparsers(dest=dest, required=True, metavar=metavar)


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
