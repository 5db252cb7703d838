"""``callpulse compare``: version A vs B, or the rest vs the canary, KPI by KPI with always-valid verdicts,
guardrails and the decision (promote / hold / roll back). See docs/rollout.md."""

from __future__ import annotations

import math
import re
import sys
from datetime import UTC, datetime
from typing import Any

import orjson
from rich.console import Console
from rich.table import Table

from callpulse.cli.args import add_command, add_json_option, add_window_options
from callpulse.errors import QueryError
from callpulse.settings import Settings

_RELATIVE = re.compile(r"^(\d+)([mhd])$")
_UNIT_MS = {"m": 60_000, "h": 3_600_000, "d": 86_400_000}
_VERDICT_STYLE = {"better": "green", "worse": "red", "no difference": "", "not enough calls": "yellow"}
_DECISION_STYLE = {"promote": "bold green", "hold": "bold yellow", "roll back": "bold red"}


def register(commands: Any) -> None:
    parser = add_command(
        commands,
        "compare",
        run_compare,
        epilog="examples:\n  callpulse compare --a-version 1.4.0 --b-version 1.5.0 --since 7d\n"
        "  callpulse compare --canary --workflow refill --json\n  callpulse compare --canary --by-workflow",
    )
    parser.add_argument("--a-version", help="the reference agent version (the one running now)")
    parser.add_argument("--b-version", help="the candidate agent version")
    parser.add_argument("--canary", action="store_true", help="compare the canary calls with the rest")
    add_window_options(parser, workflow="all")
    parser.add_argument(
        "--min-effect-points",
        type=float,
        help="smallest difference in resolved containment worth finding, in points "
        "(default CALLPULSE_ROLLOUT_MIN_EFFECT_POINTS, 3)",
    )
    parser.add_argument(
        "--by-workflow",
        action="store_true",
        help="also compare each workflow on its own, with a one-line summary per workflow",
    )
    add_json_option(parser)
    parser.add_argument(
        "--baseline",
        choices=("human",),
        help="compare the agent (--b-version, or every version) with the imported human calls instead "
        "(the same as `callpulse baseline compare`)",
    )


def spec_from(args: Any, settings: Settings, now_ms: int) -> Any:
    """The comparison the arguments ask for; a sentence (QueryError) when they do not make one."""
    from rollout.compare import ComparisonSpec
    from rollout.errors import RolloutError

    versions = args.a_version is not None or args.b_version is not None
    if args.canary == versions:
        raise QueryError("give either --canary or both --a-version and --b-version")
    if versions and (args.a_version is None or args.b_version is None):
        raise QueryError("give both --a-version and --b-version")
    points = (
        args.min_effect_points if args.min_effect_points is not None else settings.rollout_min_effect_points
    )
    options = {
        "workflow": args.workflow,
        "since_ms": parse_time(args.since, now_ms, "--since"),
        "until_ms": parse_time(args.until, now_ms, "--until"),
        "alpha": settings.rollout_alpha,
        "min_effect": points / 100,
        "database": settings.database,
    }
    try:
        if args.canary:
            return ComparisonSpec.canary(**options)
        return ComparisonSpec.versions(args.a_version, args.b_version, **options)
    except RolloutError as err:
        raise QueryError(str(err)) from None


def parse_time(text: str | None, now_ms: int, name: str) -> int | None:
    """Epoch ms of an ISO 8601 time (naive = UTC) or of ``7d`` / ``24h`` / ``30m`` before ``now_ms``."""
    if text is None:
        return None
    if match := _RELATIVE.match(text.strip()):
        return now_ms - int(match.group(1)) * _UNIT_MS[match.group(2)]
    try:
        stamp = datetime.fromisoformat(text.strip())
    except ValueError:
        raise QueryError(f"{name} {text!r} is neither an ISO 8601 time nor like 7d, 24h, 30m") from None
    return int((stamp if stamp.tzinfo else stamp.replace(tzinfo=UTC)).timestamp() * 1000)


