"""A dry run of the ``test5`` days: builds them without judging anything (no pipeline, no detector)
and checks that every case changes calls from its onset (at full volume within 15 min of it), that
the changed calls are valid under the v1 contract (seq, time order, one ``call.ended``), that calls
no case touched are the normal day's byte for byte (canary calls of the silent build that never
reach the utterance it stalls on only carry its label), and what each new effect is meant to show:
silence only on the named build, slowness only for long inputs, drops mid-call, a loop share that
grows, Spanish replies, no call on either stopped workflow, and the benign volumes and shares.

    .venv/bin/python -m bench.alerts_cases.check_test5                   # every day at 1/4 volume
    .venv/bin/python -m bench.alerts_cases.check_test5 --scale 1 --days test5-a   # full volume
    .venv/bin/python -m bench.alerts_cases.check_test5 --events test5-a   # the bus stream, counted
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from collections import Counter
from typing import Any

from bench.alerts_cases import faults5 as f5
from bench.alerts_cases.case import Case, Day, simulate_day
from bench.alerts_cases.check_test2 import hhmm, problems, report
from bench.alerts_cases.check_test4 import _label_only
from bench.alerts_cases.day import CALLS_PER_HOUR, Ledger
from bench.alerts_cases.incidents import TrafficStop
from bench.alerts_cases.splits import days

Event = dict[str, Any]
SPLIT = "test5"


def _in(case: Case, calls: list[list[Event]], workflow: str | None = None) -> list[list[Event]]:
    return [c for c in calls if case.active(c[0]["ts"]) and workflow in (None, c[0]["workflow"])]


def _end(call: list[Event]) -> str:
    return f"{call[-1]['data']['status']}/{call[-1]['data']['reason']}"


def first_reply_ms(call: list[Event]) -> int | None:
    """From the caller's first utterance to the agent's next reply (None: no such pair)."""
    said = next((e["ts"] for e in call if e["type"] == "caller.utterance"), None)
    reply = next((e["ts"] for e in call if said and e["type"] == "agent.utterance" and e["ts"] > said), None)
    return None if said is None or reply is None else reply - said


def _effect(
    case: Case, hit: list[list[Event]], calls: list[list[Event]], normal: list[list[Event]]
) -> list[str]:
    """What the case's effect is meant to show, printed; returns failures."""
    effect, bad = case.effect, []
    if isinstance(effect, f5.BuildDeadAir):
        wrong = [c for c in hit if c[0]["agent"]["version"] != effect.version or not c[0]["flags"]["canary"]]
        said_more = [c for c in hit if any(e["type"] == "agent.utterance" and e["ts"] > next(
            u["ts"] for u in c if u["type"] == "caller.utterance") for e in c)]  # fmt: skip
        print(f"    {len(hit)} silent calls, all on {effect.version}: {not wrong}; agent spoke after the "
              f"first utterance in {len(said_more)}; ends {Counter(map(_end, hit))}")  # fmt: skip
        bad += [f"{case.name}: a silent call off the build"] * bool(wrong)
        bad += [f"{case.name}: the agent spoke after stalling"] * bool(said_more)
    if isinstance(effect, f5.SlowOnLongInput):
        window = [c for c in _in(case, calls, effect.workflow) if f5._said_before(c, effect.tool)]
        short = [c for c in hit if f5._said_before(c, effect.tool) < effect.min_words]
        slow = [e["data"]["latency_ms"] for c in hit for e in c
                if e["type"] == "tool.result" and e["data"]["tool"] == effect.tool]  # fmt: skip
        print(f"    {len(hit)}/{len(window)} calls using {effect.tool} slowed (inputs of {effect.min_words}+ "
              f"words); shorter inputs slowed: {len(short)}; latency ms min {min(slow, default=0):.0f}")  # fmt: skip
        bad += [f"{case.name}: a short input slowed"] * bool(short)
        bad += [f"{case.name}: a slowed result under 5 s"] * (min(slow, default=0) < effect.latency_ms[0])
    if isinstance(effect, f5.SocketDrop):
        window = _in(case, normal)
        print(f"    {len(hit)}/{len(window)} calls of the window dropped ({len(hit) / max(1, len(window)):.0%}); "
              f"ends {Counter(map(_end, hit))}")  # fmt: skip
        bad += [f"{case.name}: a dropped call not failed/upstream_lost"] * any(
            _end(c) != "failed/upstream_lost" for c in hit
        )
    if isinstance(effect, f5.StateLoss):
        thirds = [0, 0, 0]
        totals = [0, 0, 0]
        sids = {c[0]["call_sid"] for c in hit}
        for call in _in(case, calls, effect.workflow):
            k = min(2, 3 * (call[0]["ts"] - case.onset_ms) // case.duration_ms)
            totals[k] += 1
            thirds[k] += call[0]["call_sid"] in sids
        print(f"    looping share of {effect.workflow}'s calls by third of the window: "
              f"{[f'{a}/{b}' for a, b in zip(thirds, totals, strict=True)]}")  # fmt: skip
        if thirds[0] * totals[2] >= thirds[2] * totals[0]:
            bad.append(f"{case.name}: the loop's share does not grow")
    if isinstance(effect, f5.WrongLanguage):
        model = [c for c in _in(case, calls) if c[0]["agent"]["model"].startswith(effect.model)]
        spanish = sum(
            any(e["type"] == "agent.utterance" and e["data"]["text"] in f5.SPANISH for e in c) for c in hit
        )
        print(f"    {len(hit)}/{len(model)} {effect.model} calls answered in Spanish ({spanish} with a Spanish "
              f"reply); ends {Counter(map(_end, hit))}")  # fmt: skip
        bad += [f"{case.name}: an affected call without a Spanish reply"] * (spanish != len(hit))
    if isinstance(effect, TrafficStop):
        came = _in(case, calls, effect.workflow)
        print(
            f"    {effect.workflow} calls in the window: {len(came)} vs {len(_in(case, normal, effect.workflow))}"
        )
        bad += [f"{case.name}: calls arrived"] * bool(came)
    if isinstance(effect, f5.StormCalls):
        now, before = _in(case, calls, effect.workflow), _in(case, normal, effect.workflow)
        length = [(c[-1]["ts"] - c[0]["ts"]) / 1000 for c in hit]
        usual = [(c[-1]["ts"] - c[0]["ts"]) / 1000 for c in before]
        print(f"    {effect.workflow}: {len(now)} calls vs {len(before)} normally (x{len(now) / max(1, len(before)):.2f}); "
              f"added calls last {statistics.median(length or [0]):.0f} s (median), the usual "
              f"{statistics.median(usual or [0]):.0f} s; ends {Counter(map(_end, hit)).most_common(2)}")  # fmt: skip
    if isinstance(effect, f5.FasterBuild):
        stable = [c for c in _in(case, calls) if not c[0]["flags"]["canary"]]
        new = [c for c in stable if c[0]["agent"]["version"] == effect.version]
        gaps = [g for c in new if (g := first_reply_ms(c)) is not None]
        old = [g for c in stable if c not in new and (g := first_reply_ms(c)) is not None]
        print(f"    {len(new)}/{len(stable)} stable calls on {effect.version} ({len(new) / max(1, len(stable)):.0%}); "
              f"first reply after the caller {statistics.median(gaps or [0]):.0f} ms (median) vs "
              f"{statistics.median(old or [0]):.0f} ms on the old build")  # fmt: skip
    return bad


def check_day(day: Day, scale: float) -> list[str]:
    volume = tuple(max(1, round(n * scale)) for n in CALLS_PER_HOUR)
    ledger, clock = Ledger(), time.time()
    calls = list(day.calls(ledger, calls_per_hour=volume))
    by_sid = {call[0]["call_sid"]: call for call in simulate_day(day.seed, calls_per_hour=volume)}
    print(f"\n== {day.name} (seed {day.seed}) at {scale:g} of the volume: {len(calls)} calls, the normal "
          f"day {len(by_sid)}; built (with the normal day) in {time.time() - clock:.0f} s")  # fmt: skip
    marked = {sid for case in day.cases for sid in ledger.calls(case.name)}
    failures = []
    for case in sorted(day.cases, key=lambda c: c.onset_ms):
        hit = [c for c in calls if c[0]["call_sid"] in ledger.calls(case.name)]
        failures += report(case, ledger, calls, scale) + _effect(case, hit, calls, list(by_sid.values()))
    failures += [f"{day.name}: {p}" for p in problems([c for c in calls if c[0]["call_sid"] in marked])[:20]]
    differ = [c for c in calls if c[0]["call_sid"] not in marked and by_sid.get(c[0]["call_sid"]) != c]
    builds = {k.effect.version for k in day.cases if isinstance(k.effect, f5.BuildDeadAir)}
    labeled = [c for c in differ if c[0]["agent"]["version"] in builds
               and _label_only(c, by_sid.get(c[0]["call_sid"]), "version")]  # fmt: skip
    print(f"    {len(marked)} changed calls checked against the v1 contract; {len(differ)} unmarked calls differ "
          f"from the normal day ({len(labeled)} only carry the silent build's label, never stalling in the window)")  # fmt: skip
    failures += problems(labeled)[:5]
    if len(differ) != len(labeled):
        failures.append(f"{day.name}: {len(differ) - len(labeled)} unmarked calls differ from the normal day")
    return failures


def count_events(name: str) -> None:
    """Stream the day ``name`` at full volume as the bus carries it; print what it holds and when
    each case first shows."""
    clock, ledger = time.time(), Ledger()
    (day,) = [d for d in days(SPLIT) if d.name == name]
    kinds = Counter(e["type"] for e in day.events(ledger))
    made = time.time() - clock
    print(f"{name}: {sum(kinds.values())} events, {kinds['call.started']} calls, made in {made:.0f} s")
    for case in day.cases:
        first = ledger.first(case.name)
        shown = "never" if first is None else f"{hhmm(first)} (+{(first - case.onset_ms) // 1000} s)"
        print(f"  {case.name}: first {shown}; {len(ledger.marks.get(case.name, ()))} calls affected")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--days", nargs="*", help="only these days (e.g. test5-a)")
    parser.add_argument("--scale", type=float, default=0.25, help="share of the eval's volume")
    parser.add_argument("--events", metavar="DAY", help="only stream DAY as the bus carries it, counted")
    args = parser.parse_args()
    random.seed(0)  # nothing should depend on it; a guard against an effect that would
    if args.events:
        return count_events(args.events)
    chosen = [day for day in days(SPLIT) if day.name in (args.days or [day.name])]
    failures = [failure for day in chosen for failure in check_day(day, args.scale)]
    verdict = "FAILED:\n" + "\n".join(failures) if failures else "ok: every case shows from its onset"
    print(f"\n{verdict}")
    sys.exit(int(bool(failures)))


if __name__ == "__main__":
    main()
