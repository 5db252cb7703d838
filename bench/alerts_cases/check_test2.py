"""A dry run of the ``test2`` days: builds them without judging anything (no pipeline, no detector)
and checks that every case changes calls from its onset (at full volume within 15 min), that the
changed calls are valid under the v1 contract (seq, time order, one ``call.ended``), and that calls
no case touched are the normal day's byte for byte.

    .venv/bin/python -m bench.alerts_cases.check_test2                # every day at 1/4 volume
    .venv/bin/python -m bench.alerts_cases.check_test2 --scale 1 --days test2-a   # full volume
    .venv/bin/python -m bench.alerts_cases.check_test2 --events test2-a   # the bus stream, counted

Prints, per case: the first affected moment after onset, affected calls, and what they show."""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

from bench.alerts_cases.case import Day, simulate_day
from bench.alerts_cases.day import CALLS_PER_HOUR, DAY0, MINUTE, Ledger
from bench.alerts_cases.schedule import days

Event = dict[str, Any]
SCHEMA = Path(__file__).resolve().parents[2] / "ingest" / "schema" / "turn-event.v1.json"


def problems(calls: list[list[Event]]) -> list[str]:
    """Contract violations, broken seq or time order, and calls that do not end exactly once."""
    from jsonschema import Draft202012Validator

    validator = Draft202012Validator(json.loads(SCHEMA.read_text(encoding="utf-8")))
    out: list[str] = []
    for call in calls:
        for i, event in enumerate(call):
            out += [f"{event['type']}: {e.message}" for e in validator.iter_errors(event)]
            if event["seq"] != i or (i and event["ts"] < call[i - 1]["ts"]):
                out.append(f"{call[0]['call_sid']}: seq or time order broken at {i}")
        if call[-1]["type"] != "call.ended" or sum(e["type"] == "call.ended" for e in call) != 1:
            out.append(f"{call[0]['call_sid']}: does not end with exactly one call.ended")
    return out


def _shows(calls: list[list[Event]]) -> str:
    ends = Counter(f"{c[-1]['data']['status']}/{c[-1]['data']['reason']}" for c in calls)
    failed_tools = sum(1 for c in calls for e in c if e["type"] == "tool.result" and not e["data"]["ok"])
    empty = sum(1 for c in calls for e in c if e["type"] == "caller.utterance" and not e["data"]["text"])
    versions = Counter(c[0]["agent"]["version"] for c in calls)
    prompts = Counter(c[0]["agent"]["prompt_version"] for c in calls)
    return (f"ends {dict(ends.most_common(3))}; failed tool results {failed_tools}; empty transcripts "
            f"{empty}; versions {dict(versions)}; prompts {dict(prompts.most_common(2))}")  # fmt: skip


def check_day(day: Day, scale: float) -> list[str]:
    cph = tuple(max(1, round(n * scale)) for n in CALLS_PER_HOUR)
    ledger = Ledger()
    started = time.time()
    calls = list(day.calls(ledger, calls_per_hour=cph))
    normal = {c[0]["call_sid"]: c for c in simulate_day(day.seed, (), day.day0, cph)}
    print(f"\n== {day.name} (seed {day.seed}): {len(calls)} calls ({len(normal)} normal) at {scale:g} "
          f"of the volume, built in {time.time() - started:.0f} s")  # fmt: skip
    failures: list[str] = []
    marked: set[str] = set()
    for case in sorted(day.cases, key=lambda c: c.onset_ms):
        first = ledger.first(case.name)
        sids = ledger.calls(case.name)
        marked |= sids
        missing = sum(1 for m in ledger.marks.get(case.name, ()) if m[1] is None)
        hhmm = f"{(case.onset_ms - DAY0) // 3_600_000:02d}:{(case.onset_ms - DAY0) // MINUTE % 60:02d}"
        shown = "never" if first is None else f"+{(first - case.onset_ms) / 1000:.0f} s"
        print(f"{case.name:<38} {hhmm} {case.duration_ms // MINUTE:>4} min  cause {case.cause} "
              f"{dict(case.scope)}  first {shown}; calls changed {len(sids)}, missing {missing}")  # fmt: skip
        changed = [c for c in calls if c[0]["call_sid"] in sids]
        if changed:
            print(f"    {_shows(changed)}")
        # at full volume a case must show within 15 min; thinned out, within its window
        limit = min(case.end_ms, case.onset_ms + 15 * MINUTE) if scale >= 1 else case.end_ms
        if first is None or not case.onset_ms <= first < limit:
            failures.append(f"{case.name}: no affected call soon enough after onset (first {shown})")
    bad = problems([c for c in calls if c[0]["call_sid"] in marked])
    failures += [f"{day.name}: {p}" for p in bad[:20]]
    untouched = [c for c in calls if c[0]["call_sid"] not in marked]
    differ = [c for c in untouched if normal.get(c[0]["call_sid"]) != c]
    relabeled = [c for c in differ if c[0]["agent"]["prompt_version"].endswith("-v5")]
    print(f"    {len(marked)} changed calls checked against the v1 contract: {len(bad)} problems; "
          f"{len(untouched)} untouched calls, {len(differ)} differ from the normal day "
          f"({len(relabeled)} only carry the broken prompt's label, never reaching a question)")  # fmt: skip
    if len(differ) != len(relabeled):
        failures.append(
            f"{day.name}: {len(differ) - len(relabeled)} unmarked calls differ from the normal day"
        )
    return failures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", default="test2")
    parser.add_argument("--days", nargs="*", help="only these days (e.g. test2-a)")
    parser.add_argument("--scale", type=float, default=0.25, help="share of the eval's volume")
    parser.add_argument(
        "--events", metavar="DAY", help="only build DAY's bus stream at full volume and count it"
    )
    args = parser.parse_args()
    if args.events:
        day = next(d for d in days(args.split) if d.name == args.events)
        ledger, started = Ledger(), time.time()
        count = Counter(e["type"] for e in day.events(ledger))
        print(f"{day.name}: {sum(count.values())} events in {time.time() - started:.0f} s; "
              f"{count['call.started']} calls; {dict(count.most_common(4))}")  # fmt: skip
        for case in day.cases:
            first = ledger.first(case.name)
            print(f"  {case.name}: first {None if first is None else (first - case.onset_ms) // 1000} s "
                  f"after onset, {len(ledger.calls(case.name))} calls changed")  # fmt: skip
        return
    failures: list[str] = []
    for day in days(args.split):
        if not args.days or day.name in args.days:
            failures += check_day(day, args.scale)
    print("\n" + ("\n".join(["FAILED:", *failures]) if failures else "ok: every case shows from its onset"))
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
