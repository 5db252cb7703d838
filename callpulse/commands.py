"""What each CLI command does. Output is for people: one line per fact, numbers with units."""

from __future__ import annotations

import argparse
import time

from rich.console import Console

from callpulse import compose, queries
from callpulse.errors import ConfigError
from callpulse.settings import get_settings
from ingest.clock import SystemClock
from stream.runner import file_messages, run

console = Console()


def run_migrate(args: argparse.Namespace) -> int:
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
    path = args.file
    if not path.is_file():
        raise ConfigError(f"{path} is not a file; pass a JSON Lines file with one turn event per line")
    settings = get_settings()
    client = compose.open_warehouse(settings)
    compose.tune_gc_for_streaming()
    clock = SystemClock()
    pipeline, commits = compose.embedded_pipeline(settings, client, clock)
    started = time.perf_counter()
    count = run(pipeline, file_messages(path, clock))
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


def run_query(args: argparse.Namespace) -> int:
    settings = get_settings()
    client = compose.open_warehouse(settings)
    result = queries.read_only(client, settings, args.sql)
    queries.print_result(console, result, fmt=args.format, limit=args.limit)
    return 0


def run_demo(args: argparse.Namespace) -> int:
    if args.live:
        return _run_demo_live(args)
    if args.rate is not None or args.time_scale != 1.0:
        raise ConfigError("--rate and --time-scale pace live calls; add --live")
    from callpulse import demo

    return demo.run_demo(
        get_settings(), calls=args.calls or 400, seed=args.seed, hour_ms=args.hour_ms, console=console
    )


def _run_demo_live(args: argparse.Namespace) -> int:
    from callpulse.demo_live import DEFAULT_CALLS, DEFAULT_RATE_PER_S, LiveDemo, run_demo_live

    if args.hour_ms is not None:
        raise ConfigError("--hour-ms pins the synthesized demo's hour; live calls happen now (drop one)")
    live = LiveDemo(
        calls=args.calls or DEFAULT_CALLS,
        seed=args.seed,
        time_scale=args.time_scale,
        rate_per_s=args.rate or DEFAULT_RATE_PER_S,
    )
    return run_demo_live(get_settings(), live, console=console)
