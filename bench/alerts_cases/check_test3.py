"""A dry run of the ``test3`` days: builds them without judging anything (no pipeline, no detector)
and checks that every case changes calls from its onset (its evidence onset for a slow rise; at full
volume within 15 min of it), that the changed calls are valid under the v1 contract (seq, time
order, one ``call.ended``), and that calls no case touched are the normal day's byte for byte.

    .venv/bin/python -m bench.alerts_cases.check_test3                # every day at 1/4 volume
    .venv/bin/python -m bench.alerts_cases.check_test3 --scale 1 --days test3-a   # full volume
    .venv/bin/python -m bench.alerts_cases.check_test3 --events test3-a   # the bus stream, counted

Prints, per case: the first affected moment after onset, affected calls, and what they show; for
the benign days, the volumes the shift is meant to give."""

from __future__ import annotations

import argparse
import random
import sys
from collections import Counter
from typing import Any

from bench.alerts_cases.benign3 import CanaryRollout, ClockShift
from bench.alerts_cases.case import Day
from bench.alerts_cases.check_test2 import built, campaign, count_bus, hhmm, problems, report
from bench.alerts_cases.day import DAY0, HOUR
from bench.alerts_cases.degradations import SlowRise
from bench.alerts_cases.faults3 import CanaryLoop
from bench.alerts_cases.shifts import Surge
from bench.alerts_cases.splits import days

Event = dict[str, Any]


def _volumes(day: Day, calls: list[list[Event]], normal: dict[str, list[Event]]) -> list[str]:
    """What a benign shift is meant to do to the volumes, as built; returns failures."""
    failures: list[str] = []
    per_hour = Counter((c[0]["ts"] - DAY0) // HOUR for c in calls)
    normal_hour = Counter((c[0]["ts"] - DAY0) // HOUR for c in normal.values())
    for case in day.cases:
        effect = case.effect
        if isinstance(effect, ClockShift):
            pairs = [(h, per_hour[h], normal_hour[h + 1] if h < 23 else None) for h in range(24)]
            print("    calls per hour, day vs last-week-like normal hour h+1: "
                  + " ".join(f"{h}:{n}/{m}" for h, n, m in pairs))  # fmt: skip
            if any(m is not None and n != m for _, n, m in pairs):
                failures.append(f"{case.name}: an hour is not the normal day's next hour")
        if isinstance(effect, CanaryRollout):
            steps = len(effect.steps)
            for k in range(steps):
                lo = case.onset_ms + k * case.duration_ms // steps
                hi = case.onset_ms + (k + 1) * case.duration_ms // steps
                inside = [c for c in calls if lo <= c[0]["ts"] < hi]
                new = sum(c[0]["agent"]["version"] == effect.version for c in inside)
                print(f"    rollout {hhmm(lo)}-{hhmm(hi)}: {new}/{len(inside)} calls on {effect.version} "
                      f"({new / max(1, len(inside)):.0%}, planned {effect.steps[k]:.0%})")  # fmt: skip
        if isinstance(effect, Surge) and effect.workflow:
            campaign(case, calls, normal)
    return failures


def check_day(day: Day, scale: float) -> list[str]:
    calls, normal, ledger = built(day, scale)
    failures: list[str] = []
    marked: set[str] = set()
    for case in sorted(day.cases, key=lambda c: c.onset_ms):
        marked |= ledger.calls(case.name)
        failures += report(case, ledger, calls, scale)
    bad = problems([c for c in calls if c[0]["call_sid"] in marked])
    failures += [f"{day.name}: {p}" for p in bad[:20]]
    loop_builds = {c.effect.version for c in day.cases if isinstance(c.effect, CanaryLoop)}
    untouched = [c for c in calls if c[0]["call_sid"] not in marked]
    differ = [c for c in untouched if normal.get(c[0]["call_sid"]) != c]
    relabeled = [c for c in differ if c[0]["agent"]["version"] in loop_builds]
    rises = [k for k in day.cases if isinstance(k.effect, SlowRise)]
    drifting = [c for c in differ if any(k.onset_ms <= c[0]["ts"] < k.evidence_ms for k in rises)]
    print(f"    {len(marked)} changed calls checked against the v1 contract: {len(bad)} problems; "
          f"{len(untouched)} untouched calls, {len(differ)} differ from the normal day "
          f"({len(relabeled)} only carry the looping build's label, never reaching a question; "
          f"{len(drifting)} in a slow rise before it reaches its evidence onset)")  # fmt: skip
    failures += problems(relabeled + drifting)[:5]
    if len(differ) != len(relabeled) + len(drifting):
        unexplained = len(differ) - len(relabeled) - len(drifting)
        failures.append(f"{day.name}: {unexplained} unmarked calls differ from the normal day")
    return failures + _volumes(day, calls, normal)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--days", nargs="*", help="only these days (e.g. test3-a)")
    parser.add_argument("--scale", type=float, default=0.25, help="share of the eval's volume")
    parser.add_argument(
        "--events", metavar="DAY", help="only build DAY's bus stream at full volume and count it"
    )
    args = parser.parse_args()
    random.seed(0)  # nothing here should depend on it; a guard against an effect that would
    if args.events:
        count_bus(next(d for d in days("test3") if d.name == args.events))
        return
    failures: list[str] = []
    for day in days("test3"):
        if not args.days or day.name in args.days:
            failures += check_day(day, args.scale)
    print("\n" + ("\n".join(["FAILED:", *failures]) if failures else "ok: every case shows from its onset"))
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
