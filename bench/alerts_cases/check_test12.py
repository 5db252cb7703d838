"""A dry run of the ``test12`` days: builds them without judging anything (no pipeline, no detector).
The generic checks are ``check_test7``'s (every case changes calls from its onset; changed and added
calls valid under the v1 contract; benign volumes and call lengths). On top, what each incident is
meant to show: no refill or appointment call during the night port (billing still arriving), every
cut sentence heard as its first words and said again in full, dead air only on refill's
gpt-4o-mini calls, loops only on the canary build's schedule_appointment calls, the member lookup
slower by at least the evidence drift, the slow verification on about half of refill's checks.
Run as ``.venv/bin/python -m bench.alerts_cases.check_test12`` (every day at a quarter of the
volume); ``--scale 1`` for full volume, ``--days test12-a`` for one day, ``--events test12-a`` to
stream that day as the bus carries it, counted and timed.
"""

from __future__ import annotations

import random
import sys
from collections import Counter
from collections.abc import Callable
from typing import Any

from bench.alerts_cases import check_test5 as c5
from bench.alerts_cases import check_test6 as c6
from bench.alerts_cases import check_test7 as generic
from bench.alerts_cases import check_test9 as c9
from bench.alerts_cases import check_test11 as c11
from bench.alerts_cases import faults8 as f8
from bench.alerts_cases import faults12 as f12
from bench.alerts_cases.case import Case, Day
from bench.alerts_cases.day import Ledger
from bench.alerts_cases.degradations import SlowRise
from bench.alerts_cases.effect import Effect
from bench.alerts_cases.faults4 import BlueGreen
from bench.alerts_cases.faults11 import LinesStop
from bench.alerts_cases.shifts import Surge
from bench.alerts_cases.splits import days

Event = dict[str, Any]
SPLIT = "test12"
DIFFER = "unmarked calls differ from the normal day"  # check_test7's line; _unmarked() decides it here


def _fragments(effect: f12.EndpointCut, hit: list[list[Event]]) -> tuple[str, bool]:
    """Each marked call: a caller utterance of at most four words answered by a cut reply, and the
    caller's next utterance starting with those words (the whole sentence again)."""
    cuts, wrong = 0, 0
    for call in hit:
        spoken = [e for e in call if e["type"] in ("caller.utterance", "agent.utterance")]
        for k, said in enumerate(spoken):
            text = said["data"]["text"]
            if said["type"] != "agent.utterance" or text not in f12.CUT_REPLIES:
                continue
            heard = next(e for e in reversed(spoken[:k]) if e["type"] == "caller.utterance")["data"]["text"]
            again = next((e for e in spoken[k:] if e["type"] == "caller.utterance"), None)
            cuts += 1
            wrong += len(heard.split()) > 4 or again is None or not again["data"]["text"].startswith(heard)
    workflows = dict(Counter(c[0]["workflow"] for c in hit))
    line = f"{len(hit)} calls, {cuts} sentences cut to their first words ({wrong} not), lines {workflows}"
    return line, cuts >= len(hit) > 0 and not wrong and effect.min_words >= 5


def _canary_loops(effect: f12.CanaryIntentLoop, hit: list[list[Event]], normal: dict[str, list[Event]]) -> tuple[str, bool]:  # fmt: skip
    builds = Counter(c[0]["agent"]["version"] for c in hit)
    off = [
        c
        for c in hit
        if effect.intent not in generic._intents(normal[c[0]["call_sid"]])
        or c[0]["workflow"] != effect.workflow
    ]
    ends = dict(Counter(map(c5._end, hit)))
    line = f"{len(hit)} looping calls on builds {dict(builds)}, off {effect.workflow}/{effect.intent} {len(off)}; ends {ends}"
    return line, bool(hit) and set(builds) == {effect.version} and not off and set(ends) == {"ended/handoff"}


