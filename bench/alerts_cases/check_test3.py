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

from collections import Counter
from typing import Any

from bench.alerts_cases.benign3 import CanaryRollout, ClockShift
from bench.alerts_cases.case import Day
from bench.alerts_cases.check_test2 import campaign, dry_run, hhmm, problems, report, reported
from bench.alerts_cases.day import DAY0, HOUR
from bench.alerts_cases.degradations import SlowRise
from bench.alerts_cases.faults3 import CanaryLoop
from bench.alerts_cases.shifts import Surge

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
    r = reported(day, scale, report)
    loop_builds = {c.effect.version for c in day.cases if isinstance(c.effect, CanaryLoop)}
    relabeled = [c for c in r.differ if c[0]["agent"]["version"] in loop_builds]
    rises = [k for k in day.cases if isinstance(k.effect, SlowRise)]
    drifting = [c for c in r.differ if any(k.onset_ms <= c[0]["ts"] < k.evidence_ms for k in rises)]
    print(f"    {r.summary()} ({len(relabeled)} only carry the looping build's label, never reaching a question; "
          f"{len(drifting)} in a slow rise before it reaches its evidence onset)")  # fmt: skip
    failures = r.failures + problems(relabeled + drifting)[:5]
    return failures + r.unexplained(day, len(relabeled) + len(drifting)) + _volumes(day, r.calls, r.normal)


def main() -> None:
    dry_run(__doc__ or "", "test3", check_day)


if __name__ == "__main__":
    main()
