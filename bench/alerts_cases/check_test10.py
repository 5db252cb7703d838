"""A dry run of the ``test10`` days: builds them without judging anything (no pipeline, no detector).
The generic checks are ``check_test7``'s (every case changes calls from its onset; changed and added
calls valid under the v1 contract; unmarked calls the normal day's byte for byte; benign volumes and
call lengths). On top, what each case is meant to show: refill's silence from the third utterance,
the workers' restarts failing calls at the restart instants only, about half of billing's calls
missing, the objection and hand-off after the balance is read out, appointment's lookup slowed.

    .venv/bin/python -m bench.alerts_cases.check_test10                    # every day at 1/4 volume
    .venv/bin/python -m bench.alerts_cases.check_test10 --scale 1 --days test10-a   # full volume
    .venv/bin/python -m bench.alerts_cases.check_test10 --events test10-a   # the bus stream, timed
"""

from __future__ import annotations

import random
import sys
import time
from collections import Counter
from typing import Any

from bench.alerts_cases import check_test7 as generic
from bench.alerts_cases import faults10 as f10
from bench.alerts_cases.case import Case, Day
from bench.alerts_cases.check_test5 import _end, _in
from bench.alerts_cases.check_test6 import _latencies, _of
from bench.alerts_cases.check_test8 import _thickness
from bench.alerts_cases.check_test9 import _arguments
from bench.alerts_cases.day import Ledger
from bench.alerts_cases.faults import CarrierDrop
from bench.alerts_cases.incidents import DeadAir, SlowTool
from bench.alerts_cases.splits import days

Event = dict[str, Any]
SPLIT = "test10"


def shows(
    case: Case, hit: list[list[Event]], calls: list[list[Event]], normal: list[list[Event]]
) -> tuple[str, bool]:
    """A case's own evidence on its built day: a line to print and whether it holds."""
    effect, ends = case.effect, dict(Counter(map(_end, hit)))
    if isinstance(effect, DeadAir):
        said = [len(_of(c, "caller.utterance")) for c in hit]
        wrong = [c for c in hit if c[0]["workflow"] != effect.workflow]
        return f"{len(hit)} silent calls, caller utterances {dict(Counter(said))}; ends {ends}", bool(
            hit
        ) and not wrong
    if isinstance(effect, f10.OomRestarts):
        ticks = set(effect.restarts(case))
        off = [c for c in hit if _of(c, "agent.error")[0]["ts"] not in ticks]
        return f"{len(hit)} calls cut by {len(ticks)} restarts, off a restart {len(off)}; ends {ends}", (
            bool(hit) and not off and set(ends) == {"failed/agent_error"}
        )
    if isinstance(effect, CarrierDrop):
        now = Counter(c[0]["workflow"] for c in _in(case, calls))
        usual = Counter(c[0]["workflow"] for c in _in(case, normal))
        share = now[effect.workflow] / max(1, usual[effect.workflow])
        return (
            f"in the window {dict(now)} against {dict(usual)} normally ({share:.2f} of {effect.workflow})",
            (0.3 < share < 0.7),
        )
    if isinstance(effect, f10.WrongAccount):
        read = [c for c in hit if effect.tool in {e["data"]["tool"] for e in _of(c, "tool.result")}]
        return f"{len(hit)} callers objected, {len(read)} after {effect.tool}; ends {ends}", (
            bool(hit) and len(read) == len(hit) and set(ends) == {"ended/handoff"}
        )
    if isinstance(effect, SlowTool):
        slow = _latencies(hit, effect.tool)
        return (
            f"{len(hit)} calls with a slow {effect.tool}: {min(slow, default=0)}-{max(slow, default=0)} ms",
            (min(slow, default=0) >= effect.latency_ms[0]),
        )
    return "", True


def stream(name: str) -> int:
    """The day ``name`` at full volume as the bus carries it: its size, how long making it took, and
    each case's evidence from the ledger."""
    day = {d.name: d for d in days(SPLIT)}[name]
    ledger, started = Ledger(), time.time()
    sizes = Counter(event["type"] for event in day.events(ledger))
    print(
        f"{name}: {sizes.total()} events, {sizes['call.started']} calls, made in {time.time() - started:.0f} s"
    )
    for case in day.cases:
        print(f"  {case.name}: {_thickness(case, ledger)}")
    return 0


def check_effects(day: Day, scale: float) -> list[str]:
    """The day built again at ``scale``; each case's own evidence printed and checked."""
    calls, normal, ledger = generic._built(day, scale)
    failures = []
    for case in sorted(day.cases, key=lambda c: c.onset_ms):
        line, holds = shows(case, [c for c in calls if c[0]["call_sid"] in ledger.calls(case.name)], calls,
                            list(normal.values()))  # fmt: skip
        print(f"  {case.name}: {line}")
        failures += [f"{case.name}: {line}"] * (not holds)
    return failures


def main(argv: list[str] | None = None) -> int:
    """Stream one day (``--events``), or check the chosen days; 1 on any failure."""
    args = _arguments(argv)
    random.seed(0)  # nothing may depend on the global generator: a stray draw would change the days
    if args.events:
        return stream(args.events)
    chosen = [day for day in days(SPLIT) if not args.days or day.name in args.days]
    failures = [
        f for day in chosen for f in (*generic.check_day(day, args.scale), *check_effects(day, args.scale))
    ]
    print("\n".join(["", "FAILED:", *failures]) if failures else "\nok: every case shows from its onset")
    return int(bool(failures))


if __name__ == "__main__":
    sys.exit(main())
