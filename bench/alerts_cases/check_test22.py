"""A dry run of the ``test22`` days: builds them without judging anything (no pipeline, no detector).
The generic checks are ``check_test7``'s, run by ``check_test12``'s runner (every case changes calls
from its onset; changed and added calls valid under the v1 contract; benign volumes printed). On top,
what each incident is meant to show, with an earlier split's check where one fits: refill's slowed
``verify_member`` at 2.8 s or more, on refill only (``check_test20``); the prescription lookup's
creep past 1 s (``check_test12``); appointment's bookings refused and handed off (``check_test11``),
on appointment only, 0.45-0.9 of the window's calls that book. Three are test22's own: billing's
calls in the half-ported window only from the two regions still on the old route, 5-35% of its usual
calls, the other lines untouched; billing's replies whose audio stops before half their text, on a
third to three quarters of billing's window calls, the callers hanging up; refill's calls asked twice
for the date of birth, a quarter or more of them handed off. Then the benign shifts: the holiday
eve's rush line by line (refill x1.35-1.85, appointment x1.25-1.65, billing x1.0-1.3), billing
x1.6-2.1 on its due date, and every call of the maintenance notice's window carrying the notice,
ending as it would have, 0.8-2.5 s later at the median. Unmarked calls that differ from the normal
day fail the run (``check_test11``'s count).
Run as ``.venv/bin/python -m bench.alerts_cases.check_test22``; its options are ``check_test12.run``'s.
"""

from __future__ import annotations

import statistics
import sys
from collections import Counter
from typing import Any

from bench.alerts_cases import check_test11 as c11
from bench.alerts_cases import check_test12 as c12
from bench.alerts_cases import checks
from bench.alerts_cases.case import Case
from bench.alerts_cases.check_test4 import _audio_short
from bench.alerts_cases.check_test5 import _end, _in
from bench.alerts_cases.check_test6 import _latencies, _of
from bench.alerts_cases.degradations import SlowRise
from bench.alerts_cases.effect import Effect
from bench.alerts_cases.faults import ToolErrors
from bench.alerts_cases.faults4 import TtsCutOff
from bench.alerts_cases.faults8 import DoubleVerify
from bench.alerts_cases.faults14 import EveRush, GreetingNotice, PortedLineDrop
from bench.alerts_cases.shifts import Surge

Event = dict[str, Any]
SPLIT = "test22"
BOUNDS: dict[type[Effect], tuple[float, float]] = {Surge: (1.6, 2.1)}
EVE = {"refill": (1.35, 1.85), "appointment": (1.25, 1.65), "billing": (1.0, 1.3)}


def _half_ported(case: Case, hit: list[list[Event]], calls: list[list[Event]], normal: dict[str, list[Event]]) -> tuple[str, bool]:  # fmt: skip
    """The line's window calls only from the regions still on the old route, 5-35% of its usual ones;
    the other lines' window calls as usual."""
    effect, before = checks.the(case, PortedLineDrop), list(normal.values())
    came, usual = Counter(c[0]["workflow"] for c in _in(case, calls)), Counter(c[0]["workflow"] for c in _in(case, before))  # fmt: skip
    regions = Counter(c[0]["data"]["caller"][2:5] for c in _in(case, calls, effect.workflow))
    part = came[effect.workflow] / max(1, usual[effect.workflow])
    others = all(came[w] == usual[w] for w in usual if w != effect.workflow)
    line = f"{effect.workflow} x{part:.2f} ({came[effect.workflow]} calls against {usual[effect.workflow]}) from regions {dict(regions)}; other lines as usual {others}"  # fmt: skip
    return line, 0.05 <= part <= 0.35 and not set(regions) & set(effect.area_codes) and others


def _cut_audio(case: Case, hit: list[list[Event]], calls: list[list[Event]], normal: dict[str, list[Event]]) -> tuple[str, bool]:  # fmt: skip
    """Every affected call with a reply whose audio stops before half its text, on the line only, a
    third to three quarters of the line's window calls, the callers hanging up."""
    effect = checks.the(case, TtsCutOff)
    ends, lines = dict(Counter(map(_end, hit))), c12.lines(hit)
    short = sum(_audio_short(c) for c in hit)
    part = len(hit) / max(1, len(_in(case, calls, effect.workflow)))
    line = f"{len(hit)} calls with truncated audio ({part:.2f} of the line's in the window), cut before half the text {short}, lines {lines}; ends {ends}"  # fmt: skip
    held = bool(hit) and short == len(hit) and lines.keys() == {effect.workflow}
    return line, held and 0.33 <= part <= 0.75 and set(ends) == {"completed/hangup"}


