"""A dry run of the ``test15`` days: builds them without judging anything (no pipeline, no detector).
The generic checks are ``check_test7``'s (every case changes calls from its onset; changed and added
calls valid under the v1 contract; benign volumes and call lengths printed). On top, what each incident
is meant to show: a share of the night window's calls (30-90%) cut mid-call and ended
``failed/upstream_lost``, each shorter than on the normal day; billing's calls silent once their first
tool has answered, no other line, ended by the caller; no billing or refill call while appointment
arrives as usual; empty transcripts on refill only and never in a call's first two utterances; the account
lookups either slow and ``ok`` or timed out at the deadline and handed off (about half each); loops
only on the canary build, all handed off. Then the benign volumes as planned: appointment x1.55-2.05
after the snow closures, the release on 68-82% of the stable calls with the volume unchanged, every
line x0.55-0.75 on the cup-final afternoon. Unmarked calls that differ from the normal day fail the
run, except a canary call on the new build that only carries its label (no question to re-ask).
Run as ``.venv/bin/python -m bench.alerts_cases.check_test15``; its options are ``check_test12.run``'s.
"""

from __future__ import annotations

import sys
from collections import Counter
from typing import Any

from bench.alerts_cases import check_test11 as c11
from bench.alerts_cases import check_test12 as c12
from bench.alerts_cases import checks
from bench.alerts_cases.case import Case, Day
from bench.alerts_cases.check_test5 import _end, _in
from bench.alerts_cases.check_test6 import _of
from bench.alerts_cases.check_test12 import lines as _lines
from bench.alerts_cases.day import Ledger
from bench.alerts_cases.faults3 import CanaryLoop
from bench.alerts_cases.faults4 import BlueGreen
from bench.alerts_cases.faults5 import SocketDrop
from bench.alerts_cases.faults8 import LateAsr
from bench.alerts_cases.faults11 import LinesStop
from bench.alerts_cases.shifts import Holiday, Surge

Event = dict[str, Any]
SPLIT = "test15"


def _socket_drop(case: Case, hit: list[list[Event]], calls: list[list[Event]], normal: dict[str, list[Event]]) -> tuple[str, bool]:  # fmt: skip
    """A share of the window's calls cut mid-call: ``failed/upstream_lost``, each shorter than normally."""
    ends, share = dict(Counter(map(_end, hit))), len(hit) / max(1, len(_in(case, list(normal.values()))))
    whole = [c for c in hit if c[-1]["ts"] >= normal[c[0]["call_sid"]][-1]["ts"]]  # not cut short
    line = f"{len(hit)} calls cut mid-call ({share:.2f} of the window's), lines {_lines(hit)}, not shorter than normally {len(whole)}; ends {ends}"  # fmt: skip
    return line, bool(hit) and set(ends) == {"failed/upstream_lost"} and 0.3 <= share <= 0.9 and not whole


def _late_empty(case: Case, hit: list[list[Event]], calls: list[list[Event]], normal: dict[str, list[Event]]) -> tuple[str, bool]:  # fmt: skip
    """Empty transcripts only on the line, none within a call's first ``after`` utterances."""
    effect = checks.the(case, LateAsr)
    said = [_of(c, "caller.utterance") for c in hit]
    early = sum(any(not e["data"]["text"] for e in s[: effect.after]) for s in said)
    empty = sum(not e["data"]["text"] for s in said for e in s)
    share = len(hit) / max(1, len(_in(case, calls, effect.workflow)))
    line = f"{len(hit)} calls misheard late ({share:.2f} of the line's in the window), lines {_lines(hit)}, {empty} empty transcripts, empty within the first {effect.after} {early}; ends {dict(Counter(map(_end, hit)))}"  # fmt: skip
    return line, bool(hit) and _lines(hit).keys() == {effect.workflow} and not early and empty >= len(hit)


def _canary_loop(case: Case, hit: list[list[Event]], calls: list[list[Event]], normal: dict[str, list[Event]]) -> tuple[str, bool]:  # fmt: skip
    """Loops only on the canary build (every line), all handed off."""
    effect = checks.the(case, CanaryLoop)
    builds = Counter(c[0]["agent"]["version"] for c in hit)
    stable = [c for c in hit if not c[0]["flags"]["canary"]]
    ends = dict(Counter(map(_end, hit)))
    line = f"{len(hit)} looping calls on builds {dict(builds)}, lines {_lines(hit)}, off the canary share {len(stable)}; ends {ends}"  # fmt: skip
    return line, bool(hit) and set(builds) == {effect.version} and not stable and set(ends) == {
        "ended/handoff"
    }


def _lines_stop(case: Case, hit: list[list[Event]], calls: list[list[Event]], normal: dict[str, list[Event]]) -> tuple[str, bool]:  # fmt: skip
    """Lines that stop taking calls, as ``check_test11`` checks them."""
    return c11._lines_stop(checks.the(case, LinesStop), case, calls, list(normal.values()))


# What a ``test15`` incident shows on its built day: its own checks, then the dead air after a tool and the
# deadline as ``checks.SHARED``.
evidence = checks.by_effect(
    {SocketDrop: _socket_drop, LinesStop: _lines_stop, LateAsr: _late_empty, CanaryLoop: _canary_loop}
)


def _why(day: Day, call: list[Event]) -> str:
    """Why an unmarked call differs from the normal day: a canary call of the loop's window runs the
    new build (its label and prompt) though it had no question to re-ask; anything else is unexplained."""
    for case in (c for c in day.cases if c.active(call[0]["ts"])):
        if isinstance(case.effect, CanaryLoop) and call[0]["agent"]["version"] == case.effect.version:
            return f"{case.kind}: canary build, no loop"
    return "unexplained"


def _unmarked(day: Day, calls: list[list[Event]], normal: dict[str, list[Event]], ledger: Ledger) -> int:
    return c12.unexplained(_why, day, calls, normal, ledger)


main = checks.dry_run(
    SPLIT, evidence, _unmarked, {Surge: (1.55, 2.05), Holiday: (0.55, 0.75), BlueGreen: (0.68, 0.82)}
)

if __name__ == "__main__":
    sys.exit(main())
