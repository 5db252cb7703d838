"""A dry run of the ``test6`` days: builds them without judging anything (no pipeline, no detector)
and checks that every case changes calls from its onset (at full volume within 15 min of it), that
the changed calls are valid under the v1 contract (seq, time order, one ``call.ended``), that calls
no case touched are the normal day's byte for byte, and what each new effect is meant to show:
silence only after a tool answered, rejections twice then a hand-off, slow payments, failed
transfers, no billing call while stopped, loops only on the one intent, empty transcripts only
for elderly callers; and prints the benign volumes, lengths and tool latencies.

    .venv/bin/python -m bench.alerts_cases.check_test6                   # every day at 1/4 volume
    .venv/bin/python -m bench.alerts_cases.check_test6 --scale 1 --days test6-a   # full volume
    .venv/bin/python -m bench.alerts_cases.check_test6 --events test6-a   # the bus stream, counted
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from collections import Counter
from typing import Any

from bench.alerts_cases import check_test5
from bench.alerts_cases import faults6 as f6
from bench.alerts_cases.case import Case, Day, simulate_day
from bench.alerts_cases.check_test2 import hhmm, problems, report
from bench.alerts_cases.check_test5 import _end, _in
from bench.alerts_cases.day import CALLS_PER_HOUR, Ledger, normal_plans
from bench.alerts_cases.incidents import SlowTool, TrafficStop
from bench.alerts_cases.splits import days

Event = dict[str, Any]
SPLIT = "test6"


def _of(call: list[Event], type_: str) -> list[Event]:
    return [e for e in call if e["type"] == type_]


def _latencies(calls: list[list[Event]], tool: str) -> list[int]:
    return [
        e["data"]["latency_ms"] for c in calls for e in _of(c, "tool.result") if e["data"]["tool"] == tool
    ]


def elderly_starts(seed: int, volume: tuple[int, ...]) -> set[int]:
    """Start times of the normal day's calls from elderly callers (the persona is not in events)."""
    return {p.start for p in normal_plans(seed, Day("", "", seed, ()).day0, volume)
            if p.scenario.persona.value == "elderly"}  # fmt: skip


def _incident(
    case: Case, hit: list[list[Event]], calls: list[list[Event]], normal: list[list[Event]]
) -> list[str]:
    """What an incident effect is meant to show, printed; returns failures."""
    effect, bad = case.effect, []
    if isinstance(effect, f6.DeadAirAfterTool):
        spoke = [
            c for c in hit if any(e["ts"] > _of(c, "tool.result")[0]["ts"] for e in _of(c, "agent.utterance"))
        ]
        print(f"    {len(hit)} calls silent after their first tool answered; agent spoke after it in "
              f"{len(spoke)}; ends {Counter(map(_end, hit))}")  # fmt: skip
        bad += [f"{case.name}: the agent spoke after the tool"] * bool(spoke)
    if isinstance(effect, f6.VerifyRejects):
        verifying = [c for c in _in(case, normal, effect.workflow)
                     if any(e["data"]["tool"] == effect.tool for e in _of(c, "tool.called"))]  # fmt: skip
        twice = [c for c in hit if sum(e["data"].get("error_code") == "verification_failed"
                                       for e in _of(c, "tool.result")) == 2]  # fmt: skip
        verified = [c for c in hit if _of(c, "identity.verified")]
        print(f"    {len(hit)}/{len(verifying)} verifying calls rejected; rejected twice {len(twice)}; "
              f"verified anyway {len(verified)}; ends {Counter(map(_end, hit))}")  # fmt: skip
        bad += [f"{case.name}: a rejected call not refused twice"] * (len(twice) != len(hit))
        bad += [f"{case.name}: a rejected call was verified"] * bool(verified)
    if isinstance(effect, SlowTool):
        slow = _latencies(hit, effect.tool)
        print(f"    {len(hit)} calls with a slow {effect.tool}: latency ms min {min(slow, default=0)}, "
              f"median {statistics.median(slow or [0]):.0f}")  # fmt: skip
        bad += [f"{case.name}: a slowed result too fast"] * (min(slow, default=0) < effect.latency_ms[0])
    if isinstance(effect, f6.TransferFails):
        asked = [c for c in normal if any(case.active(e["ts"]) for e in _of(c, "handoff.requested"))]
        print(f"    {len(hit)}/{len(asked)} hand-offs in the window failed; ends {Counter(map(_end, hit))}")
        bad += [f"{case.name}: a failed transfer ended otherwise"] * any(
            _end(c) not in ("failed/error", "failed/timeout") for c in hit
        )
        bad += [f"{case.name}: a hand-off went through"] * (len(hit) != len(asked))
    if isinstance(effect, TrafficStop):  # as test5's stops are checked: no call of the workflow arrives
        bad += check_test5._effect(case, hit, calls, normal)
    if isinstance(effect, f6.IntentLoop):
        planned = {c[0]["call_sid"]: c for c in normal}  # the intent as planned, before the loop
        intents = Counter(
            e["data"]["intent"] for c in hit for e in _of(planned[c[0]["call_sid"]], "intent.recognized")
        )
        window = Counter(e["data"]["intent"] for c in _in(case, normal, effect.workflow)
                         for e in _of(c, "intent.recognized"))  # fmt: skip
        print(f"    {len(hit)} looping calls, intents {dict(intents)}; the window's intents {dict(window)}; "
              f"ends {Counter(map(_end, hit))}")  # fmt: skip
        bad += [f"{case.name}: a loop off the intent"] * any(k != effect.intent for k in intents)
    return bad


