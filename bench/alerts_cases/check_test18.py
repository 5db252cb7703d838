"""A dry run of the ``test18`` days: builds them without judging anything (no pipeline, no detector).
The generic checks are ``check_test7``'s, run by ``check_test12``'s runner (every case changes calls
from its onset; changed and added calls valid under the v1 contract; benign volumes and call lengths
printed). On top, what each incident is meant to show, with an earlier split's check of the same
effect where one fits: appointment's stalled calls silent, on appointment only (``check_test10``);
billing at 0.3-0.7 of its usual calls in the carrier's window (``check_test10``); every throttled call
a failed ``lookup_caller`` and a ``tool_failure`` hand-off (``check_test11``), on billing only; the
experiment's loops on refill only (``check_test11``). Two checks are test18's own, since no earlier
check fits a line-scoped partial effect of these kinds: half of billing's night calls (0.3-0.7 of the
line's) failing to reach the agent within 1.5 s, no other line; appointment's transcripts empty, no
other line. Then the benign volumes as planned: billing x1.3-1.7 in the mail-out, every line
x0.7-0.9 on the school-break afternoon, the release on 9-21% of the stable calls with the volume
unchanged. Unmarked calls that differ from the normal day fail the run, except the experiment's
calls that carry its prompt but end before a repeat (``check_test11``'s count, which sets those aside).
Run as ``.venv/bin/python -m bench.alerts_cases.check_test18``; its options are ``check_test12.run``'s.
"""

from __future__ import annotations

import sys
from collections import Counter
from typing import Any

from bench.alerts_cases import check_test11 as c11
from bench.alerts_cases import check_test12 as c12
from bench.alerts_cases import checks
from bench.alerts_cases.case import Case
from bench.alerts_cases.check_test5 import _end
from bench.alerts_cases.check_test6 import _of
from bench.alerts_cases.degradations import Asr
from bench.alerts_cases.faults import Unreachable
from bench.alerts_cases.faults4 import BlueGreen
from bench.alerts_cases.shifts import Holiday, Surge

Event = dict[str, Any]
SPLIT = "test18"


def _line_unreachable(case: Case, hit: list[list[Event]], calls: list[list[Event]], normal: dict[str, list[Event]]) -> tuple[str, bool]:  # fmt: skip
    """A share of one line's calls (0.3-0.7 of the line's in the window) fail to reach the agent within
    1.5 s with nothing said; no other line's (``checks.unreachable``)."""
    return checks.unreachable(
        checks.the(case, Unreachable).workflow, case, hit, list(normal.values()), (0.3, 0.7)
    )


def _line_empty(case: Case, hit: list[list[Event]], calls: list[list[Event]], normal: dict[str, list[Event]]) -> tuple[str, bool]:  # fmt: skip
    """Empty transcripts on the line only: every affected call has at least one empty caller turn."""
    effect = checks.the(case, Asr)
    lines = c12.lines(hit)
    empty = [c for c in hit if any(not e["data"]["text"] for e in _of(c, "caller.utterance"))]
    line = f"{len(hit)} calls with empty transcripts ({len(empty)} with an empty turn), lines {lines}; ends {dict(Counter(map(_end, hit)))}"  # fmt: skip
    return line, bool(hit) and lines.keys() == {effect.workflow} and len(empty) == len(hit)


# What a ``test18`` incident shows on its built day: its own checks of half a line's night calls refused
# and of one line's empty transcripts; the stalls, the carrier, the throttled tool and the experiment's
# loops as ``checks.SHARED`` (``check_test10``'s and ``check_test11``'s checks, the latter on one line).
evidence = checks.by_effect({Unreachable: _line_unreachable, Asr: _line_empty})


# unmarked calls: test11's count, which sets aside the experiment's calls that end before a repeat
main = checks.dry_run(
    SPLIT, evidence, c11._unexplained, {Surge: (1.3, 1.7), Holiday: (0.7, 0.9), BlueGreen: (0.09, 0.21)}
)

if __name__ == "__main__":
    sys.exit(main())
