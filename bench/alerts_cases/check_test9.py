"""A dry run of the ``test9`` days: builds them without judging anything (no pipeline, no detector).
The generic checks are ``check_test7``'s (every case changes calls from its onset, at full volume
within 15 min of it; changed and added calls valid under the v1 contract; unmarked calls the normal
day's byte for byte; benign volumes and call lengths). On top, what each new effect is meant to
show: silence only after a barge-in, an agent sign-off and ``agent_end`` with nothing done on
appointment's cut-off calls and call-backs handed off, the refill lookup slowing, no appointment
call while stopped, misheard turns only on the canary build, the context error only on LLM calls
at their 5th utterance, the snow morning's calls moved later and the new model on the GPT calls only.

    .venv/bin/python -m bench.alerts_cases.check_test9                   # every day at 1/4 volume
    .venv/bin/python -m bench.alerts_cases.check_test9 --scale 1 --days test9-a   # full volume
    .venv/bin/python -m bench.alerts_cases.check_test9 --events test9-a   # the bus stream, counted
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import Counter
from typing import Any

from bench.alerts_cases import check_test7 as generic
from bench.alerts_cases import check_test8
from bench.alerts_cases import faults9 as f9
from bench.alerts_cases.case import Case, Day
from bench.alerts_cases.check_test5 import _end, _in
from bench.alerts_cases.check_test6 import _latencies, _of
from bench.alerts_cases.degradations import SlowRise
from bench.alerts_cases.incidents import TrafficStop
from bench.alerts_cases.splits import days

Event = dict[str, Any]
SPLIT = "test9"


def _evidence(case: Case, hit: list[list[Event]], calls: list[list[Event]]) -> tuple[str, bool]:
    """One effect's own evidence: a line to print and whether it holds."""
    effect, ends = case.effect, dict(Counter(map(_end, hit)))
    if isinstance(effect, f9.BargeInDeadAir):
        unbarged = [c for c in hit if not _of(c, "interrupt")]
        return f"{len(hit)} calls silent after a barge-in, without one {len(unbarged)}; ends {ends}", (
            not unbarged and set(ends) == {"completed/hangup"}
        )
    if isinstance(effect, f9.EarlyGoodbye):
        cut = [c for c in hit if f9.signed_off(_of(c, "agent.utterance")[-1]["data"]["text"])]
        back = [c for c in hit if c not in cut]
        cut_ends, back_ends = Counter(map(_end, cut)), Counter(map(_end, back))
        prompts = Counter(c[0]["agent"]["prompt_version"] for c in hit)
        return (
            f"{len(cut)} calls ended early {dict(cut_ends)}, {len(back)} call-backs {dict(back_ends)}; "
            f"prompts {dict(prompts)}",
            bool(cut and back)
            and set(cut_ends) == {"ended/agent_end"}
            and set(back_ends) == {"ended/handoff"},
        )
    if isinstance(effect, SlowRise):
        slow = _latencies(hit, effect.target)
        return f"{len(hit)} calls with {effect.target} +1 s or more, slowest {max(slow, default=0)} ms", (
            max(slow, default=0) > effect.final_ms
        )
    if isinstance(effect, TrafficStop):
        came = Counter(c[0]["workflow"] for c in _in(case, calls))
        return f"in the window {dict(came)}", not came[effect.workflow]
    if isinstance(effect, f9.BuildAsr):
        versions = Counter(c[0]["agent"]["version"] for c in hit)
        return f"{len(hit)} calls misheard, builds {dict(versions)}", set(versions) == {effect.version}
    if isinstance(effect, f9.ContextOverflow):
        rules = [c for c in hit if c[0]["agent"]["model"].startswith("rules")]
        early = [c for c in hit if len(_of(c, "caller.utterance")) != effect.nth]
        return (
            f"{len(hit)} calls refused, on the rules engine {len(rules)}, not at the 5th {len(early)}; {ends}",
            (not rules and not early and set(ends) == {"failed/agent_error"}),
        )
    if isinstance(effect, f9.ModelSwap):
        models = Counter(c[0]["agent"]["model"] for c in hit)
        return f"{len(hit)} calls on the new model {dict(models)}", set(models) == {effect.model}
    if isinstance(effect, f9.SnowMorning):
        late = [c for c in hit if not case.active(c[0]["ts"])]
        return f"{len(hit)} calls moved later, {len(late)} of them past the window's end", bool(hit)
    return "", True


def _explained(case: Case, call: list[Event], normal: list[Event]) -> bool:
    """An unmarked call that differs from the normal day only as its case means it to: a canary
    call on the new build none of whose turns was misheard (only its version label changed), or a
    call whose tool was slowed by less than the creeping tool's 1 s of evidence."""
    effect, started = case.effect, case.active(call[0]["ts"])
    if isinstance(effect, f9.BuildAsr) and started and call[0]["flags"]["canary"]:
        if len(call) != len(normal):
            return False
        old = [
            {**e, "agent": {**e["agent"], "version": n["agent"]["version"]}}
            for e, n in zip(call, normal, strict=True)
        ]
        return old == normal
    return isinstance(effect, SlowRise) and started and bool(_latencies([call], effect.target))


def check_effects(day: Day, scale: float) -> list[str]:
    """The day built again at ``scale``; each case's own evidence printed and checked, and every
    unmarked call that differs from the normal day explained by a case."""
    calls, normal, ledger = generic._built(day, scale)
    failures = []
    for case in sorted(day.cases, key=lambda c: c.onset_ms):
        hit = [c for c in calls if c[0]["call_sid"] in ledger.calls(case.name)]
        line, holds = _evidence(case, hit, calls)
        print(f"  {case.name}: {line}")
        failures += [f"{case.name}: {line}"] * (not holds)
    marked = {sid for case in day.cases for sid in ledger.calls(case.name)}
    differ = [
        c for c in calls if c[0]["call_sid"] in normal.keys() - marked and normal[c[0]["call_sid"]] != c
    ]
    odd = [c for c in differ if not any(_explained(k, c, normal[c[0]["call_sid"]]) for k in day.cases)]
    print(f"  {len(differ)} unmarked calls differ from the normal day, {len(odd)} not by a case's design")
    return failures + [f"{day.name}: {len(odd)} unmarked calls differ from the normal day"] * bool(odd)


def _arguments(argv: list[str] | None) -> argparse.Namespace:
    """The command line: ``check_test7``'s options (``--days``, ``--scale``, ``--events``)."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    for flag, options in generic.OPTIONS.items():
        parser.add_argument(flag, **options)
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    """Stream one day (``--events``, as ``check_test8`` does), or check the chosen days; 1 on any
    failure."""
    args = _arguments(argv)
    random.seed(0)  # nothing may depend on the global generator: a stray draw would change the days
    if args.events:
        check_test8.SPLIT = SPLIT  # its stream() reads the split's days by this name
        return check_test8.stream(args.events)
    failures: list[str] = []
    for day in days(SPLIT):
        if not args.days or day.name in args.days:  # the generic count of differing calls is redone
            generic_failures = generic.check_day(day, args.scale)  # by check_effects, with reasons
            failures += [
                f for f in generic_failures if not f.endswith("unmarked calls differ from the normal day")
            ]
            failures += check_effects(day, args.scale)
    print("\n".join(["", "FAILED:", *failures]) if failures else "\nok: every case shows from its onset")
    return int(bool(failures))


if __name__ == "__main__":
    sys.exit(main())
