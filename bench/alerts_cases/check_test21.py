"""A dry run of the ``test21`` days: builds them without judging anything (no pipeline, no detector).
The generic checks are ``check_test7``'s, run by ``check_test12``'s runner (every case changes calls
from its onset; changed and added calls valid under the v1 contract; benign volumes and call lengths
printed). On top, what each incident is meant to show, with an earlier split's check where one fits:
billing's night account lookups failing and handed off, billing only (``check_test11``); every slowed
``find_slots`` 3.5 s or more, on appointment only (``check_test20``); no appointment call in the
re-pointed window while refill rises (``check_test14``); empty transcripts on appointment only, every
affected call with an empty turn (``check_test18``). Three are test21's own, since no earlier check fits
their setting: billing's hand-offs left in silence (no agent speech after the hand-off request,
``completed/hangup``, billing only); the model's loops on every line, on that model only, handed off;
the empty transcripts on 0.25-0.75 of appointment's calls in the window (half the sessions). Then the benign volumes: refill x1.25-1.65 in the campaign, every line
x1.12-1.40 in the storm warning, and the rollout's marked calls all on the new build, the window's
volume as the normal day's plus the storm's added calls, its first quarter-hour at 0.02-0.25 and its
last hour at 1.0 of the calls. Unmarked calls that differ from the normal day fail the run
(``check_test11``'s count).
Run as ``.venv/bin/python -m bench.alerts_cases.check_test21``; its options are ``check_test12.run``'s.
"""

from __future__ import annotations

import sys
from collections import Counter
from typing import Any

from bench.alerts_cases import check_test11 as c11
from bench.alerts_cases import check_test12 as c12
from bench.alerts_cases import check_test18 as c18
from bench.alerts_cases import checks
from bench.alerts_cases.benign3 import CanaryRollout
from bench.alerts_cases.case import Case
from bench.alerts_cases.check_test5 import _end, _in
from bench.alerts_cases.check_test6 import _of
from bench.alerts_cases.day import MINUTE
from bench.alerts_cases.effect import Effect
from bench.alerts_cases.faults import AsrShare
from bench.alerts_cases.faults4 import ModelLoop
from bench.alerts_cases.faults5 import StormCalls
from bench.alerts_cases.faults7 import HandoffDeadAir
from bench.alerts_cases.shifts import Surge

Event = dict[str, Any]
SPLIT = "test21"
BOUNDS: dict[type[Effect], tuple[float, float]] = {Surge: (1.25, 1.65), StormCalls: (1.12, 1.4)}


def _silent_handoffs(case: Case, hit: list[list[Event]], calls: list[list[Event]], normal: dict[str, list[Event]]) -> tuple[str, bool]:  # fmt: skip
    """Every affected call on the line, the agent silent after its hand-off request, the caller hanging up."""
    effect = checks.the(case, HandoffDeadAir)
    ends, lines = dict(Counter(map(_end, hit))), c12.lines(hit)
    spoke = [c for c in hit if any(e["ts"] > _of(c, "handoff.requested")[0]["ts"] for e in _of(c, "agent.utterance"))]  # fmt: skip
    line = f"{len(hit)} hand-offs left in silence, lines {lines}, agent spoke after {len(spoke)}; ends {ends}"
    held = bool(hit) and lines.keys() == {effect.workflow} and not spoke
    return line, held and set(ends) == {"completed/hangup"}


def _model_loop(case: Case, hit: list[list[Event]], calls: list[list[Event]], normal: dict[str, list[Event]]) -> tuple[str, bool]:  # fmt: skip
    """Loops on the model's calls only, on more than one line, every one handed off."""
    effect = checks.the(case, ModelLoop)
    ends, lines = dict(Counter(map(_end, hit))), c12.lines(hit)
    models = Counter(c[0]["agent"]["model"] for c in hit)
    line = f"{len(hit)} looping calls, models {dict(models)}, lines {lines}; ends {ends}"
    held = bool(hit) and all(m.startswith(effect.model) for m in models) and len(lines) > 1
    return line, held and set(ends) == {"ended/handoff"}


def _half_empty(case: Case, hit: list[list[Event]], calls: list[list[Event]], normal: dict[str, list[Event]]) -> tuple[str, bool]:  # fmt: skip
    """Empty transcripts on the line only (``check_test18``), on part of its calls in the window: a
    quarter to three quarters of them (half the sessions, some with no turn misheard)."""
    effect = checks.the(case, AsrShare)
    line, held = c18._line_empty(case, hit, calls, normal)
    part = len(hit) / max(1, len(_in(case, calls, effect.workflow)))
    return f"{line}; {part:.2f} of the line's calls in the window", held and 0.25 <= part <= 0.75


# What a ``test21`` incident shows on its built day: its own checks, then ``checks.SHARED``.
evidence = checks.by_effect({HandoffDeadAir: _silent_handoffs, ModelLoop: _model_loop, AsrShare: _half_empty})


def _rollout(case: Case, hit: list[list[Event]], calls: list[list[Event]], normal: list[list[Event]]) -> tuple[str, bool]:  # fmt: skip
    """The marked calls all on the new build; the window's volume the normal day's plus what another
    shift adds; a small share in the first quarter-hour, every call in the last hour."""
    effect = checks.the(case, CanaryRollout)
    marked = {c[0]["call_sid"] for c in hit}
    versions = Counter(c[0]["agent"]["version"] for c in hit)
    first = [c for c in _in(case, calls) if c[0]["ts"] < case.onset_ms + 15 * MINUTE]
    last = [c for c in _in(case, calls) if c[0]["ts"] >= case.end_ms - 60 * MINUTE]
    early = sum(c[0]["call_sid"] in marked for c in first) / max(1, len(first))
    late = sum(c[0]["call_sid"] in marked for c in last) / max(1, len(last))
    normal_sids = {c[0]["call_sid"] for c in normal}
    same = {c[0]["call_sid"] for c in _in(case, calls)} >= {c[0]["call_sid"] for c in _in(case, normal)}
    added = len([c for c in _in(case, calls) if c[0]["call_sid"] not in normal_sids])
    line = f"{len(hit)} calls on {dict(versions)}; first quarter-hour {early:.2f}, last hour {late:.2f}; every normal call kept {same}, {added} added by another shift"  # fmt: skip
    return line, set(versions) == {effect.version} and 0.02 <= early <= 0.25 and late == 1.0 and same


# test11's count of unmarked calls; the rollout's shares checked as ``_rollout``, every other shift's volume by ``BOUNDS``
main = checks.dry_run(SPLIT, evidence, c11._unexplained, BOUNDS, {CanaryRollout: _rollout})

if __name__ == "__main__":
    sys.exit(main())
