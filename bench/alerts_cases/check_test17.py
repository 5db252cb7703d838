"""A dry run of the ``test17`` days: builds them without judging anything (no pipeline, no detector).
The generic checks are ``check_test7``'s, run by ``check_test12``'s runner (every case changes calls
from its onset; changed and added calls valid under the v1 contract; benign volumes and call lengths
printed). On top, what each incident is meant to show, each with an earlier split's check of the same
effect: every appointment call of the night window failing to reach the agent within 1.5 s and no
other line (``check_test14``); refill calls only left in silence and ended by the caller
(``check_test13``); appointment at 0.3-0.7 of its usual calls in the trunk's window (``check_test10``);
garbled (never empty) transcripts on refill only (``check_test14``); the status checks either slow and
``ok`` or timed out at 5 s and handed off, about half each (``check_test13``); loops on appointment
only, all handed off, more in the window's second half (``check_test14``). Then the benign volumes as
planned: every line x1.15-1.35 on the heat-wave morning, x0.68-0.9 in the lunch dip, the release on
32-48% of the stable calls with the volume unchanged. Unmarked calls that differ from the normal day
fail the run (``check_test12``'s count).
Run as ``.venv/bin/python -m bench.alerts_cases.check_test17``; its options are ``check_test12.run``'s.
"""

from __future__ import annotations

import sys
from typing import Any

from bench.alerts_cases import check_test12 as c12
from bench.alerts_cases import checks
from bench.alerts_cases.faults4 import BlueGreen
from bench.alerts_cases.faults6 import LunchLull
from bench.alerts_cases.shifts import Surge

Event = dict[str, Any]
SPLIT = "test17"


# What a ``test17`` incident shows on its built day: every check is an earlier split's for the same effect
# (``checks.SHARED``).
evidence = checks.by_effect({})

main = checks.dry_run(
    SPLIT, evidence, c12._unmarked, {Surge: (1.15, 1.35), LunchLull: (0.68, 0.9), BlueGreen: (0.32, 0.48)}
)

if __name__ == "__main__":
    sys.exit(main())
