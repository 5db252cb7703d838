"""A dry run of the ``test16`` days: builds them without judging anything (no pipeline, no detector).
The generic checks are ``check_test7``'s (every case changes calls from its onset; changed and added
calls valid under the v1 contract; benign volumes and call lengths printed). On top, what each incident
is meant to show: every appointment call of the night window failing to reach the agent within 1.5 s
and nothing else touched; canary calls only, on every line, silent once the caller's second utterance
is said and ended by the caller; no refill call while billing receives more than usual; garbled (never
empty) transcripts on billing only; the identity checks either slow and ``ok`` or timed out at 4 s and
handed off (about half each); loops only on refill's ``refill_prescription`` calls, all handed off. Then
the benign volumes as planned: refill x1.45-1.95 after the mail-order letter, every line x0.6-0.85 in
the lunch dip, the release on 52-68% of the stable calls with the volume unchanged. Unmarked calls that
differ from the normal day fail the run, except a canary call of the dead-air window that only carries
the new build's label (it never reached a second utterance in the window).
Run as ``.venv/bin/python -m bench.alerts_cases.check_test16``; its options are ``check_test12.run``'s.
"""

from __future__ import annotations

import sys
from collections import Counter
from typing import Any

from bench.alerts_cases import check_test12 as c12
from bench.alerts_cases import checks
from bench.alerts_cases.case import Case, Day
from bench.alerts_cases.check_test5 import _end
from bench.alerts_cases.check_test6 import _of
from bench.alerts_cases.faults4 import BlueGreen
from bench.alerts_cases.faults5 import BuildDeadAir
from bench.alerts_cases.faults6 import LunchLull
from bench.alerts_cases.shifts import Surge

Event = dict[str, Any]
SPLIT = "test16"


def _canary_silent(case: Case, hit: list[list[Event]], calls: list[list[Event]], normal: dict[str, list[Event]]) -> tuple[str, bool]:  # fmt: skip
    """Canary calls of the build only, silent once the caller's ``after``-th utterance is said, ended by
    the caller."""
    effect = checks.the(case, BuildDeadAir)
    builds = Counter((c[0]["agent"]["version"], c[0]["flags"]["canary"]) for c in hit)
    spoke = [c for c in hit if _of(c, "agent.utterance")[-1]["ts"] > _of(c, "caller.utterance")[effect.after - 1]["ts"]]  # fmt: skip
    ends = dict(Counter(map(_end, hit)))
    line = f"{len(hit)} calls silent after utterance {effect.after}, builds {dict(builds)}, lines {c12.lines(hit)}, agent spoke after it {len(spoke)}; ends {ends}"  # fmt: skip
    held = bool(hit) and set(builds) == {(effect.version, True)} and len(c12.lines(hit)) > 1
    return line, held and not spoke and set(ends) == {"completed/hangup"}


# What a ``test16`` incident shows on its built day: its own check of the canary build's dead air; the night
# line down, the re-route, the garbled line, the deadline and the confirm-step loop as ``checks.SHARED``.
evidence = checks.by_effect({BuildDeadAir: _canary_silent})


def _label_only(day: Day, call: list[Event]) -> bool:
    """A canary call of the dead-air window on the new build that never reached its silent utterance in
    the window: it differs from the normal day by the build's label only."""
    return any(
        isinstance(c.effect, BuildDeadAir) and c.active(call[0]["ts"]) and call[0]["agent"]["version"] == c.effect.version
        for c in day.cases
    )  # fmt: skip


_unmarked = c12.unmarked_but(
    _label_only, "unmarked canary calls on the new build with no silence (label only)"
)


main = checks.dry_run(
    SPLIT, evidence, _unmarked, {Surge: (1.45, 1.95), LunchLull: (0.6, 0.85), BlueGreen: (0.52, 0.68)}
)

if __name__ == "__main__":
    sys.exit(main())
