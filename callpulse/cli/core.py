"""``callpulse migrate`` (the warehouse schema) and ``callpulse ingest`` (a JSON Lines file through the
pipeline). Output is for people: one line per fact, numbers with units."""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from callpulse.cli.args import add_command
from stream.warehouse import Warehouse

console = Console()


def register(commands: Any) -> None:
    add_command(commands, "migrate", run_migrate)

    ingest = add_command(commands, "ingest", run_ingest)
    ingest.add_argument("file", type=Path, help="one turn event (schema v1) per line")


def run_migrate(args: argparse.Namespace) -> int:
    """apply pending warehouse migrations (a second run is a no-op)

    Apply the numbered SQL files of deploy/clickhouse/migrations that the warehouse has not recorded yet
    (CALLPULSE_WAREHOUSE_DSN; the embedded chDB by default)."""
    from callpulse import compose
    from callpulse.settings import get_settings

    settings = get_settings()
    client = compose.open_warehouse(settings, migrate=False)
    applied = compose.migrator(settings, client).apply()
    if applied:
        for name in applied:
            console.print(f"applied {name}")
    else:
        console.print("warehouse schema is up to date; nothing to apply")
    return 0


def run_ingest(args: argparse.Namespace) -> int:
    """push a JSON Lines file of turn events through the pipeline

    Validate, redact and store every line of FILE as the worker would; invalid lines are dead-lettered with
    their reason and line number."""
    from callpulse import compose
    from callpulse.errors import ConfigError
    from callpulse.settings import get_settings
    from ingest.clock import SystemClock
    from stream.runner import file_messages, run

    path = args.file
    if not path.is_file():
        raise ConfigError(f"{path} is not a file; pass a JSON Lines file with one turn event per line")
    settings = get_settings()
    clock = SystemClock()
    client, pipeline, commits = compose.streaming_pipeline(settings, clock)
    started, started_ms = time.perf_counter(), clock.now_ms()
    source = f"file:{path.resolve()}"
    with _progress(_line_count(path)) as advance:
        count = run(pipeline, file_messages(path, clock, source), progress=advance)
    pipeline.close()
    elapsed = time.perf_counter() - started
    state, writer = pipeline.call_state, pipeline.writer
    console.print(f"read {count:,} events from {path} in {elapsed:.2f} s")
    console.print(
        f"  {count:,} in = {pipeline.stored:,} stored + {pipeline.dead_lettered:,} dead-lettered"
        + (
            f"  ({state.stats.duplicates:,} stored events were duplicates of earlier ones)"
            if state.stats.duplicates
            else ""
        )
    )
    if pipeline.reasons:
        reasons = ", ".join(f"{code} {n:,}" for code, n in pipeline.reasons.most_common())
        console.print(f"  dead-letter reasons: {reasons}")
    if pipeline.dead_lettered:
        _print_failing_lines(client, settings.database, source, started_ms)
    console.print(
        f"  calls updated: {state.stats.call_rows:,}; batches written: {writer.batches:,}; "
        f"rows: {writer.rows:,}; write time: {writer.write_ms / 1000:.2f} s"
    )
    if state.stats.calls_without_start:
        console.print(
            f"  calls without call.started (events kept, no summary): {state.stats.calls_without_start:,}"
        )
    console.print(f"  committed offsets: {sum(commits.committed.values()):,}")
    console.print('explore: callpulse query "SELECT * FROM calls FINAL LIMIT 10"')
    return 0


SHOWN_LINES = 10
"""Dead-lettered lines named after an ingest; the rest are in the ``dlq`` table."""


def _line_count(path: Path) -> int:
    with path.open("rb") as handle:
        return sum(1 for _ in handle)


@contextmanager
def _progress(lines: int) -> Iterator[Callable[[int], None]]:
    """A progress bar over the file's lines in a terminal; nothing when the output is piped."""
    if not console.is_terminal:
        yield lambda _done: None
        return
    columns = (
        TextColumn("ingest"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("lines"),
        TimeElapsedColumn(),
    )
    with Progress(*columns, console=console, transient=True) as progress:
        task = progress.add_task("ingest", total=lines)
        yield lambda done: progress.update(task, completed=done)


def _print_failing_lines(client: Warehouse, database: str, source: str, started_ms: int) -> None:
    """The lines of this run that were dead-lettered (line numbers from 1) and why, from the DLQ."""
    quoted = "'" + source.replace("\\", "\\\\").replace("'", "\\'") + "'"
    where = f"source = {quoted} AND received_at >= fromUnixTimestamp64Milli({int(started_ms)}, 'UTC')"
    rows = client.query(
        f"SELECT kafka_offset + 1, reason_code, reason FROM {database}.dlq FINAL WHERE {where} "
        f"ORDER BY kafka_offset LIMIT {SHOWN_LINES + 1}"
    ).result_rows
    console.print("  dead-lettered lines (line: reason):", highlight=False)
    for line, code, reason in rows[:SHOWN_LINES]:
        console.print(f"    line {line:,}: {code}: {str(reason)[:120]}", highlight=False, markup=False)
    if len(rows) > SHOWN_LINES:
        console.print(
            f'    … more in: callpulse query "SELECT kafka_offset + 1 AS line, reason_code, reason FROM dlq '
            f'FINAL WHERE {where} ORDER BY line"',
            highlight=False,
            markup=False,
            soft_wrap=True,
        )
