"""A dry run of the ``test4`` days: builds them without judging anything (no pipeline, no detector)
and checks that every case changes calls from its onset (its evidence onset for a slow rise; at full
volume within 15 min of it), that the changed calls are valid under the v1 contract (seq, time
order, one ``call.ended``), that calls no case touched are the normal day's byte for byte, and what
each new effect is meant to show (timeouts only at the top of the hour, audio shorter than its
text, no caller from the carrier's area codes, the benign volumes and rollout share).

    .venv/bin/python -m bench.alerts_cases.check_test4                # every day at 1/4 volume
    .venv/bin/python -m bench.alerts_cases.check_test4 --scale 1 --days test4-a   # full volume
    .venv/bin/python -m bench.alerts_cases.check_test4 --events test4-a   # the bus stream, counted

Prints, per case: the first affected moment after onset, affected calls, and what they show."""

from __future__ import annotations

from typing import Any

from bench.alerts_cases.benign import HolidayMix
from bench.alerts_cases.case import Day
from bench.alerts_cases.check_test2 import (
    campaign,
    dry_run,
    hhmm,
    in_window,
    problems,
    report,
    reported,
)
from bench.alerts_cases.day import Ledger
from bench.alerts_cases.degradations import CanaryCrash, SlowRise
from bench.alerts_cases.faults4 import BlueGreen, EagerHandoff, HourlyToolTimeout, PrefixDrop, TtsCutOff
from bench.alerts_cases.shifts import Surge

Event = dict[str, Any]
SPLIT = "test4"
_hhmm, _report = hhmm, report  # their names here before check_test2 held them (later splits import them)


def _label_only(call: list[Event], normal: list[Event] | None, label: str) -> bool:
    """The call is the normal day's but for its agent ``label`` (``prompt_version``: a deploy's calls
    that go on as before; ``version``: a crashing canary's calls that never reach an utterance)."""
    if normal is None or len(call) != len(normal):
        return False
    strip = [{**e, "agent": {**e["agent"], label: ""}} for e in call]
    return strip == [{**e, "agent": {**e["agent"], label: ""}} for e in normal]


def _audio_short(call: list[Event], chars_per_s: float = 13.0) -> bool:
    """Some agent reply plays for less than half the time its text needs (the slowest TTS rate)."""
    on: int | None = None
    spans: list[tuple[int, int]] = []
    for e in call:
        if e["type"] == "speaker" and e["data"]["who"] == "agent":
            if e["data"]["speaking"]:
                on = e["ts"]
            elif on is not None:
                spans.append((on, e["ts"]))
                on = None
    for e in call:
        if e["type"] == "agent.utterance" and e["data"]["text"] and not e["data"]["interrupted"]:
            span = next(((a, b) for a, b in spans if a == e["ts"]), None)
            if span and span[1] - span[0] < 0.5 * len(e["data"]["text"]) / chars_per_s * 1000:
                return True
    return False


