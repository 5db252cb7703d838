"""The CLI explains itself: every command and every option has help text, and `--version` answers."""

from __future__ import annotations

import argparse
import subprocess
import sys
from collections.abc import Iterator
from importlib.metadata import version

from callpulse.cli import build_parser


def _parsers(
    parser: argparse.ArgumentParser, path: str = "callpulse"
) -> Iterator[tuple[str, argparse.ArgumentParser]]:
    yield path, parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield from _parsers(sub, f"{path} {name}")


def _missing_help(parser: argparse.ArgumentParser, path: str) -> list[str]:
    missing = []
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            described = {choice.dest for choice in action._choices_actions if choice.help}
            missing += [f"{path} {name}" for name in action.choices if name not in described]
        elif not isinstance(action, (argparse._HelpAction, argparse._VersionAction)) and not action.help:
            missing.append(f"{path} {'/'.join(action.option_strings) or action.dest}")
    return missing


def test_every_command_and_option_has_help_text() -> None:
    missing = [item for path, parser in _parsers(build_parser()) for item in _missing_help(parser, path)]
    assert not missing, "no help text: " + ", ".join(missing)


def test_the_walk_reaches_nested_commands() -> None:
    paths = {path for path, _ in _parsers(build_parser())}
    assert {"callpulse agent serve", "callpulse keys create", "callpulse stack up", "callpulse demo"} <= paths


def test_version_prints_the_installed_version() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "callpulse.cli", "--version"], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"callpulse {version('callpulse')}"
