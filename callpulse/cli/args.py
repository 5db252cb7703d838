"""How the command groups declare themselves: a command with its handler in one call (the handler's
docstring is the command's help), the ``--host`` and ``--port`` of a server, and argument types that each
give a one-line error for a bad value."""

from __future__ import annotations

import argparse
import inspect
import math
from collections.abc import Callable
from typing import Any, TypeVar

Number = TypeVar("Number", int, float)


class UndocumentedCommandError(TypeError):
    """A command or group declared without a docstring: it would have no help text."""


def help_text(declared_by: Callable[..., Any]) -> tuple[str, str]:
    """The help a command's handler (or a group's ``register``) declares in its docstring: the first
    paragraph is its line in the parent's list, the second (when there is one) heads its own ``--help``;
    what follows is for readers of the code. Each paragraph's lines are joined with one space."""
    if not declared_by.__doc__:
        raise UndocumentedCommandError(f"{declared_by.__qualname__} has no docstring, so no help text")
    paragraphs = [" ".join(part.split()) for part in inspect.cleandoc(declared_by.__doc__).split("\n\n")]
    return paragraphs[0], paragraphs[1] if len(paragraphs) > 1 else ""


def add_command(
    commands: Any, name: str, run: Callable[[argparse.Namespace], int], *, epilog: str = ""
) -> argparse.ArgumentParser:
    """Add command ``name`` to ``commands`` (a subparsers action) with its handler ``run``, whose docstring
    is the command's help (``help_text``); ``epilog`` (when given: examples, kept as written) ends its
    ``--help``."""
    parser = _add_parser(commands, name, run, epilog=epilog)
    parser.set_defaults(run=run)
    return parser


def _add_parser(
    commands: Any, name: str, declared_by: Callable[..., Any], *, epilog: str
) -> argparse.ArgumentParser:
    help, description = help_text(declared_by)
    extra: dict[str, Any] = {"epilog": epilog, "formatter_class": argparse.RawDescriptionHelpFormatter}
    parser: argparse.ArgumentParser = commands.add_parser(
        name, help=help, description=description or None, **(extra if epilog else {})
    )
    return parser


def add_group(
    commands: Any,
    name: str,
    declared_by: Callable[..., Any],
    *,
    epilog: str = "",
    dest: str = "action",
    metavar: str = "ACTION",
) -> Any:
    """Add command group ``name`` (``kafka``, ``stack``…) and return the subparsers its actions go in;
    its help is the docstring of ``declared_by``, the group module's ``register`` (``help_text``)."""
    group = _add_parser(commands, name, declared_by, epilog=epilog)
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
