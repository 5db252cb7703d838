"""PII commands: ``redact`` (stdin lines -> redacted lines) and ``raw`` (audited read of original text).

``callpulse redact`` keeps lines one to one: the n-th output line is the n-th input line redacted,
whatever it holds (empty, non-English, control characters, bytes that are not UTF-8, which are
read as U+FFFD so nothing undecodable is echoed back).
"""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Iterable, Iterator
from typing import Any, BinaryIO, TextIO

from callpulse.cli.args import add_command
from stream.redaction.base import Redactor, apply, non_overlapping

BLOCK_LINES = 256


def register(commands: Any) -> None:
    add_command(commands, "redact", run_redact)
    raw = add_command(commands, "raw", run_raw)
    raw.add_argument("--call", required=True, metavar="CALL_SID", help="the call SID, e.g. CA0123…")
    raw.add_argument(
        "--reason",
        required=True,
        help='why you need the raw text, e.g. "dispute #4411"; written to audit_log',
    )
    raw.add_argument("--actor", default=None, help="who is reading (default: the login name)")


def run_redact(args: argparse.Namespace) -> int:
    """redact one utterance per line from stdin to stdout (same order, same count)"""
    from callpulse import compose
    from callpulse.settings import get_settings

    redactor = compose.redactor(get_settings())
    redact_stream(redactor, sys.stdin.buffer, sys.stdout)
    return 0


def redact_stream(redactor: Redactor, source: BinaryIO, out: TextIO) -> int:
    """Redact ``source`` line by line into ``out``; returns the number of lines."""
    count = 0
    size = 1 if source.isatty() else BLOCK_LINES  # a person typing sees each line at once
    for block in _blocks(_lines(source), size):
        for line in redact_lines(redactor, block):
            out.write(line)
            out.write("\n")
        out.flush()
        count += len(block)
    return count


def redact_lines(redactor: Redactor, lines: list[str]) -> list[str]:
    """Redacted lines, batched through ``find_all`` when the redactor has it (NER via ``nlp.pipe``)."""
    find_all = getattr(redactor, "find_all", None)
    found = find_all(lines) if find_all is not None else [redactor.find(line) for line in lines]
    return [
        apply(line, non_overlapping(reps)) if reps else line for line, reps in zip(lines, found, strict=True)
    ]


def run_raw(args: argparse.Namespace) -> int:
    """print a call's original (unredacted) transcript; needs a reason, and is audited"""
    from callpulse import compose
    from callpulse.settings import get_settings
    from ingest.clock import SystemClock
    from stream.restricted.access import RawAccess, Reader

    settings = get_settings()
    client = compose.open_warehouse(settings)
    access = RawAccess(
        client, settings.database, settings.restricted_database, compose.keyring(settings), SystemClock()
    )
    reader = Reader(
        actor=args.actor or getpass.getuser(), role="cli", reason=args.reason, remote_addr="local"
    )
    turns = access.read(args.call, reader)
    if not turns:
        print(f"no raw text for {args.call} (never stored, or expired after {settings.raw_ttl_days} days)")
        return 1
    for turn in turns:
        print(f"{turn.ts_ms}\t{turn.speaker}\t{turn.text}")
    return 0


def _lines(source: BinaryIO) -> Iterator[str]:
    for raw in source:
        yield raw.rstrip(b"\n").decode("utf-8", errors="replace")


def _blocks(lines: Iterable[str], size: int) -> Iterator[list[str]]:
    block: list[str] = []
    for line in lines:
        block.append(line)
        if len(block) >= size:
            yield block
            block = []
    if block:
        yield block