def _benign(case: Case, hit: list[list[Event]], calls: list[list[Event]], normal: list[list[Event]]) -> None:
    """What a benign shift changes, printed."""
    effect = case.effect
    if isinstance(effect, f6.LunchLull):
        now, before = _in(case, calls), _in(case, normal)
        length = [(c[-1]["ts"] - c[0]["ts"]) / 1000 for c in now]
        usual = [(c[-1]["ts"] - c[0]["ts"]) / 1000 for c in before]
        print(f"    {len(now)} calls vs {len(before)} normally (x{len(now) / max(1, len(before)):.2f}); median "
              f"length {statistics.median(length or [0]):.0f} s vs {statistics.median(usual or [0]):.0f} s")  # fmt: skip
    if isinstance(effect, f6.SlowerToolVersion):
        new, old = _latencies(hit, effect.tool), _latencies(_in(case, normal), effect.tool)
        print(f"    {len(hit)} calls on the new {effect.tool}: latency ms {min(new, default=0)}-{max(new, default=0)} "
              f"(median {statistics.median(new or [0]):.0f}) vs {min(old, default=0)}-{max(old, default=0)} "
              f"(median {statistics.median(old or [0]):.0f}) normally")  # fmt: skip


def check_day(day: Day, scale: float) -> list[str]:
    volume = tuple(max(1, round(n * scale)) for n in CALLS_PER_HOUR)
    ledger, clock = Ledger(), time.time()
    calls = list(day.calls(ledger, calls_per_hour=volume))
    built = time.time() - clock
    by_sid = {call[0]["call_sid"]: call for call in simulate_day(day.seed, calls_per_hour=volume)}
    normal = list(by_sid.values())
    print(f"\n== {day.name} (seed {day.seed}) at {scale:g} of the volume: {len(calls)} calls, the normal "
          f"day {len(by_sid)}; the day built in {built:.1f} s")  # fmt: skip
    marked = {sid for case in day.cases for sid in ledger.calls(case.name)}
    failures: list[str] = []
    for case in sorted(day.cases, key=lambda c: c.onset_ms):
        hit = [c for c in calls if c[0]["call_sid"] in ledger.calls(case.name)]
        if case.benign:
            print(f"{case.name:<38} {hhmm(case.onset_ms)} {case.duration_ms // 60_000:>4} min  benign; "
                  f"{len(ledger.marks.get(case.name, ()))} calls marked")  # fmt: skip
            _benign(case, hit, calls, normal)
            continue
        failures += report(case, ledger, calls, scale) + _incident(case, hit, calls, normal)
        if isinstance(case.effect, f6.AsrSlowSpeakers):
            elderly = elderly_starts(day.seed, volume)
            others = [c for c in hit if c[0]["ts"] not in elderly]
            print(f"    {len(hit)} calls misheard, from callers not elderly {len(others)}")
            failures += [f"{case.name}: a caller not elderly misheard"] * bool(others)
    failures += [f"{day.name}: {p}" for p in problems([c for c in calls if c[0]["call_sid"] in marked])[:20]]
    differ = [c for c in calls if c[0]["call_sid"] not in marked and by_sid.get(c[0]["call_sid"]) != c]
    print(f"    {len(marked)} changed calls checked against the v1 contract; {len(differ)} unmarked calls differ "
          f"from the normal day")  # fmt: skip
    failures += [f"{day.name}: {len(differ)} unmarked calls differ from the normal day"] * bool(differ)
    return failures


def _first_seen(ledger: Ledger, case: Case) -> str:
    """When the case first shows in the data, and how thick its evidence is per minute."""
    seen, per_minute = ledger.first(case.name), ledger.per_minute(case.name)
    if seen is None:
        return f"{case.name}: never shows"
    return (f"{case.name}: first {hhmm(seen)} (+{(seen - case.onset_ms) // 1000} s), "
            f"{sum(per_minute.values())} calls marked, at most {max(per_minute.values())} a minute")  # fmt: skip


def count_events(name: str) -> None:
    """Stream the day ``name`` at full volume as the bus carries it; print its size and how long
    making it took, then each case's evidence onset from the ledger."""
    ledger, clock = Ledger(), time.time()
    day = next(d for d in days(SPLIT) if d.name == name)
    types = Counter(event["type"] for event in day.events(ledger))
    print(
        f"{name}: {types.total()} events, {types['call.started']} calls, made in {time.time() - clock:.0f} s"
    )
    print("\n".join(f"  {_first_seen(ledger, case)}" for case in day.cases))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--days", nargs="*", help="only these days (e.g. test6-a)")
    parser.add_argument("--scale", type=float, default=0.25, help="share of the eval's volume")
    parser.add_argument("--events", metavar="DAY", help="only stream DAY as the bus carries it, counted")
    args = parser.parse_args(argv)
    random.seed(0)  # nothing may depend on the global generator: a guard against an effect that would
    if args.events:
        count_events(args.events)
        return 0
    wanted = set(args.days or [d.name for d in days(SPLIT)])
    failures: list[str] = []
    for day in days(SPLIT):
        if day.name in wanted:
            failures += check_day(day, args.scale)
    print("\nFAILED:\n" + "\n".join(failures) if failures else "\nok: every case shows from its onset")
    return int(bool(failures))


if __name__ == "__main__":
    sys.exit(main())
