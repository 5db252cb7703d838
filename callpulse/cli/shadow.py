"""``callpulse shadow report``: of the calls people handled while the agent listened in shadow, how often
the agent would have contained the ones people resolved, where it would have handed off, and how fast it
proposed — per workflow, with 95% intervals (docs/rollout.md, "Shadow mode")."""

from __future__ import annotations

import argparse
import math
import sys
from typing import Any

from callpulse.cli.args import add_command, add_group, add_json_option, add_window_options
from callpulse.errors import QueryError


def register(commands: Any) -> None:
    """report on the agent's shadow calls against the people's outcomes

    Shadow mode: the agent listens and proposes while a person handles the call (CALLPULSE_AGENT_SHADOW=true).
    The people's outcomes come from `callpulse baseline import` with call_id = the call's Twilio CallSid."""
    actions = add_group(commands, "shadow", register)
    report = add_command(
        actions, "report", run_report, epilog="example:\n  callpulse shadow report --since 7d"
    )
    add_window_options(report, workflow="all, and each on its own")
    add_json_option(report, instead_of="the tables")


def run_report(args: argparse.Namespace) -> int:
    """would the agent have contained what people resolved? where would it hand off? how fast?"""
    import time

    import orjson
    from rich.console import Console

    from callpulse import compose
    from callpulse.cli.compare import parse_time
    from callpulse.settings import get_settings
    from rollout.errors import RolloutError
    from rollout.shadow import shadow_report

    settings = get_settings()
    now_ms = int(time.time() * 1000)
    since, until = parse_time(args.since, now_ms, "--since"), parse_time(args.until, now_ms, "--until")
    client = compose.open_warehouse(settings)
    try:
        result = shadow_report(
            client, settings.redaction_key.get_secret_value().encode(), database=settings.database,
            since_ms=since, until_ms=until, workflow=args.workflow, alpha=settings.rollout_alpha,
        )  # fmt: skip
    except RolloutError as err:
        raise QueryError(str(err)) from None
    if args.json:
        sys.stdout.write(orjson.dumps(result.to_dict()).decode() + "\n")
        return 0
    print_report(Console(), result)
    return 0


def print_report(console: Any, result: Any) -> None:
    from rich.table import Table

    table = Table(
        "workflow", "shadow calls", "with a person's outcome", "person resolved",
        "agent would have contained [95% CI]", "agent claimed what the person did not resolve",
        "hand-off proposed", "TTFHW p50 / p95 per call (median)",
    )  # fmt: skip
    rows = [result.overall] if len(result.workflows) == 1 else [*result.workflows.values(), result.overall]
    for f in rows:
        table.add_row(
            f.workflow, f"{f.shadow_calls:,}", f"{f.matched:,}", f"{f.person_resolved:,}",
            _share(f.would_contain), _share(f.would_claim_unresolved), _share(f.handoffs),
            f"{_ms(f.ttfhw_p50_ms.estimate)} / {_ms(f.ttfhw_p95_ms.estimate)}"
            f" (p50 [{_ms(f.ttfhw_p50_ms.lower)}, {_ms(f.ttfhw_p50_ms.upper)}],"
            f" {f.calls_with_latency:,} calls)",
        )  # fmt: skip
    console.print("Shadow calls: the agent listened and proposed while a person handled the call")
    console.print(table)
    overall = result.overall
    if overall.shadow_calls and not overall.matched:
        console.print(
            "[yellow]no shadow call has a person's outcome yet:[/] import the contact center's export with "
            "call_id = the Twilio CallSid (callpulse baseline import FILE)"
        )
    for label, reasons in (
        ("where it would have handed off (every shadow call)", overall.top_handoff_reasons),
        ("hand-offs of calls a person resolved (containment missed)", overall.missed_reasons),
    ):
        if reasons:
            console.print(f"{label}:")
            for reason, trigger, n in reasons:
                console.print(f"  {n:>5,}  {reason} ({trigger})")


def _share(s: Any) -> str:
    if s.n == 0:
        return "n/a (0 calls)"
    i = s.interval
    return f"{s.k:,}/{s.n:,} = {100 * i.estimate:.0f}% [{100 * i.lower:.0f}, {100 * i.upper:.0f}]"


def _ms(x: float) -> str:
    return "n/a" if x is None or not math.isfinite(x) else f"{x:,.0f} ms"
