"""``callpulse review``: the weekly after-call review. ``review sample`` draws and stores a week's stratified
sample (task success or failure x workflow x agent version, seeded); ``review agreement`` prints how often
the automatic task success agrees with the reviewers' labels, per workflow. Reviewers label the calls on
the review page (``/review?week=…``). See docs/rollout.md, "After-call review"."""

from __future__ import annotations

import sys
import time
from collections import Counter
from typing import Any

import orjson
from rich.console import Console
from rich.table import Table

from callpulse.cli.args import add_command, add_group, add_json_option
from callpulse.errors import QueryError

DEFAULT_PER_STRATUM = 5


def register(commands: Any) -> None:
    """after-call review: draw a week's sample, see how far the automatic task success is trusted

    The weekly after-call review. 'sample' stores a stratified, seeded sample of the week's ended, non-shadow
    calls for reviewers to label on /review; 'agreement' compares their labels with the automatic task
    success, per workflow."""
    actions = add_group(
        commands,
        "review",
        register,
        epilog="examples:\n  callpulse review sample --week 2026-W48 --per-stratum 5 --seed 1\n"
        "  callpulse review agreement --week 2026-W48",
        dest="review_action",
    )
    sample = add_command(actions, "sample", run_sample)
    sample.add_argument("--week", required=True, help="ISO week, e.g. 2026-W48 (Monday to Monday, UTC)")
    sample.add_argument(
        "--per-stratum",
        type=int,
        default=DEFAULT_PER_STRATUM,
        help=f"calls per stratum (success/failure x workflow x version; default {DEFAULT_PER_STRATUM})",
    )
    sample.add_argument("--seed", type=int, default=0, help="seed of the draw (default 0)")
    add_json_option(sample)
    agreement = add_command(actions, "agreement", run_agreement)
    agreement.add_argument("--week", required=True, help="ISO week of the calls, e.g. 2026-W48")
    add_json_option(agreement)


def run_sample(args: Any) -> int:
    """draw and store a week's stratified sample"""
    from callpulse import compose
    from callpulse.settings import get_settings
    from rollout.reviews import ReviewError, sample_week

    settings = get_settings()
    client = compose.open_warehouse(settings)
    try:
        drawn = sample_week(
            client, args.week, per_stratum=args.per_stratum, seed=args.seed,
            now_ms=int(time.time() * 1000), database=settings.database,
        )  # fmt: skip
    except ReviewError as err:
        raise QueryError(str(err)) from None
    strata = Counter(c.stratum for c in drawn)
    if args.json:
        body = {"week": args.week, "seed": args.seed, "per_stratum": args.per_stratum, "strata": strata,
                "calls": [c.call_sid for c in drawn]}  # fmt: skip
        sys.stdout.write(orjson.dumps(body).decode() + "\n")
        return 0
    table = Table("stratum (outcome · workflow · version)", "calls", title=f"Review sample {args.week}")
    for name, count in sorted(strata.items()):
        table.add_row(name, str(count))
    console = Console()
    console.print(table)
    console.print(f"{len(drawn)} calls to review: /review?week={args.week}")
    return 0


def run_agreement(args: Any) -> int:
    """reviewers vs the automatic task success, per workflow"""
    from callpulse import compose
    from callpulse.settings import get_settings
    from rollout.reviews import ReviewError, agreement_by_workflow, week_range_ms

    settings = get_settings()
    try:
        start_ms, end_ms = week_range_ms(args.week)
    except ReviewError as err:
        raise QueryError(str(err)) from None
    client = compose.open_warehouse(settings)
    rows = agreement_by_workflow(client, start_ms, end_ms, database=settings.database)
    if args.json:
        body = [
            {"workflow": a.workflow, "labelled": a.labelled, "agreed": a.agreed, "rate": a.rate,
             "interval": [a.interval.lower, a.interval.upper], "wrong_information": a.wrong_information,
             "compliance_problems": a.compliance_problems,
             "disagreements": [{"call_sid": d.call_sid, "automatic": d.automatic, "reviewer": d.reviewer}
                               for d in a.disagreements]}
            for a in rows
        ]  # fmt: skip
        sys.stdout.write(orjson.dumps({"week": args.week, "workflows": body}).decode() + "\n")
        return 0
    table = Table(
        "workflow", "labelled", "agree", "95% interval", "disagreements", title=f"Reviews {args.week}"
    )
    for a in rows:
        table.add_row(
            a.workflow, str(a.labelled), f"{a.agreed} ({a.agreed / a.labelled:.0%})",
            f"{a.interval.lower:.0%} to {a.interval.upper:.0%}",
            ", ".join(d.call_sid for d in a.disagreements),
        )  # fmt: skip
    console = Console()
    console.print(table if rows else f"No labelled calls in {args.week} yet.")
    return 0
