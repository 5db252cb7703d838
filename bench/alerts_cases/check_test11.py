"""A dry run of the ``test11`` days: builds them without judging anything (no pipeline, no detector).
The generic checks are ``check_test7``'s (every case changes calls from its onset; changed and added
calls valid under the v1 contract; unmarked calls the normal day's byte for byte; benign volumes and
call lengths). On top, what each incident is meant to show: no billing or appointment call while the
two lines are re-routed (refill still arriving), refill's submissions failing with 502 and handed
off, the refusal right after the caller names the medication, the agent's replies sent but never
played at night, the caller lookup slower by at least the evidence drift, appointment's loops
handed off.

    .venv/bin/python -m bench.alerts_cases.check_test11                    # every day at 1/4 volume
    .venv/bin/python -m bench.alerts_cases.check_test11 --scale 1 --days test11-a   # full volume
    .venv/bin/python -m bench.alerts_cases.check_test11 --events test11-a   # the bus stream, timed
"""

from __future__ import annotations

import random
import sys
import time
from collections import Counter
from typing import Any

from bench.alerts_cases import check_test7 as generic
from bench.alerts_cases import faults11 as f11
from bench.alerts_cases.case import Case, Day
from bench.alerts_cases.check_test5 import _end, _in
from bench.alerts_cases.check_test6 import _latencies, _of
from bench.alerts_cases.check_test8 import _thickness
from bench.alerts_cases.check_test9 import _arguments
from bench.alerts_cases.day import Ledger
from bench.alerts_cases.degradations import SlowRise
from bench.alerts_cases.faults import PromptLoop, ToolErrors, TtsStuck
from bench.alerts_cases.splits import days

Event = dict[str, Any]
SPLIT = "test11"
DIFFER = "unmarked calls differ from the normal day"  # check_test7's line; _unexplained() decides it here


def _lines_stop(
    effect: f11.LinesStop, case: Case, calls: list[list[Event]], normal: list[list[Event]]
) -> tuple[str, bool]:
    came, usual = (
        Counter(c[0]["workflow"] for c in _in(case, calls)),
        Counter(c[0]["workflow"] for c in _in(case, normal)),
    )
    others = set(usual) - set(effect.workflows)
    held = all(came[w] == 0 for w in effect.workflows) and all(came[w] == usual[w] for w in others)
    return f"in the window {dict(came)} against {dict(usual)} normally", held


def evidence(
    case: Case, hit: list[list[Event]], calls: list[list[Event]], normal: list[list[Event]]
) -> tuple[str, bool]:
    """What a ``test11`` incident shows on its built day: a line to print and whether it holds."""
    effect, ends = case.effect, dict(Counter(map(_end, hit)))
    if isinstance(effect, f11.LinesStop):
        return _lines_stop(effect, case, calls, normal)
    if isinstance(effect, ToolErrors):
        failed = [c for c in hit if any(not e["data"]["ok"] for e in _of(c, "tool.result"))]
        triggers = Counter(e["data"]["trigger"] for c in hit for e in _of(c, "handoff.requested"))
        held = len(failed) == len(hit) > 0 and set(triggers) == {"tool_failure"}
        return f"{len(hit)} calls with a failed {effect.tool}, hand-offs {dict(triggers)}; ends {ends}", held
    if isinstance(effect, f11.ContentFilter):
        named = [c for c in hit if effect.tool not in {e["data"]["tool"] for e in _of(c, "tool.called")}]
        triggers = Counter(e["data"]["trigger"] for c in hit for e in _of(c, "handoff.requested"))
        held = len(named) == len(hit) > 0 and set(triggers) == {"policy"} and set(ends) == {"ended/handoff"}
        return (
            f"{len(hit)} refusals before {effect.tool} could run, hand-offs {dict(triggers)}; ends {ends}",
            held,
        )
    if isinstance(effect, TtsStuck):
        share = len(hit) / max(1, len(_in(case, normal)))
        return f"{len(hit)} calls left in silence ({share:.2f} of the window's calls); ends {ends}", (
            bool(hit) and set(ends) == {"completed/hangup"}
        )
    if isinstance(effect, SlowRise):
        slow = _latencies(hit, effect.target)
        return f"{len(hit)} calls with {effect.target} {min(slow, default=0)}-{max(slow, default=0)} ms", (
            min(slow, default=0) >= effect.evidence_ms
        )
    if isinstance(effect, PromptLoop):
        wrong = [c for c in hit if c[0]["workflow"] != effect.workflow]
        return f"{len(hit)} looping calls, off {effect.workflow} {len(wrong)}; ends {ends}", bool(
            hit
        ) and not wrong
    return "", True