def evidence(case: Case, hit: list[list[Event]], calls: list[list[Event]], normal: dict[str, list[Event]]) -> tuple[str, bool]:  # fmt: skip
    """What a ``test12`` incident shows on its built day: a line to print and whether it holds."""
    effect = case.effect
    if isinstance(effect, LinesStop):
        return c11._lines_stop(effect, case, calls, list(normal.values()))
    if isinstance(effect, f12.EndpointCut):
        return _fragments(effect, hit)
    if isinstance(effect, f12.CanaryIntentLoop):
        return _canary_loops(effect, hit, normal)
    if isinstance(effect, f8.ModelDeadAir):
        models = Counter(c[0]["agent"]["model"].split("-20")[0] for c in hit)
        lines, ends = Counter(c[0]["workflow"] for c in hit), dict(Counter(map(c5._end, hit)))
        holds = (
            set(models) == {effect.model}
            and set(lines) == {effect.workflow}
            and set(ends) == {"completed/hangup"}
        )
        return f"{len(hit)} silent calls, models {dict(models)}, lines {dict(lines)}; ends {ends}", holds
    if isinstance(effect, f8.ReplicaSlowTool):
        reached = [c for c in c5._in(case, calls, effect.workflow) if c6._latencies([c], effect.tool)]
        slow = c6._latencies(hit, effect.tool)
        share = len(hit) / max(1, len(reached))
        line = f"{len(hit)} of {len(reached)} calls with {effect.tool} slowed ({share:.2f}): {min(slow, default=0)}-{max(slow, default=0)} ms"
        return line, bool(hit) and min(slow) >= effect.latency_ms[0] and 0.3 <= share <= 0.7
    if isinstance(effect, SlowRise):
        slow = c6._latencies(hit, effect.target)
        return f"{len(hit)} calls with {effect.target} {min(slow, default=0)}-{max(slow, default=0)} ms", (
            bool(slow) and min(slow) >= effect.evidence_ms
        )
    return f"no check for {type(effect).__name__}", False


def _why(day: Day, call: list[Event]) -> str:
    """Why an unmarked call differs from the normal day, by design, or "unexplained": a slow rise
    marks a call only once its drift reaches the evidence threshold, and the canary build runs on
    every canary call of the window though only one intent's calls loop."""
    for case in (c for c in day.cases if c.active(call[0]["ts"])):
        effect = case.effect
        if isinstance(effect, SlowRise) and c6._latencies([call], effect.target):
            return f"{case.kind}: drift under {effect.evidence_ms} ms"
        if isinstance(effect, f12.CanaryIntentLoop) and call[0]["agent"]["version"] == effect.version:
            return f"{case.kind}: canary build, no loop"
    return "unexplained"


def _unmarked(day: Day, calls: list[list[Event]], normal: dict[str, list[Event]], ledger: Ledger) -> int:
    return unexplained(_why, day, calls, normal, ledger)


Unmarked = Callable[[Day, list[list[Event]], dict[str, list[Event]], Ledger], int]


def unmarked_but(label_only: Callable[[Day, list[Event]], bool], what: str) -> Unmarked:
    """This module's count of unexplained unmarked calls, once the calls ``label_only`` finds (a canary
    build's calls that differ from the normal day by its label only) are set aside and counted, printed
    as ``what`` (test16's and test19's canary cases)."""

    def unmarked(day: Day, calls: list[list[Event]], normal: dict[str, list[Event]], ledger: Ledger) -> int:
        marked = {sid for case in day.cases for sid in ledger.calls(case.name)}
        labelled = {c[0]["call_sid"] for c in calls if c[0]["call_sid"] not in marked and label_only(day, c)}
        print(f"  {what}: {len(labelled)}")
        return _unmarked(day, [c for c in calls if c[0]["call_sid"] not in labelled], normal, ledger)

    return unmarked


def unexplained(
    why: Callable[[Day, list[Event]], str],
    day: Day,
    calls: list[list[Event]],
    normal: dict[str, list[Event]],
    ledger: Ledger,
) -> int:
    """The unmarked calls that differ from the normal day, counted by ``why`` (a split's reasons) and
    printed; how many are "unexplained"."""
    marked = {sid for case in day.cases for sid in ledger.calls(case.name)}
    differ = [
        c for c in calls if c[0]["call_sid"] in normal.keys() - marked and normal[c[0]["call_sid"]] != c
    ]
    reasons = Counter(why(day, c) for c in differ)
    print(f"  unmarked calls that differ from the normal day: {dict(reasons)}")
    return reasons["unexplained"]


def incidents(day: Day, scale: float) -> list[str]:
    """The day built again at ``scale``; each incident's own evidence printed and checked."""
    return day_incidents(day, scale, evidence, _unmarked)


def day_incidents(
    day: Day,
    scale: float,
    evidence: Callable[
        [Case, list[list[Event]], list[list[Event]], dict[str, list[Event]]], tuple[str, bool]
    ],
    unmarked: Callable[[Day, list[list[Event]], dict[str, list[Event]], Ledger], int],
) -> list[str]:
    """``day`` built again at ``scale``; each incident's ``evidence`` printed and checked, then the calls
    ``unmarked`` cannot explain: test12's and test13's dry runs, each with its own two."""
    calls, normal, ledger = generic._built(day, scale)
    failures = []
    for case in sorted((c for c in day.cases if not c.benign), key=lambda c: c.onset_ms):
        hit = [c for c in calls if c[0]["call_sid"] in ledger.calls(case.name)]
        line, holds = evidence(case, hit, calls, normal)
        print(f"  {case.name}: {line}")
        if not holds:
            failures.append(f"{case.name}: {line}")
    left = unmarked(day, calls, normal, ledger)
    return failures + ([f"{day.name}: {left} {DIFFER}"] if left else [])


