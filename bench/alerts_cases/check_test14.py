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
Run as ``.venv/bin/python -m bench.alerts_cases.check_test14`` (every day at a quarter of the
volume); ``--scale 1`` for full volume, ``--days test14-a`` for one day, ``--events test14-a`` to
stream that day as the bus carries it, counted and timed.
"""

from __future__ import annotations

import math
import sys
from collections import Counter
from typing import Any

from bench.alerts_cases import check_test12 as c12
from bench.alerts_cases import check_test13 as c13
from bench.alerts_cases import checks
from bench.alerts_cases.case import Case
from bench.alerts_cases.check_test5 import _end, _in
from bench.alerts_cases.check_test6 import _of
from bench.alerts_cases.check_test12 import lines as _lines
from bench.alerts_cases.degradations import Asr
from bench.alerts_cases.faults4 import BlueGreen
from bench.alerts_cases.faults5 import StateLoss
from bench.alerts_cases.faults6 import LunchLull
from bench.alerts_cases.faults7 import Rerouted
from bench.alerts_cases.faults8 import ModelDeadAir
from bench.alerts_cases.faults13 import SlowPastDeadline
from bench.alerts_cases.incidents import AgentDown
from bench.alerts_cases.shifts import Surge

Event = dict[str, Any]
SPLIT = "test14"


def _agent_down(effect: AgentDown, case: Case, hit: list[list[Event]], normal: list[list[Event]]) -> tuple[str, bool]:  # fmt: skip
    """Every call of the line in the window (0.9 of the line's usual calls at least) fails to reach the
    agent within 1.5 s, nothing said (``checks.unreachable``)."""
    return checks.unreachable(effect.workflow, case, hit, normal, (0.9, math.inf))


def _model_dead_air(effect: ModelDeadAir, hit: list[list[Event]]) -> tuple[str, bool]:
    """Silent after the caller's first utterance, only the model's calls on the line, ended by the caller."""
    ends, lines = dict(Counter(map(_end, hit))), _lines(hit)
    models = Counter(c[0]["agent"]["model"].split("-2")[0] for c in hit)
    answered = [c for c in hit if _of(c, "agent.utterance") and _of(c, "agent.utterance")[-1]["ts"] > _of(c, "caller.utterance")[0]["ts"]]  # fmt: skip
    line = f"{len(hit)} calls silent after the first utterance, models {dict(models)}, lines {lines}, answered after it {len(answered)}; ends {ends}"  # fmt: skip
    held = bool(hit) and set(models) == {effect.model} and lines.keys() == {effect.workflow}
    return line, held and not answered and set(ends) == {"completed/hangup"}


def _rerouted(effect: Rerouted, case: Case, calls: list[list[Event]], normal: list[list[Event]]) -> tuple[str, bool]:  # fmt: skip
    came, usual = Counter(c[0]["workflow"] for c in _in(case, calls)), Counter(c[0]["workflow"] for c in _in(case, normal))  # fmt: skip
    line = f"in the window {dict(came)} against {dict(usual)} normally"
    return line, not came[effect.workflow] and came[effect.to] > usual[effect.to]


def _garbled(effect: Asr, case: Case, hit: list[list[Event]], calls: list[list[Event]], normal: dict[str, list[Event]]) -> tuple[str, bool]:  # fmt: skip
    """Garbled transcripts only on the line, none empty; the line's other calls in the window untouched."""
    changed = [
        (a, b)
        for c in hit
        for a, b in zip(
            _of(c, "caller.utterance"), _of(normal[c[0]["call_sid"]], "caller.utterance"), strict=False
        )
        if a["data"]["text"] != b["data"]["text"]
    ]
    empty = sum(1 for a, _ in changed if not a["data"]["text"])
    lines = _lines(hit)
    share = len(hit) / max(1, len(_in(case, calls, effect.workflow)))
    line = f"{len(hit)} calls misheard ({share:.2f} of the line's in the window), lines {lines}, {len(changed)} transcripts differ at least, empty {empty}; ends {dict(Counter(map(_end, hit)))}"  # fmt: skip
    return line, bool(hit) and lines.keys() == {effect.workflow} and not empty and len(changed) >= len(hit)


def _state_loss(effect: StateLoss, case: Case, hit: list[list[Event]]) -> tuple[str, bool]:
    """Loops on the line only, all handed off, more of them in the window's second half (the share grows)."""
    ends, lines = dict(Counter(map(_end, hit))), _lines(hit)
    half = case.onset_ms + case.duration_ms // 2
    early, late = sum(c[0]["ts"] < half for c in hit), sum(c[0]["ts"] >= half for c in hit)
    line = f"{len(hit)} looping calls, lines {lines}, first half {early}, second half {late}; ends {ends}"
    held = bool(hit) and lines.keys() == {effect.workflow} and set(ends) == {"ended/handoff"}
    return line, held and late > early


def evidence(case: Case, hit: list[list[Event]], calls: list[list[Event]], normal: dict[str, list[Event]]) -> tuple[str, bool]:  # fmt: skip
    """What a ``test14`` incident shows on its built day: a line to print and whether it holds."""
    effect, before = case.effect, list(normal.values())
    if isinstance(effect, AgentDown):
        return _agent_down(effect, case, hit, before)
    if isinstance(effect, ModelDeadAir):
        return _model_dead_air(effect, hit)
    if isinstance(effect, Rerouted):
        return _rerouted(effect, case, calls, before)
    if isinstance(effect, Asr):
        return _garbled(effect, case, hit, calls, normal)
    if isinstance(effect, SlowPastDeadline):
        return c13._past_deadline(effect, hit)
    if isinstance(effect, StateLoss):
        return _state_loss(effect, case, hit)
    return f"no check for {type(effect).__name__}", False


main = checks.dry_run(
    SPLIT, evidence, c12._unmarked, {Surge: (1.3, 1.7), LunchLull: (0.6, 0.85), BlueGreen: (0.18, 0.32)}
)

if __name__ == "__main__":
    sys.exit(main())
