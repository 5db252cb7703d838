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
Run as ``.venv/bin/python -m bench.alerts_cases.check_test16`` (every day at a quarter of the
volume); ``--scale 1`` for full volume, ``--days test16-a`` for one day, ``--events test16-a`` to
stream that day as the bus carries it, counted and timed.
"""

from __future__ import annotations

import sys
from collections import Counter
from typing import Any

from bench.alerts_cases import check_test12 as c12
from bench.alerts_cases import check_test13 as c13
from bench.alerts_cases import check_test14 as c14
from bench.alerts_cases import checks
from bench.alerts_cases.case import Case, Day
from bench.alerts_cases.check_test5 import _end
from bench.alerts_cases.check_test6 import _of
from bench.alerts_cases.degradations import Asr
from bench.alerts_cases.faults4 import BlueGreen
from bench.alerts_cases.faults5 import BuildDeadAir
from bench.alerts_cases.faults6 import IntentLoop, LunchLull
from bench.alerts_cases.faults7 import Rerouted
from bench.alerts_cases.faults13 import SlowPastDeadline
from bench.alerts_cases.incidents import AgentDown
from bench.alerts_cases.shifts import Surge

Event = dict[str, Any]
SPLIT = "test16"


def _canary_silent(effect: BuildDeadAir, hit: list[list[Event]]) -> tuple[str, bool]:
    """Canary calls of the build only, silent once the caller's ``after``-th utterance is said, ended by
    the caller."""
    builds = Counter((c[0]["agent"]["version"], c[0]["flags"]["canary"]) for c in hit)
    spoke = [c for c in hit if _of(c, "agent.utterance")[-1]["ts"] > _of(c, "caller.utterance")[effect.after - 1]["ts"]]  # fmt: skip
    ends = dict(Counter(map(_end, hit)))
    line = f"{len(hit)} calls silent after utterance {effect.after}, builds {dict(builds)}, lines {c12.lines(hit)}, agent spoke after it {len(spoke)}; ends {ends}"  # fmt: skip
    held = bool(hit) and set(builds) == {(effect.version, True)} and len(c12.lines(hit)) > 1
    return line, held and not spoke and set(ends) == {"completed/hangup"}


def _intent_loop(effect: IntentLoop, hit: list[list[Event]], normal: dict[str, list[Event]]) -> tuple[str, bool]:  # fmt: skip
    """Loops on the line only, on calls planned with the intent, all handed off."""
    planned = Counter(
        e["data"]["intent"] for c in hit for e in _of(normal[c[0]["call_sid"]], "intent.recognized")
    )
    ends = dict(Counter(map(_end, hit)))
    line = f"{len(hit)} looping calls, lines {c12.lines(hit)}, planned intents {dict(planned)}; ends {ends}"
    held = bool(hit) and c12.lines(hit).keys() == {effect.workflow} and set(planned) == {effect.intent}
    return line, held and set(ends) == {"ended/handoff"}


def evidence(case: Case, hit: list[list[Event]], calls: list[list[Event]], normal: dict[str, list[Event]]) -> tuple[str, bool]:  # fmt: skip
    """What a ``test16`` incident shows on its built day: a line to print and whether it holds."""
    effect, before = case.effect, list(normal.values())
    if isinstance(effect, AgentDown):
        return c14._agent_down(effect, case, hit, before)
    if isinstance(effect, BuildDeadAir):
        return _canary_silent(effect, hit)
    if isinstance(effect, Rerouted):
        return c14._rerouted(effect, case, calls, before)
    if isinstance(effect, Asr):
        return c14._garbled(effect, case, hit, calls, normal)
    if isinstance(effect, SlowPastDeadline):
        return c13._past_deadline(effect, hit)
    if isinstance(effect, IntentLoop):
        return _intent_loop(effect, hit, normal)
    return f"no check for {type(effect).__name__}", False


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
