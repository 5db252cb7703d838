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
from bench.alerts_cases.case import Case, Day
from bench.alerts_cases.check_test5 import _end, _in
from bench.alerts_cases.check_test6 import _of
from bench.alerts_cases.day import Ledger
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


def _lines(calls: list[list[Event]]) -> dict[str, int]:
    return dict(Counter(c[0]["workflow"] for c in calls))


def _canary_silent(effect: BuildDeadAir, hit: list[list[Event]]) -> tuple[str, bool]:
    """Canary calls of the build only, silent once the caller's ``after``-th utterance is said, ended by
    the caller."""
    builds = Counter((c[0]["agent"]["version"], c[0]["flags"]["canary"]) for c in hit)
    spoke = [c for c in hit if _of(c, "agent.utterance")[-1]["ts"] > _of(c, "caller.utterance")[effect.after - 1]["ts"]]  # fmt: skip
    ends = dict(Counter(map(_end, hit)))
    line = f"{len(hit)} calls silent after utterance {effect.after}, builds {dict(builds)}, lines {_lines(hit)}, agent spoke after it {len(spoke)}; ends {ends}"  # fmt: skip
    held = bool(hit) and set(builds) == {(effect.version, True)} and len(_lines(hit)) > 1
    return line, held and not spoke and set(ends) == {"completed/hangup"}


def _intent_loop(effect: IntentLoop, hit: list[list[Event]], normal: dict[str, list[Event]]) -> tuple[str, bool]:  # fmt: skip
    """Loops on the line only, on calls planned with the intent, all handed off."""
    planned = Counter(
        e["data"]["intent"] for c in hit for e in _of(normal[c[0]["call_sid"]], "intent.recognized")
    )
    ends = dict(Counter(map(_end, hit)))
    line = f"{len(hit)} looping calls, lines {_lines(hit)}, planned intents {dict(planned)}; ends {ends}"
    held = bool(hit) and _lines(hit).keys() == {effect.workflow} and set(planned) == {effect.intent}
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


def _ratio(case: Case, calls: list[list[Event]], normal: list[list[Event]], workflow: str | None = None) -> tuple[float, str]:  # fmt: skip
    now, usual = len(_in(case, calls, workflow)), len(_in(case, normal, workflow))
    return now / max(
        1, usual
    ), f"{workflow or 'every line'} x{now / max(1, usual):.2f} ({now} calls against {usual})"


def volume(case: Case, hit: list[list[Event]], calls: list[list[Event]], normal: list[list[Event]]) -> tuple[str, bool]:  # fmt: skip
    """A benign shift's volume as planned: a line to print and whether it holds."""
    effect = case.effect
    if isinstance(effect, Surge):
        ratio, line = _ratio(case, calls, normal, effect.workflow)
        return line, 1.45 <= ratio <= 1.95
    if isinstance(effect, LunchLull):
        ratio, line = _ratio(case, calls, normal)
        return line, 0.6 <= ratio <= 0.85
    if isinstance(effect, BlueGreen):
        stable = [c for c in _in(case, calls) if not c[0]["flags"]["canary"]]
        versions = Counter(c[0]["agent"]["version"] for c in hit)
        share = len(hit) / max(1, len(stable))
        same = len(_in(case, calls)) == len(_in(case, normal))
        line = (
            f"{len(hit)} calls on {dict(versions)} ({share:.2f} of the stable calls), volume unchanged {same}"
        )
        return line, set(versions) == {effect.version} and 0.52 <= share <= 0.68 and same
    return f"no check for {type(effect).__name__}", False


def _label_only(day: Day, call: list[Event]) -> bool:
    """A canary call of the dead-air window on the new build that never reached its silent utterance in
    the window: it differs from the normal day by the build's label only."""
    return any(
        isinstance(c.effect, BuildDeadAir) and c.active(call[0]["ts"]) and call[0]["agent"]["version"] == c.effect.version
        for c in day.cases
    )  # fmt: skip


def _unmarked(day: Day, calls: list[list[Event]], normal: dict[str, list[Event]], ledger: Ledger) -> int:
    """``check_test12``'s count of unexplained unmarked calls, once the canary's label-only calls are set
    aside (and counted)."""
    marked = {sid for case in day.cases for sid in ledger.calls(case.name)}
    labelled = {c[0]["call_sid"] for c in calls if c[0]["call_sid"] not in marked and _label_only(day, c)}
    print(f"  unmarked canary calls on the new build with no silence (label only): {len(labelled)}")
    return c12._unmarked(day, [c for c in calls if c[0]["call_sid"] not in labelled], normal, ledger)


def incidents(day: Day, scale: float) -> list[str]:
    """The day built again at ``scale``; each incident's own evidence printed and checked, then each
    benign shift's volume (``check_test12.with_volumes``), then the unmarked calls (test12's runner, this
    split's explanations)."""
    return c12.with_volumes(day, scale, c12.day_incidents(day, scale, evidence, _unmarked), volume)


def main(argv: list[str] | None = None) -> int:
    """Stream one day (``--events``), or check the chosen days; 1 on any failure."""
    return c12.run(SPLIT, incidents, argv)


if __name__ == "__main__":
    sys.exit(main())