def lines(calls: list[list[Event]]) -> dict[str, int]:
    """Calls per line (workflow), as each split's evidence prints them."""
    return dict(Counter(c[0]["workflow"] for c in calls))


def ratio(case: Case, calls: list[list[Event]], normal: list[list[Event]], workflow: str | None = None) -> tuple[float, str]:  # fmt: skip
    """The window's calls (on ``workflow``, else on every line) against the normal day's, and its line."""
    now, usual = len(c5._in(case, calls, workflow)), len(c5._in(case, normal, workflow))
    return now / max(1, usual), f"{workflow or 'every line'} x{now / max(1, usual):.2f} ({now} calls against {usual})"  # fmt: skip


def release(effect: BlueGreen, case: Case, hit: list[list[Event]], calls: list[list[Event]], normal: list[list[Event]], share_range: tuple[float, float]) -> tuple[str, bool]:  # fmt: skip
    """A blue-green release (``faults4.BlueGreen``): the marked calls all on the new build, a share of the
    stable calls within ``share_range``, the volume unchanged."""
    stable = [c for c in c5._in(case, calls) if not c[0]["flags"]["canary"]]
    versions = Counter(c[0]["agent"]["version"] for c in hit)
    share = len(hit) / max(1, len(stable))
    same = len(c5._in(case, calls)) == len(c5._in(case, normal))
    line = f"{len(hit)} calls on {dict(versions)} ({share:.2f} of the stable calls), volume unchanged {same}"
    low, high = share_range
    return line, set(versions) == {effect.version} and low <= share <= high and same


def planned_volume(case: Case, hit: list[list[Event]], calls: list[list[Event]], normal: list[list[Event]], bounds: dict[type[Effect], tuple[float, float]]) -> tuple[str, bool]:  # fmt: skip
    """A benign shift's volume as planned, ``bounds`` giving each kind's range: a release's share of the
    stable calls (``BlueGreen``), a surge's ratio on its line (``Surge``), any other shift's ratio on every
    line. A line to print and whether it holds."""
    effect = case.effect
    if type(effect) not in bounds:
        return f"no check for {type(effect).__name__}", False
    low, high = bounds[type(effect)]
    if isinstance(effect, BlueGreen):
        return release(effect, case, hit, calls, normal, (low, high))
    share, line = ratio(case, calls, normal, effect.workflow if isinstance(effect, Surge) else None)
    return line, low <= share <= high


def with_volumes(
    day: Day,
    scale: float,
    failures: list[str],
    volume: Callable[[Case, list[list[Event]], list[list[Event]], list[list[Event]]], tuple[str, bool]],
) -> list[str]:
    """``failures`` and then each benign shift's ``volume`` printed and checked, on the day built again
    at ``scale``: the second half of the dry runs of the splits with benign shifts (test14 on)."""
    if not any(c.benign for c in day.cases):
        return failures
    calls, normal, ledger = generic._built(day, scale)
    for case in sorted((c for c in day.cases if c.benign), key=lambda c: c.onset_ms):
        hit = [c for c in calls if c[0]["call_sid"] in ledger.calls(case.name)]
        line, holds = volume(case, hit, calls, list(normal.values()))
        print(f"  {case.name}: {line}")
        failures += [f"{case.name}: {line}"] * (not holds)
    return failures


def main(argv: list[str] | None = None) -> int:
    """Stream one day (``--events``), or check the chosen days; 1 on any failure."""
    return run(SPLIT, incidents, argv)


def run(split: str, incidents: Callable[[Day, float], list[str]], argv: list[str] | None) -> int:
    """A split's dry run from the command line (``--events``, ``--days``, ``--scale``): the generic checks of
    each chosen day, then ``incidents``; 1 on any failure (test12's and test13's ``main``, and through
    ``checks.dry_run`` or their own ``main`` every later split's). Every such dry run checks every day at a
    quarter of the volume; ``--scale 1`` for full volume, ``--days testN-a`` for one day, ``--events
    testN-a`` to stream that day as the bus carries it, counted and timed."""
    args = c9._arguments(argv)
    random.seed(0)  # nothing may depend on the global generator: a stray draw would change the days
    if args.events:
        return c11.bus(split, args.events)
    failures: list[str] = []
    for day in (d for d in days(split) if not args.days or d.name in args.days):
        failures += [f for f in generic.check_day(day, args.scale) if not f.endswith(DIFFER)]
        failures += incidents(day, args.scale)
    print("\n".join(["", "FAILED:", *failures]) if failures else "\nok: every case shows from its onset")
    return int(bool(failures))


if __name__ == "__main__":
    sys.exit(main())
