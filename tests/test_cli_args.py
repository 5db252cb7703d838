"""The argument types: a bad value is refused with one line saying what was expected; a command's help is
its handler's docstring."""

from __future__ import annotations

import argparse

import pytest

from callpulse.cli import build_parser
from callpulse.cli.args import UndocumentedCommandError, add_command


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["detect", "--interval", "0"], "expected seconds above 0, got 0"),
        (["detect", "--interval", "inf"], "expected seconds above 0, got inf"),
        (["detect", "--interval", "soon"], "expected seconds, got 'soon'"),
        (["demo", "--rate", "nan"], "expected a number above 0, got nan"),
        (["demo", "--calls", "-3"], "expected a number above 0, got -3"),
        (["demo", "--calls", "many"], "expected a whole number, got 'many'"),
        (["api", "--port", "70000"], "expected a port from 0 to 65535, got 70000"),
    ],
)
def test_a_bad_value_is_refused_in_one_line(
    argv: list[str], expected: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_:
        build_parser().parse_args(argv)
    assert exit_.value.code == 2
    assert expected in capsys.readouterr().err


def test_each_command_runs_its_own_handler() -> None:
    parser = build_parser()
    assert parser.parse_args(["stack", "down"]).run.__name__ == "run_stack_down"
    assert parser.parse_args(["keys", "list"]).run.__name__ == "run_keys_list"
    assert parser.parse_args(["agent", "serve", "--port", "0"]).port == 0


def test_a_handlers_docstring_is_its_commands_help() -> None:
    """The first paragraph is the line in the parent's list, the second heads ``--help``, the rest is
    for readers of the code and is not shown."""

    def run_hello(args: argparse.Namespace) -> int:
        """say hello
        to everyone

        Print a greeting on one line,
        then exit 0.

        Notes for whoever reads the code."""
        return 0

    parser = argparse.ArgumentParser(prog="demo")
    commands = parser.add_subparsers(dest="command")
    hello = add_command(commands, "hello", run_hello)
    assert hello.description == "Print a greeting on one line, then exit 0."
    assert "say hello to everyone" in parser.format_help()
    assert "Notes" not in parser.format_help() + hello.format_help()
    assert parser.parse_args(["hello"]).run is run_hello


def test_a_command_without_a_docstring_is_refused_at_registration() -> None:
    def run_silent(args: argparse.Namespace) -> int:
        return 0

    commands = argparse.ArgumentParser(prog="demo").add_subparsers(dest="command")
    with pytest.raises(UndocumentedCommandError, match="run_silent has no docstring"):
        add_command(commands, "silent", run_silent)
