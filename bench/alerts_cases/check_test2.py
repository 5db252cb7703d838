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
import random
import sys
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bench.alerts_cases.case import Case, Day, simulate_day
from bench.alerts_cases.day import CALLS_PER_HOUR, DAY0, HOUR, MINUTE, Ledger

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


def built(day: Day, scale: float) -> tuple[list[list[Event]], dict[str, list[Event]], Ledger]:
    """The day with its cases at ``scale`` of the eval's volume, the same seed's normal day (by call SID)
    and the day's ledger, for the dry runs of test2-test4; prints their size and how long they took."""
    cph = tuple(max(1, round(n * scale)) for n in CALLS_PER_HOUR)
    ledger = Ledger()
    started = time.time()
    calls = list(day.calls(ledger, calls_per_hour=cph))
    normal = {c[0]["call_sid"]: c for c in simulate_day(day.seed, (), day.day0, cph)}
    print(f"\n== {day.name} (seed {day.seed}): {len(calls)} calls ({len(normal)} normal) at {scale:g} "
          f"of the volume, built in {time.time() - started:.0f} s")  # fmt: skip
    return calls, normal, ledger


def in_window(
    case: Case, workflow: str, calls: list[list[Event]], normal: dict[str, list[Event]]
) -> tuple[int, int]:
    """A workflow's calls that start in the case's window, as built and on the normal day: what a
    benign volume shift (a campaign, a holiday mix) is meant to change."""
    now = sum(1 for c in calls if case.active(c[0]["ts"]) and c[0]["workflow"] == workflow)
    before = sum(1 for c in normal.values() if case.active(c[0]["ts"]) and c[0]["workflow"] == workflow)
    return now, before


def count_bus(day: Day, missing: bool = False) -> None:
    """``--events``: the day at full volume as the bus carries it, counted and timed, and how soon each
    case shows in it (``missing``: and how many of its marks are calls that never arrived)."""
    ledger, started = Ledger(), time.time()
    count = Counter(e["type"] for e in day.events(ledger))
    print(f"{day.name}: {sum(count.values())} events in {time.time() - started:.0f} s; "
          f"{count['call.started']} calls; {dict(count.most_common(4))}")  # fmt: skip
    for case in day.cases:
        first = ledger.first(case.name)
        lost = sum(1 for m in ledger.marks.get(case.name, ()) if m[1] is None)
        print(f"  {case.name}: first {None if first is None else (first - case.onset_ms) // 1000} s "
              f"after onset, {len(ledger.calls(case.name))} calls changed" + (f", {lost} missing" if missing else ""))  # fmt: skip


def hhmm(ts: int) -> str:
    """A moment of the judged day as "HH:MM"."""
    return f"{(ts - DAY0) // HOUR:02d}:{(ts - DAY0) // MINUTE % 60:02d}"


def report(case: Case, ledger: Ledger, calls: list[list[Event]], scale: float) -> list[str]:
    """Print one case as built (cause, scope, evidence onset, first affected moment, calls changed and
    missing, what they show) and return its failure: at full volume a case must show within 15 min of its
    evidence onset; thinned out, within its window."""
    first = ledger.first(case.name)
    sids = ledger.calls(case.name)
    missing = sum(1 for m in ledger.marks.get(case.name, ()) if m[1] is None)
    shown = "never" if first is None else f"+{(first - case.onset_ms) / 1000:.0f} s"
    print(f"{case.name:<38} {hhmm(case.onset_ms)} {case.duration_ms // MINUTE:>4} min  cause {case.cause} "
          f"{dict(case.scope)}  evidence +{case.evidence_delay_ms // 1000} s, first {shown}; "
          f"calls changed {len(sids)}, missing {missing}")  # fmt: skip
    changed = [c for c in calls if c[0]["call_sid"] in sids]
    if changed:
        print(f"    {_shows(changed)}")
    limit = min(case.end_ms, case.evidence_ms + 15 * MINUTE) if scale >= 1 else case.end_ms
    if first is None or not case.onset_ms <= first < limit:
        return [f"{case.name}: no affected call soon enough after onset (first {shown})"]
    return []


def campaign(case: Case, calls: list[list[Event]], normal: dict[str, list[Event]]) -> None:
    """Print a campaign's (a ``Surge`` on one workflow) calls in its window against the normal day's."""
    workflow = getattr(case.effect, "workflow", None) or ""
    now, before = in_window(case, workflow, calls, normal)
    print(
        f"    {workflow} calls in the campaign window: {now} vs {before} normally (x{now / max(1, before):.2f})"
    )


