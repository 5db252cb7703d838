"""A dry run of the ``test20`` days: builds them without judging anything (no pipeline, no detector).
The generic checks are ``check_test7``'s, run by ``check_test12``'s runner (every case changes calls
from its onset; changed and added calls valid under the v1 contract; benign volumes and call lengths
printed). On top, what each incident is meant to show, with an earlier split's check where one fits:
refill at 0.3-0.7 of its usual calls in the carrier's window (``check_test10``); appointment's calls
silent once a tool answered (``check_test15``); the experiment's loops on billing only
(``check_test11``); the canary's misheard calls all on its build (``check_test9``). Two are test20's
own, since the earlier checks count every line or no line: half of billing's night calls (0.3-0.7 of
the line's) cut mid-call, ``failed/upstream_lost``, shorter than normally, no other line; every slow
``find_account`` 4 s or more, on billing only. Then the benign volumes: every line x0.65-0.85 on the
holiday morning, each line near its own stay-away (so the mix changes, not only the volume), billing
x1.45-1.85 in the mail-out, every line x1.03-1.15 once the new line is live. Unmarked calls that differ
from the normal day fail the run, except two kinds a case changes without marking: the experiment's
calls that carry its prompt but end before a repeat, and canary calls on the new build none of whose
turns was misheard (the build's label only).
Run as ``.venv/bin/python -m bench.alerts_cases.check_test20``; its options are ``check_test12.run``'s.
"""

from __future__ import annotations

import sys
from collections import Counter
from typing import Any

from bench.alerts_cases import check_test9 as c9
from bench.alerts_cases import check_test12 as c12
from bench.alerts_cases import checks
from bench.alerts_cases.benign import HolidayMix
from bench.alerts_cases.case import Case, Day
from bench.alerts_cases.check_test5 import _end, _in
from bench.alerts_cases.day import Ledger
from bench.alerts_cases.faults import PromptLoop
from bench.alerts_cases.faults5 import SocketDrop
from bench.alerts_cases.faults9 import BuildAsr
from bench.alerts_cases.shifts import Launch, Surge

Event = dict[str, Any]
SPLIT = "test20"
BOUNDS = {Surge: (1.45, 1.85), Launch: (1.03, 1.15), HolidayMix: (0.65, 0.85)}


def _line_socket_drop(case: Case, hit: list[list[Event]], calls: list[list[Event]], normal: dict[str, list[Event]]) -> tuple[str, bool]:  # fmt: skip
    """A share of one line's calls (0.3-0.7 of the line's in the window) cut mid-call, each shorter than
    normally, ``failed/upstream_lost``; no other line's."""
    effect = checks.the(case, SocketDrop)
    ends, lines = dict(Counter(map(_end, hit))), c12.lines(hit)
    part = len(hit) / max(1, len(_in(case, list(normal.values()), effect.workflow)))
    whole = [c for c in hit if c[-1]["ts"] >= normal[c[0]["call_sid"]][-1]["ts"]]  # not cut short
    line = f"{len(hit)} calls cut mid-call ({part:.2f} of the line's in the window), lines {lines}, not shorter than normally {len(whole)}; ends {ends}"  # fmt: skip
    held = bool(hit) and lines.keys() == {effect.workflow} and set(ends) == {"failed/upstream_lost"}
    return line, held and 0.3 <= part <= 0.7 and not whole


def _canary_garbled(case: Case, hit: list[list[Event]], calls: list[list[Event]], normal: dict[str, list[Event]]) -> tuple[str, bool]:  # fmt: skip
    """The canary build's garbled calls as ``check_test9`` checks them, and their part of the window's canary
    calls."""
    line, held = c9._evidence(case, hit, calls)
    canary = len([c for c in _in(case, calls) if c[0]["flags"]["canary"]])
    return f"{line}, {len(hit) / max(1, canary):.2f} of the window's canary calls", held and bool(hit)


# What a ``test20`` incident shows on its built day: its own checks of one line's dropped sockets and of the
# canary build's garbled calls; the slow tool, the carrier, the dead air after a tool and the experiment's
# loops as ``checks.SHARED``.
evidence = checks.by_effect({SocketDrop: _line_socket_drop, BuildAsr: _canary_garbled})


def _why(day: Day, call: list[Event], normal: list[Event]) -> str:
    """Why an unmarked call differs from the normal day: the experiment's prompt on a call that ended
    before a repeat, or the canary build's label on a call none of whose turns was misheard; anything
    else is unexplained."""
    for case in (c for c in day.cases if c.active(call[0]["ts"])):
        effect = case.effect
        if isinstance(effect, PromptLoop) and call[0]["agent"]["prompt_version"] == effect.prompt_version:
            return f"{case.kind}: ended before a repeat"
        if isinstance(effect, BuildAsr) and c9._explained(case, call, normal):
            return f"{case.kind}: canary build, nothing misheard"
    return "unexplained"


def _unmarked(day: Day, calls: list[list[Event]], normal: dict[str, list[Event]], ledger: Ledger) -> int:
    """``check_test12.unexplained`` with test20's reasons (each call judged against its normal self)."""
    return c12.unexplained(lambda d, c: _why(d, c, normal[c[0]["call_sid"]]), day, calls, normal, ledger)


def _mix(effect: HolidayMix, case: Case, calls: list[list[Event]], normal: list[list[Event]]) -> tuple[str, bool]:  # fmt: skip
    """The holiday's volume on every line within ``BOUNDS``, and each line within 0.12 of one minus its
    own stay-away (the lines drop by different amounts)."""
    share, line = c12.ratio(case, calls, normal)
    low, high = BOUNDS[HolidayMix]
    held = low <= share <= high
    for workflow, away in effect.stay_away:
        part, each = c12.ratio(case, calls, normal, workflow)
        line, held = f"{line}; {each}", held and abs(part - (1 - away)) <= 0.12
    return line, held


def volume(case: Case, hit: list[list[Event]], calls: list[list[Event]], normal: list[list[Event]]) -> tuple[str, bool]:  # fmt: skip
    """A benign shift's volume as planned (``check_test12.planned_volume``), the holiday's per line too."""
    if isinstance(case.effect, HolidayMix):
        return _mix(case.effect, case, calls, normal)
    return c12.planned_volume(case, hit, calls, normal, dict(BOUNDS))


def incidents(day: Day, scale: float) -> list[str]:
    """Each incident's evidence and the unmarked calls, then the benign volumes, on the day built at ``scale``."""
    return c12.with_volumes(day, scale, c12.day_incidents(day, scale, evidence, _unmarked), volume)


def main(argv: list[str] | None = None) -> int:
    """Stream one day (``--events``), or check the chosen days; 1 on any failure."""
    return c12.run(SPLIT, incidents, argv)


if __name__ == "__main__":
    sys.exit(main())