def run_compare(args: Any) -> int:
    """compare two agent versions, or the canary with the rest (promote / hold / roll back)

    Compare ended calls of version A with version B (--a-version, --b-version), or the rest with the canary
    (--canary), KPI by KPI: both values, B - A with its interval, an always-valid p-value (safe to look every
    day), a verdict, the guardrails and the decision. Shadow calls and calls still in progress are left
    out."""
    import time

    from callpulse import compose
    from callpulse.settings import get_settings
    from rollout.compare import compare, compare_by_workflow
    from rollout.errors import RolloutError

    if args.baseline == "human":
        from callpulse.cli.baseline import run_compare as run_against_people

        args.agent_version = args.b_version
        return run_against_people(args)
    settings = get_settings()
    spec = spec_from(args, settings, int(time.time() * 1000))
    if args.by_workflow and spec.workflow is not None:
        raise QueryError("--by-workflow compares every workflow: leave out --workflow")
    client = compose.open_warehouse(settings)
    try:
        if args.by_workflow:
            overall, per_workflow = compare_by_workflow(client, spec, compose.rollout_guardrails(settings))
        else:
            overall, per_workflow = compare(client, spec, compose.rollout_guardrails(settings)), None
    except RolloutError as err:
        raise QueryError(str(err)) from None
    if args.json:
        body: dict[str, Any] = overall.to_dict()
        if per_workflow is not None:
            body = {"overall": body, "workflows": {k: v.to_dict() for k, v in per_workflow.items()}}
        sys.stdout.write(orjson.dumps(body).decode() + "\n")
        return 0
    console = Console()
    print_comparison(console, overall)
    if per_workflow is not None:
        print_workflows(console, per_workflow)
    return 0


def print_workflows(console: Console, per_workflow: dict[str, Any]) -> None:
    """One line per workflow: the calls, the headline and its verdict, the decision and its first reason."""
    table = Table("workflow", "calls A / B", "resolved containment A -> B", "verdict", "decision", "because")
    for name, result in per_workflow.items():
        head = result.kpi("resolved_containment")
        table.add_row(
            name,
            f"{result.calls_a:,} / {result.calls_b:,}",
            f"{_value(head, head.value_a)} -> {_value(head, head.value_b)} ({_diff(head, head.difference)})",
            head.verdict,
            f"[{_DECISION_STYLE[result.decision]}]{result.decision}[/]",
            result.reasons[0] if result.reasons else "",
        )
    console.print(
        "by workflow (each its own family of tests; the overall decision above is the one to act on):"
    )
    console.print(table)


def print_comparison(console: Console, result: Any) -> None:
    """The comparison as people read it: a KPI table, the guardrails, the decision with its reasons."""
    spec = result.spec
    scope = f"workflow {spec.workflow}" if spec.workflow else "all workflows"
    console.print(
        f"A = {result.label_a} ({result.calls_a:,} calls)   B = {result.label_b} ({result.calls_b:,} calls)"
        f"   {scope}, ended non-shadow calls"
    )
    level = f"{100 * (1 - spec.alpha):g}%"
    table = Table("KPI", "A", "B", f"B - A [{level} CI]", "always-valid sequence", "p (Holm)", "verdict")
    for k in result.kpis:
        table.add_row(
            f"{k.label} ({k.summary})" if k.summary == "median" else k.label,
            f"{_value(k, k.value_a)}  n={k.calls_a:,}",
            f"{_value(k, k.value_b)}  n={k.calls_b:,}",
            f"{_diff(k, k.difference)} [{_diff(k, k.interval.lower)}, {_diff(k, k.interval.upper)}]",
            f"[{_diff(k, k.sequence.lower)}, {_diff(k, k.sequence.upper)}]{_tested(k)}",
            "<0.001" if k.p_adjusted < 0.001 else f"{k.p_adjusted:.3f}",
            f"[{_VERDICT_STYLE[k.verdict]}]{k.verdict}[/]" if _VERDICT_STYLE[k.verdict] else k.verdict,
        )  # fmt: skip
    console.print(table)
    for k in result.kpis:
        if k.note:
            console.print(f"  {k.label}: {k.note}")
    console.print("guardrails (B):")
    for check in result.guardrails:
        mark = {"confident": "[red]BROKEN[/]", "possible": "[yellow]at risk[/]", None: "[green]ok[/]"}
        console.print(f"  {mark[check.breach]}  {check.reason}")
    console.print(f"decision: [{_DECISION_STYLE[result.decision]}]{result.decision.upper()}[/]")
    for reason in result.reasons:
        console.print(f"  - {reason}")


def _tested(k: Any) -> str:
    return " (of means)" if k.summary == "median" else ""


def _value(k: Any, x: float) -> str:
    if x is None or math.isnan(x):
        return "n/a"
    if k.points:
        return f"{100 * x:.1f}%"
    return f"{x:,.0f} {k.unit}" if k.unit else f"{x:+.3f}"


def _diff(k: Any, x: float) -> str:
    if x is None or math.isnan(x):
        return "n/a"
    if math.isinf(x):
        return "-inf" if x < 0 else "+inf"
    if k.points:
        return f"{100 * x:+.1f} pt"
    return f"{x:+,.0f} {k.unit}" if k.unit else f"{x:+.3f}"
