"""A dry run of the ``test7`` days: builds them without judging anything (no pipeline, no detector)
and checks that every case changes calls from its onset (at full volume within 15 min of it), that
the changed calls are valid under the v1 contract (seq, time order, one ``call.ended``), that calls
no case touched are the normal day's byte for byte (calls a case added aside), and what each new
effect is meant to show: "I don't know" only on the one intent, slow identity checks only on the
stable build, no refill call while appointment gains calls, silence after every hand-off, empty
transcripts only for the carrier's callers, an ignored interrupt before each frustrated hand-off,
loops only on the one intent; and prints the benign volumes and call lengths.

    .venv/bin/python -m bench.alerts_cases.check_test7                   # every day at 1/4 volume
    .venv/bin/python -m bench.alerts_cases.check_test7 --scale 1 --days test7-a   # full volume
    .venv/bin/python -m bench.alerts_cases.check_test7 --events test7-a   # the bus stream, counted
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from collections import Counter
from typing import Any

from bench.alerts_cases import faults7 as f7
from bench.alerts_cases.case import Case, Day, simulate_day
from bench.alerts_cases.check_test2 import hhmm, problems, report
from bench.alerts_cases.check_test5 import _end, _in
from bench.alerts_cases.check_test6 import _latencies, _of
from bench.alerts_cases.day import CALLS_PER_HOUR, Ledger
from bench.alerts_cases.splits import days

Event = dict[str, Any]
SPLIT = "test7"
OPTIONS: dict[str, dict[str, Any]] = {
    "--days": {"nargs": "*", "help": "only these days (e.g. test7-a)"},
    "--scale": {"type": float, "default": 0.25, "help": "share of the eval's volume"},
    "--events": {"metavar": "DAY", "help": "only stream DAY as the bus carries it, counted"},
}


def _intents(call: list[Event]) -> set[str]:
    return {e["data"]["intent"] for e in _of(call, "intent.recognized")}


def _length_s(calls: list[list[Event]]) -> float:
    return float(statistics.median([(c[-1]["ts"] - c[0]["ts"]) / 1000 for c in calls] or [0]))


def _incident(
    case: Case, hit: list[list[Event]], calls: list[list[Event]], normal: dict[str, list[Event]]
) -> list[str]:
    """What an incident effect is meant to show, printed; returns failures."""
    effect, bad, ends = case.effect, [], Counter(map(_end, hit))
    if isinstance(effect, f7.KnowledgeOutage):
        off = [c for c in hit if effect.intent not in _intents(normal[c[0]["call_sid"]])]
        print(f"    {len(hit)} calls told 'I don't know', off the intent {len(off)}; ends {dict(ends)}")
        bad += [f"{case.name}: an unanswered call off the intent"] * bool(off)
        bad += [f"{case.name}: an unanswered call not handed off"] * (set(ends) != {"ended/handoff"})
    if isinstance(effect, f7.VersionSlowTool):
        slow, versions = _latencies(hit, effect.tool), Counter(c[0]["agent"]["version"] for c in hit)
        other = [c for c in _in(case, calls, effect.workflow) if c[0]["agent"]["version"] != effect.version]
        print(f"    {len(hit)} calls with a slow {effect.tool} ({dict(versions)}): min {min(slow, default=0)} ms; "
              f"{len(other)} calls on other builds in the window, slowed {sum(c in hit for c in other)}")  # fmt: skip
        bad += [f"{case.name}: a slowed result too fast"] * (min(slow, default=0) < effect.latency_ms[0])
        bad += [f"{case.name}: another build slowed"] * (set(versions) != {effect.version})
    if isinstance(effect, f7.Rerouted):
        came = Counter(c[0]["workflow"] for c in _in(case, calls))
        usual = Counter(c[0]["workflow"] for c in _in(case, list(normal.values())))
        print(f"    in the window {dict(came)} against {dict(usual)} normally")
        bad += [f"{case.name}: a call arrived on the stopped line"] * bool(came[effect.workflow])
        bad += [f"{case.name}: the other line did not rise"] * (came[effect.to] <= usual[effect.to])
    if isinstance(effect, f7.HandoffDeadAir):
        spoke = [
            c
            for c in hit
            if any(e["ts"] > _of(c, "handoff.requested")[0]["ts"] for e in _of(c, "agent.utterance"))
        ]
        print(f"    {len(hit)} hand-offs left in silence; agent spoke after {len(spoke)}; ends {dict(ends)}")
        bad += [f"{case.name}: the agent spoke after the hand-off"] * bool(spoke)
        bad += [f"{case.name}: a silent hand-off not ended by the caller"] * (
            set(ends) != {"completed/hangup"}
        )
    if isinstance(effect, f7.CarrierAsr):
        others = [c for c in hit if c[0]["data"]["caller"][2:5] not in effect.area_codes]
        print(f"    {len(hit)} calls misheard, from callers of other carriers {len(others)}")
        bad += [f"{case.name}: a caller of another carrier misheard"] * bool(others)
    if isinstance(effect, f7.BargeInIgnored):
        late = [
            c
            for c in hit
            if not _of(c, "interrupt") or _of(c, "interrupt")[0]["ts"] > _of(c, "handoff.requested")[0]["ts"]
        ]
        print(
            f"    {len(hit)} callers talked over, hand-off before the interrupt {len(late)}; ends {dict(ends)}"
        )
        bad += [f"{case.name}: a talked-over call without its interrupt first"] * bool(late)
    if isinstance(effect, f7.ShareIntentLoop):
        asked = [c for c in _in(case, list(normal.values()), effect.workflow) if effect.intent in _intents(c)]
        off = [c for c in hit if effect.intent not in _intents(normal[c[0]["call_sid"]])]
        print(
            f"    {len(hit)} of {len(asked)} {effect.intent} calls loop, off the intent {len(off)}; ends {dict(ends)}"
        )
        bad += [f"{case.name}: a loop off the intent"] * bool(off)
    return bad


def _benign(
    case: Case, hit: list[list[Event]], calls: list[list[Event]], normal: dict[str, list[Event]]
) -> None:
    """What a benign shift changes, printed."""
    now, before = _in(case, calls), _in(case, list(normal.values()))
    print(f"    {len(now)} calls vs {len(before)} normally (x{len(now) / max(1, len(before)):.2f}); median length "
          f"{_length_s(now):.0f} s vs {_length_s(before):.0f} s; marked calls {len(hit)}, their median "
          f"{_length_s(hit):.0f} s")  # fmt: skip


def _built(day: Day, scale: float) -> tuple[list[list[Event]], dict[str, list[Event]], Ledger]:
    """The day with its cases and without them, at ``scale`` of the eval's volume; prints its size."""
    ledger, volume, clock = Ledger(), tuple(max(1, round(n * scale)) for n in CALLS_PER_HOUR), time.time()
    calls = list(day.calls(ledger, calls_per_hour=volume))
    print(f"\n== {day.name} (seed {day.seed}) at {scale:g} of the volume: {len(calls)} calls, built in "
          f"{time.time() - clock:.1f} s")  # fmt: skip
    return calls, {c[0]["call_sid"]: c for c in simulate_day(day.seed, calls_per_hour=volume)}, ledger