def _asked_twice(case: Case, hit: list[list[Event]], calls: list[list[Event]], normal: dict[str, list[Event]]) -> tuple[str, bool]:  # fmt: skip
    """The line's calls asked twice for the date of birth, on the line only, some verified twice and a
    quarter or more handed off (half give up at the second asking; some of the rest are handed off for
    their own reasons, as on any day)."""
    effect = checks.the(case, DoubleVerify)
    ends, lines = Counter(map(_end, hit)), c12.lines(hit)
    twice = sum(sum(e["data"]["tool"] == "verify_member" for e in _of(c, "tool.called")) == 2 for c in hit)
    gave_up = ends["ended/handoff"] / max(1, len(hit))
    line = f"{len(hit)} calls asked twice for the date of birth, verified twice {twice}, handed off {gave_up:.2f}, lines {lines}; ends {dict(ends)}"  # fmt: skip
    return line, bool(hit) and twice > 0 and lines.keys() == {effect.workflow} and gave_up >= 0.25


def _refused(case: Case, hit: list[list[Event]], calls: list[list[Event]], normal: dict[str, list[Event]]) -> tuple[str, bool]:  # fmt: skip
    """``check_test11``'s refused and handed-off calls, on the line only, 0.45-0.9 of the window's
    calls that use the tool."""
    effect = checks.the(case, ToolErrors)
    line, held = c11.evidence(case, hit, calls, list(normal.values()))
    used = [c for c in _in(case, calls, effect.workflow) if _latencies([c], effect.tool)]
    part, lines = len(hit) / max(1, len(used)), c12.lines(hit)
    return f"{line}; {part:.2f} of the {len(used)} using it; lines {lines}", held and lines.keys() == {effect.workflow} and 0.45 <= part <= 0.9  # fmt: skip


# What a ``test22`` incident shows on its built day: its own checks (``check_test12``'s for the slow rise),
# then ``checks.SHARED``.
evidence = checks.by_effect(
    {
        PortedLineDrop: _half_ported,
        TtsCutOff: _cut_audio,
        SlowRise: c12.evidence,
        ToolErrors: _refused,
        DoubleVerify: _asked_twice,
    }
)


def _eve(case: Case, hit: list[list[Event]], calls: list[list[Event]], normal: list[list[Event]]) -> tuple[str, bool]:  # fmt: skip
    """Each line's window volume against the normal day's, within its range (``EVE``)."""
    ratios = {line: c12.ratio(case, calls, normal, line) for line in EVE}
    held = all(EVE[line][0] <= share <= EVE[line][1] for line, (share, _) in ratios.items())
    return "; ".join(text for _, text in ratios.values()), held


def _notice(case: Case, hit: list[list[Event]], calls: list[list[Event]], normal: list[list[Event]]) -> tuple[str, bool]:  # fmt: skip
    """Every window call marked, its greeting carrying the notice, ending as it would have, later by
    0.8-2.5 s at the median."""
    effect = checks.the(case, GreetingNotice)
    usual = {c[0]["call_sid"]: c for c in normal}
    window = {c[0]["call_sid"] for c in _in(case, calls) if c[0]["call_sid"] in usual}
    said = [c for c in hit if effect.notice in next(e["data"]["text"] for e in _of(c, "agent.utterance"))]
    same_end = [c for c in hit if _end(c) == _end(usual[c[0]["call_sid"]])]
    later = [c[-1]["ts"] - usual[c[0]["call_sid"]][-1]["ts"] for c in hit]
    median = statistics.median(later) if later else 0
    line = f"{len(hit)} of {len(window)} window calls with the notice in the greeting {len(said)}, ending as they would have {len(same_end)}, later by {min(later, default=0)}/{median:.0f}/{max(later, default=0)} ms (min/median/max)"  # fmt: skip
    marked = {c[0]["call_sid"] for c in hit}
    return line, marked == window and len(said) == len(same_end) == len(hit) and 800 <= median <= 2500


# test11's count of unmarked calls; the eve's lines and the notice checked as their own, the rest by ``BOUNDS``
main = checks.dry_run(SPLIT, evidence, c11._unexplained, BOUNDS, {EveRush: _eve, GreetingNotice: _notice})

if __name__ == "__main__":
    sys.exit(main())
