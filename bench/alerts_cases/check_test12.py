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
from bench.alerts_cases.faults11 import LinesStop
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
    marked = {sid for case in day.cases for sid in ledger.calls(case.name)}
    differ = [
        c for c in calls if c[0]["call_sid"] in normal.keys() - marked and normal[c[0]["call_sid"]] != c
    ]
    reasons = Counter(_why(day, c) for c in differ)
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


def main(argv: list[str] | None = None) -> int:
    """Stream one day (``--events``), or check the chosen days; 1 on any failure."""
    return run(SPLIT, incidents, argv)


def run(split: str, incidents: Callable[[Day, float], list[str]], argv: list[str] | None) -> int:
    """A split's dry run from the command line (``--events``, ``--days``, ``--scale``): the generic checks of
    each chosen day, then ``incidents``; 1 on any failure (test12's and test13's ``main``)."""
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