def _effects(
    day: Day, ledger: Ledger, calls: list[list[Event]], normal: dict[str, list[Event]], scale: float
) -> list[str]:
    """What each new effect and benign shift is meant to show, as built; returns failures."""
    failures: list[str] = []
    for case in day.cases:
        effect = case.effect
        marks = ledger.marks.get(case.name, [])
        if isinstance(effect, HourlyToolTimeout):
            bursts = effect.bursts(case)
            per = [sum(a <= ts < b + 20 * 1000 for ts, _ in marks) for a, b in bursts]
            print(f"    timeouts per burst {[f'{hhmm(a)}-{hhmm(b)}' for a, b in bursts]}: {per}")
            calls_in_burst = {  # a failed result may land up to the timeout after its burst
                sid for ts, sid in marks if any(a <= ts < b + effect.timeout_ms + 1_000 for a, b in bursts)
            }
            if len(calls_in_burst) != len(marks):
                failures.append(f"{case.name}: a timeout outside the top of the hour")
            if 0 in per and scale >= 1:  # thinned out, a 7-minute burst may have no call to fail
                failures.append(f"{case.name}: a burst without a timeout")
        if isinstance(effect, TtsCutOff):
            cut = [c for c in calls if c[0]["call_sid"] in ledger.calls(case.name)]
            short = sum(_audio_short(c) for c in cut)
            print(
                f"    {short}/{len(cut)} affected calls have a reply whose audio stops before half its text"
            )
            if short != len(cut):
                failures.append(f"{case.name}: an affected call plays its replies whole")
        if isinstance(effect, PrefixDrop):
            came = [c for c in calls if case.active(c[0]["ts"])]
            from_region = sum(c[0]["data"]["caller"][2:5] in effect.area_codes for c in came)
            usual = [c for c in normal.values() if case.active(c[0]["ts"])]
            print(f"    calls in the window: {len(came)} vs {len(usual)} normally; from the carrier's area "
                  f"codes: {from_region} (missing {len(marks)}, {len(marks) / max(1, len(usual)):.0%})")  # fmt: skip
            if from_region:
                failures.append(f"{case.name}: a caller from the carrier's region got through")
        if isinstance(effect, HolidayMix):
            for wf, rate in effect.stay_away:
                now, before = in_window(case, wf, calls, normal)
                print(
                    f"    {wf}: {now} calls vs {before} normally ({now / max(1, before):.2f}, planned {1 - rate:.2f})"
                )
        if isinstance(effect, BlueGreen):
            inside = [c for c in calls if case.active(c[0]["ts"]) and not c[0]["flags"]["canary"]]
            new = sum(c[0]["agent"]["version"] == effect.version for c in inside)
            print(f"    {new}/{len(inside)} stable calls on {effect.version} ({new / max(1, len(inside)):.0%}, "
                  f"planned {effect.share:.0%}); canary calls {sum(c[0]['flags']['canary'] for c in calls)}")  # fmt: skip
        if isinstance(effect, Surge) and effect.workflow:
            campaign(case, calls, normal)
    return failures


def check_day(day: Day, scale: float) -> list[str]:
    r = reported(day, scale, _report)
    normal, differ = r.normal, r.differ
    deploys = [(k, k.effect.workflow) for k in day.cases if isinstance(k.effect, EagerHandoff)]
    crashing = {k.effect.version for k in day.cases if isinstance(k.effect, CanaryCrash)}
    relabeled = [
        c for c in differ
        if any(k.active(c[0]["ts"]) and c[0]["workflow"] == wf for k, wf in deploys)
        and _label_only(c, normal.get(c[0]["call_sid"]), "prompt_version")
    ]  # fmt: skip
    unspoken = [
        c for c in differ
        if c[0]["agent"]["version"] in crashing and c[0]["flags"]["canary"]
        and not any(e["type"] == "caller.utterance" for e in c)
        and _label_only(c, normal.get(c[0]["call_sid"]), "version")
    ]  # fmt: skip
    rises = [k for k in day.cases if isinstance(k.effect, SlowRise)]
    drifting = [c for c in differ if any(k.onset_ms <= c[0]["ts"] < k.evidence_ms for k in rises)]
    added = [c for c in differ if c[0]["call_sid"] not in normal and c not in drifting]
    print(f"    {r.summary()} ({len(relabeled)} only carry the new prompt's label, {len(unspoken)} only the "
          f"crashing canary build's, never reaching an utterance; {len(drifting)} in a slow rise before it "
          f"reaches its evidence onset)")  # fmt: skip
    failures = r.failures + problems(relabeled + unspoken + drifting)[:5]
    if added:
        failures.append(f"{day.name}: {len(added)} unmarked calls that the normal day does not have")
    failures += r.unexplained(day, len(relabeled) + len(unspoken) + len(drifting))
    return failures + _effects(day, r.ledger, r.calls, normal, scale)


def main() -> None:
    dry_run(__doc__ or "", SPLIT, check_day, missing=True)


if __name__ == "__main__":
    main()
