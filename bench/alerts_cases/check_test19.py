"""A dry run of the ``test19`` days: builds them without judging anything (no pipeline, no detector).
The generic checks are ``check_test7``'s, run by ``check_test12``'s runner through ``checks.dry_run``
(every case changes calls from its onset; changed and added calls valid under the v1 contract; benign
volumes and call lengths printed). On top, what each incident is meant to show, with an earlier split's
check of the same effect where one fits: refill's unheard replies on refill only (``check_test13``);
appointment's garbled turns (``check_test14``); billing's dispute calls looping, on billing and that
intent only, handed off (``check_test16``); a quarter of appointment's calls failing to reach the agent
within 1.5 s, no other line (``checks.unreachable``, 0.1-0.45 of the line's). Two checks are test19's
own, since the earlier carrier-drop check counts one line and no later split's check has a canary crash:
every line at 0.5-0.9 of its usual calls in the platform's window; every crashed call a canary call of
the new build, on more than one line, ended ``failed/agent_error``. Then the benign volumes as planned: appointment x1.35-1.75 in the reminder, every
line x0.72-0.95 in the lunch hour, the release on 27-43% of the stable calls with the volume unchanged.
Unmarked calls that differ from the normal day fail the run (``check_test12``'s count), except canary
calls of the new build in its window that end before the caller speaks (the build's label only).
Run as ``.venv/bin/python -m bench.alerts_cases.check_test19``; its options are ``check_test12.run``'s.
"""

from __future__ import annotations

import sys
from collections import Counter
from typing import Any

from bench.alerts_cases import check_test12 as c12
from bench.alerts_cases import checks
from bench.alerts_cases.case import Case, Day
from bench.alerts_cases.check_test5 import _end, _in
from bench.alerts_cases.check_test6 import _of
from bench.alerts_cases.degradations import CanaryCrash
from bench.alerts_cases.faults import CarrierDrop, Unreachable
from bench.alerts_cases.faults4 import BlueGreen
from bench.alerts_cases.faults6 import LunchLull
from bench.alerts_cases.shifts import Surge

Event = dict[str, Any]
SPLIT = "test19"


def _every_line_drop(case: Case, hit: list[list[Event]], calls: list[list[Event]], normal: dict[str, list[Event]]) -> tuple[str, bool]:  # fmt: skip
    """A platform-side drop of part of the arrivals: every line, not one, at 0.5-0.9 of its usual calls
    in the window (a share 0.3 of the calls never arrive)."""
    now = Counter(c[0]["workflow"] for c in _in(case, calls))
    usual = Counter(c[0]["workflow"] for c in _in(case, list(normal.values())))
    parts = {line: now[line] / max(1, n) for line, n in usual.items()}
    shown = ", ".join(f"{line} {part:.2f}" for line, part in sorted(parts.items()))
    line = f"in the window {dict(now)} against {dict(usual)} normally ({shown})"
    return line, len(parts) == 3 and all(0.5 <= part <= 0.9 for part in parts.values())


def _canary_crash(case: Case, hit: list[list[Event]], calls: list[list[Event]], normal: dict[str, list[Event]]) -> tuple[str, bool]:  # fmt: skip
    """Every crashed call a canary call of the new build, on more than one line (the build is every
    line's), ended by the agent's error."""
    effect = checks.the(case, CanaryCrash)
    builds = Counter((c[0]["agent"]["version"], c[0]["flags"]["canary"]) for c in hit)
    ends = dict(Counter(map(_end, hit)))
    line = f"{len(hit)} calls crashed, builds {dict(builds)}, lines {c12.lines(hit)}; ends {ends}"
    held = bool(hit) and set(builds) == {(effect.version, True)} and len(c12.lines(hit)) > 1
    return line, held and set(ends) == {"failed/agent_error"}


def _label_only(day: Day, call: list[Event]) -> bool:
    """A canary call of the crash's window on the new build that ends before the caller speaks: it
    differs from the normal day by the build's label only."""
    return not _of(call, "caller.utterance") and any(
        isinstance(c.effect, CanaryCrash) and c.active(call[0]["ts"]) and call[0]["agent"]["version"] == c.effect.version
        for c in day.cases
    )  # fmt: skip


_unmarked = c12.unmarked_but(
    _label_only, "unmarked canary calls on the new build that end before the caller speaks"
)


def _hosts_refuse(case: Case, hit: list[list[Event]], calls: list[list[Event]], normal: dict[str, list[Event]]) -> tuple[str, bool]:  # fmt: skip
    """Part of one line's calls (0.1-0.45 of the line's in the window) fail to reach the agent within 1.5 s
    with nothing said; no other line's (``checks.unreachable``)."""
    return checks.unreachable(
        checks.the(case, Unreachable).workflow, case, hit, list(normal.values()), (0.1, 0.45)
    )


# What a ``test19`` incident shows on its built day: its own checks of the canary crash, the drop on every
# line and the refused handshakes; the stall, the garbled line and the flag's loops as ``checks.SHARED``.
evidence = checks.by_effect(
    {CanaryCrash: _canary_crash, CarrierDrop: _every_line_drop, Unreachable: _hosts_refuse}
)


main = checks.dry_run(
    SPLIT, evidence, _unmarked, {Surge: (1.35, 1.75), LunchLull: (0.72, 0.95), BlueGreen: (0.27, 0.43)}
)

if __name__ == "__main__":
    sys.exit(main())