@dataclass(frozen=True)
class Reported:
    """A day built and each case reported (``reported``): what the dry runs of test2-test4 go on to explain."""

    calls: list[list[Event]]
    normal: dict[str, list[Event]]
    ledger: Ledger
    marked: set[str]  # the calls some case changed
    bad: list[str]  # their contract problems
    untouched: list[list[Event]]  # the calls no case marked
    differ: list[list[Event]]  # those of them that are not the normal day's
    failures: list[str]

    def summary(self) -> str:
        """The line every dry run prints before saying why the unmarked calls that differ do."""
        return (f"{len(self.marked)} changed calls checked against the v1 contract: {len(self.bad)} problems; "
                f"{len(self.untouched)} untouched calls, {len(self.differ)} differ from the normal day")  # fmt: skip

    def unexplained(self, day: Day, explained: int) -> list[str]:
        """A failure when the unmarked calls that differ are more than the ``explained`` ones."""
        left = len(self.differ) - explained
        return [f"{day.name}: {left} unmarked calls differ from the normal day"] if left else []


def reported(
    day: Day, scale: float, report: Callable[[Case, Ledger, list[list[Event]], float], list[str]]
) -> Reported:
    """``day`` built at ``scale``, each case's ``report`` printed in onset order, the changed calls checked
    against the v1 contract (the first 20 problems fail), and the unmarked calls that differ from the
    normal day: the first half of test2's, test3's and test4's ``check_day``."""
    calls, normal, ledger = built(day, scale)
    failures: list[str] = []
    marked: set[str] = set()
    for case in sorted(day.cases, key=lambda c: c.onset_ms):
        marked |= ledger.calls(case.name)
        failures += report(case, ledger, calls, scale)
    bad = problems([c for c in calls if c[0]["call_sid"] in marked])
    failures += [f"{day.name}: {p}" for p in bad[:20]]
    untouched = [c for c in calls if c[0]["call_sid"] not in marked]
    differ = [c for c in untouched if normal.get(c[0]["call_sid"]) != c]
    return Reported(calls, normal, ledger, marked, bad, untouched, differ, failures)


def check_day(day: Day, scale: float) -> list[str]:
    r = reported(day, scale, report)
    relabeled = [c for c in r.differ if c[0]["agent"]["prompt_version"].endswith("-v5")]
    print(
        f"    {r.summary()} ({len(relabeled)} only carry the broken prompt's label, never reaching a question)"
    )
    return r.failures + r.unexplained(day, len(relabeled))


def main() -> None:
    dry_run(__doc__ or "", "test2", check_day, choose_split=True, seed=False)


def dry_run(
    doc: str,
    split: str,
    check_day: Callable[[Day, float], list[str]],
    *,
    missing: bool = False,
    seed: bool = True,
    choose_split: bool = False,
) -> None:
    """The command line of test2's, test3's and test4's dry runs (``--days``, ``--scale``, ``--events``;
    ``choose_split``: ``--split`` too, ``split`` its default): each chosen day's ``check_day``, or one
    day's bus counted (``missing``: with the marks of calls that never arrived); exits 1 on a failure.
    ``seed``: the global generator seeded first, a guard against an effect that would draw from it."""
    from bench.alerts_cases.splits import days as split_days

    parser = argparse.ArgumentParser(description=doc.split("\n\n")[0])
    if choose_split:
        parser.add_argument("--split", default=split)
    parser.add_argument("--days", nargs="*", help=f"only these days (e.g. {split}-a)")
    parser.add_argument("--scale", type=float, default=0.25, help="share of the eval's volume")
    parser.add_argument(
        "--events", metavar="DAY", help="only build DAY's bus stream at full volume and count it"
    )
    args = parser.parse_args()
    if seed:
        random.seed(0)  # nothing here should depend on it; a guard against an effect that would
    chosen = split_days(args.split if choose_split else split)
    if args.events:
        count_bus(next(d for d in chosen if d.name == args.events), missing=missing)
        return
    failures: list[str] = []
    for day in chosen:
        if not args.days or day.name in args.days:
            failures += check_day(day, args.scale)
    print("\n" + ("\n".join(["FAILED:", *failures]) if failures else "ok: every case shows from its onset"))
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
