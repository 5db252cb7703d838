"""``callpulse rules``: per-call rule files (``deploy/rules/``), checked and unit-tested offline.

``rules check FILE`` reads a rule file and reports the first problem with its line (syntax, an unknown
field, a bad value, a duplicate name), or the rules it holds. ``rules test FILE CASES`` replays the
recorded calls of a cases file (JSONL, ``stream/rules/cases.py``) through the rules and compares the
matches with the expected ones, like ``promtool test rules``; exit 1 when a case fails.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from callpulse.cli.args import add_command, add_group
from stream.rules.model import Rule


def register(commands: Any) -> None:
    """check and test per-call rule files

    Per-call rules (deploy/rules/*.yaml, docs/rules.md): check a file, run its cases."""
    actions = add_group(commands, "rules", register)
    check = add_command(actions, "check", run_check)
    check.add_argument("file", type=Path, help="e.g. deploy/rules/call_rules.v1.yaml")
    test = add_command(actions, "test", run_test)
    test.add_argument("file", type=Path, help="the rule file")
    test.add_argument("cases", type=Path, help="JSONL cases (deploy/rules/tests/*.jsonl)")
    test.add_argument("-v", "--verbose", action="store_true", help="list every match of every case")


def _where(rule: Rule) -> str:
    return ", ".join(rule.workflows) if rule.workflows else "every workflow"


def run_check(args: argparse.Namespace) -> int:
    """check a rule file (syntax, unknown fields, values)"""
    from stream.rules.parse import load_rules

    rules = load_rules(args.file)
    print(f"{args.file}: version {rules.version}, {len(rules.rules)} rules OK")
    for rule in rules.rules:
        notify = f", notify {'+'.join(rule.notify)}" if rule.notify else ""
        print(f"  {rule.line:>4}  {rule.name} ({_where(rule)}{notify})")
    return 0


def run_test(args: argparse.Namespace) -> int:
    """replay recorded calls and compare matches with the expected"""
    from stream.rules.cases import run_cases
    from stream.rules.parse import load_rules

    rules = load_rules(args.file)
    results = run_cases(rules, args.cases.read_text(encoding="utf-8"))
    failed = 0
    for result in results:
        print(f"{'PASS' if result.passed else 'FAIL'}  {args.cases}:{result.line}  {result.name}")
        if not result.passed:
            failed += 1
            for key in result.missing:
                print(f"        missing:    {key}")
            for key in result.unexpected:
                print(f"        unexpected: {key}")
        if args.verbose or not result.passed:
            for m in result.matches:
                print(f"        matched {m.rule} at turn {m.turn}: {m.detail}")
    print(f"{len(results) - failed} of {len(results)} cases passed")
    return 1 if failed else 0