def check_day(day: Day, scale: float) -> list[str]:
    calls, normal, ledger = _built(day, scale)
    failures: list[str] = []
    for case in sorted(day.cases, key=lambda c: c.onset_ms):
        hit = [c for c in calls if c[0]["call_sid"] in ledger.calls(case.name)]
        if not case.benign:
            failures += report(case, ledger, calls, scale) + _incident(case, hit, calls, normal)
            continue
        print(f"{case.name:<38} {hhmm(case.onset_ms)} {case.duration_ms // 60_000:>4} min  benign")
        _benign(case, hit, calls, normal)
    marked = {sid for case in day.cases for sid in ledger.calls(case.name)}
    added = [c for c in calls if c[0]["call_sid"] not in normal]
    changed = [c for c in calls if c[0]["call_sid"] in marked]
    failures += [f"{day.name}: {p}" for p in problems(changed + added)[:20]]
    differ = [
        c for c in calls if c[0]["call_sid"] in normal.keys() - marked and normal[c[0]["call_sid"]] != c
    ]
    print(f"    {len(changed)} changed and {len(added)} added calls checked against the v1 contract "
          f"(the normal day {len(normal)} calls); {len(differ)} unmarked calls differ from it")  # fmt: skip
    return failures + [f"{day.name}: {len(differ)} unmarked calls differ from the normal day"] * bool(differ)


def count_events(name: str) -> int:
    """Stream the day ``name`` at full volume as the bus carries it; print its size, how long making
    it took, and each case's evidence onset and thickness from the ledger."""
    ledger, clock = Ledger(), time.time()
    day = next(d for d in days(SPLIT) if d.name == name)
    types = Counter(event["type"] for event in day.events(ledger))
    print(
        f"{name}: {types.total()} events, {types['call.started']} calls, made in {time.time() - clock:.0f} s"
    )
    for case in day.cases:
        seen, per_minute = ledger.first(case.name), ledger.per_minute(case.name)
        when = "never" if seen is None else f"{hhmm(seen)} (+{(seen - case.onset_ms) // 1000} s)"
        print(f"  {case.name}: first {when}, {sum(per_minute.values())} marks, at most "
              f"{max(per_minute.values(), default=0)} a minute")  # fmt: skip
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    for flag, options in OPTIONS.items():
        parser.add_argument(flag, **options)
    args = parser.parse_args(argv)
    random.seed(0)  # a guard: nothing may depend on the global generator
    if args.events:
        return count_events(args.events)
    chosen = [day for day in days(SPLIT) if not args.days or day.name in args.days]
    failures = [failure for day in chosen for failure in check_day(day, args.scale)]
    print("\nFAILED:\n" + "\n".join(failures) if failures else "\nok: every case shows from its onset")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
