"""A dry run of the ``test8`` days: builds them without judging anything (no pipeline, no detector).
The generic checks are ``check_test7``'s (every case changes calls from its onset, at full volume
within 15 min of it; changed and added calls valid under the v1 contract; unmarked calls the normal
day's byte for byte; benign volumes and call lengths). On top, what each new effect is meant to
show: no caller speech after the greeting and an unserved end on the region's calls only, silence
only on the one model, a slow member lookup on about a quarter of calls, the date of birth asked
twice, no billing call while stopped, every status check refused with the expired key and handed
off, no empty transcript before the caller's 4th utterance.

    .venv/bin/python -m bench.alerts_cases.check_test8                   # every day at 1/4 volume
    .venv/bin/python -m bench.alerts_cases.check_test8 --scale 1 --days test8-a   # full volume
    .venv/bin/python -m bench.alerts_cases.check_test8 --events test8-a   # the bus stream, counted
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections import Counter
from typing import Any

from bench.alerts_cases import check_test7 as generic
from bench.alerts_cases import faults8 as f8
from bench.alerts_cases.case import Case, Day
from bench.alerts_cases.check_test2 import hhmm
from bench.alerts_cases.check_test5 import _end, _in
from bench.alerts_cases.check_test6 import _latencies, _of
from bench.alerts_cases.day import MINUTE, Ledger
from bench.alerts_cases.faults import ToolErrors
from bench.alerts_cases.incidents import TrafficStop
from bench.alerts_cases.splits import days

Event = dict[str, Any]
SPLIT = "test8"


def _caller_said(call: list[Event]) -> list[Event]:
    return _of(call, "caller.utterance")


def _shown(case: Case, hit: list[list[Event]], calls: list[list[Event]]) -> tuple[str, bool]:
    """One effect's own evidence: a line to print and whether it holds."""
    effect, ends = case.effect, dict(Counter(map(_end, hit)))
    if isinstance(effect, f8.OneWayAudio):
        heard = sum(bool(_caller_said(c)) for c in hit)
        others = [c for c in hit if c[0]["data"]["caller"][2:5] not in effect.area_codes]
        return (
            f"{len(hit)} callers unheard, with a transcript {heard}, off the region {len(others)}; ends {ends}",
            (not heard and not others and set(ends) <= {"completed/hangup", "ended/timeout"}),
        )
    if isinstance(effect, f8.ModelDeadAir):
        models = Counter(c[0]["agent"]["model"].split("-2")[0] for c in hit)
        return f"{len(hit)} calls left silent, models {dict(models)}; ends {ends}", set(models) == {
            effect.model
        }
    if isinstance(effect, f8.ReplicaSlowTool):
        used = [c for c in _in(case, calls, effect.workflow) if _latencies([c], effect.tool)]
        slow = _latencies(hit, effect.tool)
        return (
            f"{len(hit)} of {len(used)} calls using {effect.tool} slowed (min {min(slow, default=0)} ms)",
            (0.1 < len(hit) / max(1, len(used)) < 0.45 and min(slow, default=0) >= effect.latency_ms[0]),
        )
    if isinstance(effect, f8.DoubleVerify):
        twice = sum(
            len([e for e in _of(c, "tool.called") if e["data"]["tool"] == "verify_identity"]) == 2
            for c in hit
        )
        return (
            f"{len(hit)} calls asked twice for the date of birth, verified twice {twice}; ends {ends}",
            twice > 0,
        )
    if isinstance(effect, TrafficStop):
        came = Counter(c[0]["workflow"] for c in _in(case, calls))
        return f"in the window {dict(came)}", not came[effect.workflow]
    if isinstance(effect, ToolErrors):
        used = [c for c in _in(case, calls, effect.workflow) if _latencies([c], effect.tool)]
        refused = [
            c
            for c in hit
            if all(not e["data"]["ok"] for e in _of(c, "tool.result") if e["data"]["tool"] == effect.tool)
        ]
        return f"{len(hit)} uses refused ({len(refused)} every time), {len(used)} used it; ends {ends}", (
            len(refused) == len(hit) and set(ends) == {"ended/handoff"}
        )
    if isinstance(effect, f8.LateAsr):
        early = [c for c in hit if any(e["data"]["text"] == "" for e in _caller_said(c)[: effect.after])]
        return (
            f"{len(hit)} calls misheard late, misheard within the first {effect.after} utterances {len(early)}",
            not early,
        )
    return "", True


def check_effects(day: Day, scale: float) -> list[str]:
    """The day built again at ``scale``; each incident's own evidence printed and checked."""
    calls, _, ledger = generic._built(day, scale)
    failures = []
    for case in sorted(day.cases, key=lambda c: c.onset_ms):
        hit = [c for c in calls if c[0]["call_sid"] in ledger.calls(case.name)]
        line, holds = _shown(case, hit, calls)
        if line:
            print(f"  {case.name}: {line}")
        failures += [f"{case.name}: {line}"] * (not holds)
    return failures


def _thickness(case: Case, ledger: Ledger) -> str:
    """When the case first shows in the data and how thick its evidence is (marks per minute over
    its first ten minutes): what an evidence floor is computed from."""
    first, per_minute = ledger.first(case.name), ledger.per_minute(case.name)
    if first is None:
        return "never shows"
    head = [per_minute.get(case.onset_ms // MINUTE + m, 0) for m in range(10)]
    total, top = sum(per_minute.values()), max(per_minute.values())
    return f"first {hhmm(first)} (+{(first - case.onset_ms) // 1000} s), {total} marks, at most {top} a minute, first ten minutes {head}"


def stream(name: str) -> int:
    """The day ``name`` at full volume as the bus carries it: its size, how long making it took, and
    each case's evidence from the ledger."""
    day = {d.name: d for d in days(SPLIT)}[name]
    ledger, started = Ledger(), time.time()
    sizes = Counter(event["type"] for event in day.events(ledger))
    took = time.time() - started
    print(f"{name}: {sizes.total()} events, {sizes['call.started']} calls, made in {took:.0f} s")
    for case in day.cases:
        print(f"  {case.name}: {_thickness(case, ledger)}")
    return 0


def main(argv: list[str] | None = None) -> int:
    """Stream one day (``--events``), or check the chosen days; 1 on any failure."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    for flag, options in generic.OPTIONS.items():
        parser.add_argument(flag, **options)
    args = parser.parse_args(argv)
    random.seed(0)  # nothing may depend on the global generator: a stray draw would change the days
    if args.events:
        return stream(args.events)
    failures: list[str] = []
    for day in days(SPLIT):
        if args.days and day.name not in args.days:
            continue
        failures += generic.check_day(day, args.scale)
        failures += check_effects(day, args.scale)
    print("\n".join(["", "FAILED:", *failures]) if failures else "\nok: every case shows from its onset")
    return int(bool(failures))


if __name__ == "__main__":
    sys.exit(main())
