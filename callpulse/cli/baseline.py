"""``callpulse baseline``: import the human-handled calls of a contact center's export, and compare the
agent with them (docs/rollout.md, "Human baseline").

``baseline import FILE`` validates every row (bad rows go to the dead letters with their line and reason),
stores the rest in ``human_calls`` (a re-import of the same file stores nothing twice) and prints
``rows in = stored + dead-lettered``. ``baseline compare`` puts the agent's ended, non-shadow calls beside
the imported ones on the KPIs both have, overall and per workflow.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from callpulse.cli.args import add_command, add_group, add_json_option, add_window_options
from callpulse.errors import QueryError
from callpulse.settings import Settings
from stream.warehouse import Warehouse

MAX_DEAD_SHOWN = 20


def register(commands: Any) -> None:
    """import human-handled calls (the baseline) and compare the agent with them

    The human baseline: import a contact center's export of human-handled calls, then compare the agent with
    the people on the KPIs both have. See docs/rollout.md, 'Human baseline'."""
    actions = add_group(commands, "baseline", register)
    load = add_command(
        actions,
        "import",
        run_import,
        epilog="example:\n  callpulse baseline import examples/baseline/human_calls.example.csv \\\n"
        "    --map-queue Billing=billing --map-queue Appointments=appointment "
        "--map-queue 'Pharmacy Refills=refill'",
    )
    load.add_argument("file", type=Path, help="the export (CSV with a header row, or JSON Lines)")
    load.add_argument("--format", choices=("csv", "jsonl"), help="default: from the file's suffix")
    load.add_argument(
        "--map-queue",
        action="append",
        default=[],
        metavar="QUEUE=WORKFLOW",
        help="map a queue of the export to a workflow (repeat; a queue not mapped is dead-lettered)",
    )
    versus = add_command(actions, "compare", run_compare)
    add_window_options(versus, workflow="all, and each on its own")
    versus.add_argument("--agent-version", help="one agent version (default: every version)")
    add_json_option(versus, instead_of="the tables")


def queue_map(pairs: list[str]) -> dict[str, str] | None:
    """``["Billing=billing", ...]`` as a map; ``None`` when no pair is given."""
    if not pairs:
        return None
    out = {}
    for pair in pairs:
        queue, sep, workflow = pair.rpartition("=")
        if not sep or not queue.strip() or not workflow.strip():
            raise QueryError(f"--map-queue wants QUEUE=WORKFLOW, got {pair!r}")
        out[queue.strip()] = workflow.strip()
    return out


def import_file(
    client: Warehouse, settings: Settings, path: Path, fmt: str | None, pairs: list[str], now_ms: int
) -> tuple[Any, Any]:
    """Parse ``path`` and store it: ``(Parsed, Stored)``."""
    from ingest.baseline.errors import BaselineError
    from ingest.baseline.parse import parse
    from rollout.baseline import file_id, store

    try:
        text = path.read_text(encoding="utf-8-sig")
    except OSError as err:
        raise QueryError(f"cannot read {path}: {err.strerror}") from None
    fmt = fmt or ("jsonl" if path.suffix.lower() in (".jsonl", ".ndjson") else "csv")
    key = settings.redaction_key.get_secret_value().encode()
    try:
        parsed = parse(text, format=fmt, key=key, queue_map=queue_map(pairs))  # type: ignore[arg-type]
    except BaselineError as err:
        raise QueryError(f"{path}: {err}") from None
    stored = store(
        client,
        settings.database,
        parsed,
        source=path.name,
        file=file_id(path.name, text),
        imported_at_ms=now_ms,
    )
    return parsed, stored


def print_import(path: Path, parsed: Any, stored: Any, out: Any = sys.stdout) -> None:
    for column, why in parsed.ignored_columns:
        print(f"ignored column {column!r}: {why}", file=out)
    for dead in parsed.dead[:MAX_DEAD_SHOWN]:
        print(f"{path.name}:{dead.line}: dead-lettered ({dead.code}): {dead.reason}", file=out)
    if len(parsed.dead) > MAX_DEAD_SHOWN:
        more = len(parsed.dead) - MAX_DEAD_SHOWN
        print(
            f"... and {more} more (callpulse query \"SELECT * FROM dlq WHERE source = 'baseline'\")", file=out
        )
    print(
        f"rows in {stored.rows_in:,} = stored {stored.stored:,} + dead-lettered {stored.dead_lettered:,}"
        f" ({path.name} -> human_calls)",
        file=out,
    )


def run_import(args: argparse.Namespace) -> int:
    """import a CSV or JSON Lines export of human-handled calls

    One row per human-handled call: start, end, workflow (or queue), handle_time_s, resolved, transferred,
    abandoned, optional csat (1-5) and call_id (stored only as a keyed hash). Columns that may hold personal
    data (phone numbers, names) are never read. Bad rows are dead-lettered with their line and reason.
    Re-importing a file stores nothing twice."""
    import time

    from callpulse import compose
    from callpulse.settings import get_settings

    settings = get_settings()
    client = compose.open_warehouse(settings)
    parsed, stored = import_file(
        client, settings, args.file, args.format, args.map_queue, int(time.time() * 1000)
    )
    print_import(args.file, parsed, stored)
    return 0


def run_compare(args: argparse.Namespace) -> int:
    """compare the agent's calls with the imported human calls

    The agent's ended, non-shadow calls (B) against the imported human calls (A) on the KPIs both have:
    resolved containment, containment, abandonment, handle time; the KPIs one side lacks are listed with the
    reason. Overall and per workflow."""
    import time

    import orjson
    from rich.console import Console

    from callpulse import compose
    from callpulse.cli.compare import parse_time, print_comparison
    from callpulse.settings import get_settings
    from rollout.baseline_compare import compare_humans_by_workflow, human_spec
    from rollout.errors import RolloutError

    settings = get_settings()
    now_ms = int(time.time() * 1000)
    try:
        spec = human_spec(
            args.agent_version, workflow=args.workflow, since_ms=parse_time(args.since, now_ms, "--since"),
            until_ms=parse_time(args.until, now_ms, "--until"), alpha=settings.rollout_alpha,
            min_effect=settings.rollout_min_effect_points / 100, database=settings.database,
        )  # fmt: skip
        client = compose.open_warehouse(settings)
        overall, per_workflow = compare_humans_by_workflow(client, spec, compose.rollout_guardrails(settings))
    except RolloutError as err:
        raise QueryError(str(err)) from None
    if args.json:
        body = {
            "overall": overall.comparison.to_dict(),
            "not_comparable": dict(overall.not_comparable),
            "workflows": {k: v.comparison.to_dict() for k, v in per_workflow.items()},
        }
        sys.stdout.write(orjson.dumps(body).decode() + "\n")
        return 0
    console = Console()
    print_comparison(console, overall.comparison)
    print_not_comparable(console, overall.not_comparable)
    for name, result in per_workflow.items():
        console.print(f"\n[bold]workflow {name}[/] (its own family of tests)")
        print_comparison(console, result.comparison)
    return 0


def print_not_comparable(console: Any, lacking: tuple[tuple[str, str], ...]) -> None:
    console.print("not comparable (one side lacks them):")
    for label, why in lacking:
        console.print(f"  {label}: {why}")
