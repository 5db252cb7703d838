"""A dry run of the ``test14`` days: builds them without judging anything (no pipeline, no detector).
The generic checks are ``check_test7``'s (every case changes calls from its onset; changed and added
calls valid under the v1 contract; benign volumes and call lengths printed). On top, what each incident
is meant to show: every refill call at night failing to reach the agent within 1.5 s and no other
line touched, appointment's gpt-4o-mini calls silent after the first utterance and ended by the caller
(no other line or model), no billing call while refill takes more than usual, garbled transcripts on
appointment only, the pharmacy lookups either slow and ``ok`` or timed out at the deadline and handed
off (about half each), loops on billing only, all handed off, more of them late in the window than
early. Then the benign volumes as planned: appointment x1.3-1.7 during the mail-out, the window x0.6-0.85
at lunch, the release on 18-32% of the stable calls with the volume unchanged. Unmarked calls that
differ from the normal day are counted and fail the run (``check_test12``'s count).
Run as ``.venv/bin/python -m bench.alerts_cases.check_test14``; its options are ``check_test12.run``'s.
"""

from __future__ import annotations

import sys
from collections import Counter
from typing import Any

from bench.alerts_cases import check_test12 as c12
from bench.alerts_cases import checks
from bench.alerts_cases.case import Case
from bench.alerts_cases.check_test5 import _end
from bench.alerts_cases.check_test6 import _of
from bench.alerts_cases.check_test12 import lines as _lines
from bench.alerts_cases.faults4 import BlueGreen
from bench.alerts_cases.faults6 import LunchLull
from bench.alerts_cases.faults8 import ModelDeadAir
from bench.alerts_cases.shifts import Surge

Event = dict[str, Any]
SPLIT = "test14"


def _model_dead_air(case: Case, hit: list[list[Event]], calls: list[list[Event]], normal: dict[str, list[Event]]) -> tuple[str, bool]:  # fmt: skip
    """Silent after the caller's first utterance, only the model's calls on the line, ended by the caller."""
    effect = checks.the(case, ModelDeadAir)
    ends, lines = dict(Counter(map(_end, hit))), _lines(hit)
    models = Counter(c[0]["agent"]["model"].split("-2")[0] for c in hit)
    answered = [c for c in hit if _of(c, "agent.utterance") and _of(c, "agent.utterance")[-1]["ts"] > _of(c, "caller.utterance")[0]["ts"]]  # fmt: skip
    line = f"{len(hit)} calls silent after the first utterance, models {dict(models)}, lines {lines}, answered after it {len(answered)}; ends {ends}"  # fmt: skip
    held = bool(hit) and set(models) == {effect.model} and lines.keys() == {effect.workflow}
    return line, held and not answered and set(ends) == {"completed/hangup"}


# What a ``test14`` incident shows on its built day: its own check of the model's dead air; the night
# deploy's line down, the re-route, the garbled line, the deadline and the store's loops as ``checks.SHARED``.
evidence = checks.by_effect({ModelDeadAir: _model_dead_air})

main = checks.dry_run(
    SPLIT, evidence, c12._unmarked, {Surge: (1.3, 1.7), LunchLull: (0.6, 0.85), BlueGreen: (0.18, 0.32)}
)

if __name__ == "__main__":
    sys.exit(main())