def _unexplained(day: Day, calls: list[list[Event]], normal: dict[str, list[Event]], ledger: Ledger) -> int:
    """Unmarked calls that differ from the normal day and no case explains. Two effects change calls
    they do not mark, by design: a slow rise marks a call only once its drift reaches the evidence
    threshold (the smaller drift before it is real but too small to tell), and a loop's prompt is on
    calls that end before the first repeat. Printed; the count of the rest is returned."""
    marked = {sid for case in day.cases for sid in ledger.calls(case.name)}
    why: Counter[str] = Counter()
    for call in (
        c for c in calls if c[0]["call_sid"] in normal.keys() - marked and normal[c[0]["call_sid"]] != c
    ):
        for case in (c for c in day.cases if c.active(call[0]["ts"])):
            if isinstance(case.effect, SlowRise) and _latencies([call], case.effect.target):
                why[f"{case.kind}: drift under {case.effect.evidence_ms} ms"] += 1
                break
            if (
                isinstance(case.effect, PromptLoop)
                and call[0]["agent"]["prompt_version"] == case.effect.prompt_version
            ):
                why[f"{case.kind}: ended before a repeat"] += 1
                break
        else:
            why["unexplained"] += 1
    print(f"  unmarked calls that differ from the normal day: {dict(why)}")
    return why["unexplained"]


def bus(split: str, name: str) -> int:
    """Day ``name`` of ``split`` at full volume as the bus carries it, counted and timed, and each
    case's evidence from the ledger."""
    ledger, clock = Ledger(), time.time()
    (day,) = [d for d in days(split) if d.name == name]
    kinds = Counter(e["type"] for e in day.events(ledger))
    print(
        f"{name}: {kinds.total()} events, {kinds['call.started']} calls, made in {time.time() - clock:.0f} s"
    )
    print("\n".join(f"  {c.name}: {_thickness(c, ledger)}" for c in day.cases))
    return 0


def incidents(day: Day, scale: float) -> list[str]:
    """The day built again at ``scale``; each incident's own evidence printed and checked."""
    calls, normal, ledger = generic._built(day, scale)
    failures = []
    for case in (c for c in sorted(day.cases, key=lambda c: c.onset_ms) if not c.benign):
        hit = [c for c in calls if c[0]["call_sid"] in ledger.calls(case.name)]
        line, holds = evidence(case, hit, calls, list(normal.values()))
        print(f"  {case.name}: {line}")
        failures += [] if holds else [f"{case.name}: {line}"]
    left = _unexplained(day, calls, normal, ledger)
    return failures + [f"{day.name}: {left} unmarked calls differ from the normal day"] * bool(left)


def main(argv: list[str] | None = None) -> int:
    """Stream one day (``--events``), or check the chosen days; 1 on any failure."""
    args = _arguments(argv)
    random.seed(0)  # nothing may depend on the global generator: a stray draw would change the days
    if args.events:
        return bus(SPLIT, args.events)
    chosen = [d for d in days(SPLIT) if not args.days or d.name in args.days]
    generic_checks = [f for d in chosen for f in generic.check_day(d, args.scale) if not f.endswith(DIFFER)]
    failures = [*generic_checks, *(f for d in chosen for f in incidents(d, args.scale))]
    print("\n".join(["", "FAILED:", *failures]) if failures else "\nok: every case shows from its onset")
    return int(bool(failures))


if __name__ == "__main__":
    sys.exit(main())
