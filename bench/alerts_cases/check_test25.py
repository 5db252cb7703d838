"""A dry run of the ``test25`` days: builds them without judging anything (no pipeline, no detector).
The generic checks are ``check_test7``'s, run by ``check_test12``'s runner (every case changes calls
from its onset; changed and added calls valid under the v1 contract; benign volumes printed). On top,
what each incident is meant to show, with the shared check where one fits (``checks.SHARED``): billing's
slowed ``verify_identity`` at 2.2 s or more and its garbled night transcripts, on billing only; billing's
refused payments, handed off, on billing only. Three are test25's own: appointment's calls missing in
every down spell of the flapping trunk and arriving as usual in every up spell, the other lines
untouched; appointment's calls silent from their first caller turn a minute or more in (no agent words
or tools after it), the caller hanging up, on that line only; billing's calls asked "anything else?"
again after their goodbye two to five times (a caller asking the agent to repeat adds one), every one
ended by the caller, on billing only. Then the benign shifts' volumes within their bounds. Unmarked calls that differ from the normal day fail the run
(``check_test11``'s count).
Run as ``.venv/bin/python -m bench.alerts_cases.check_test25``; its options are ``check_test12.run``'s.
"""

from __future__ import annotations

import sys
from collections import Counter
from typing import Any

from bench.alerts_cases import check_test11 as c11
from bench.alerts_cases import check_test12 as c12
from bench.alerts_cases import checks, faults7, faults8, faults14, faults17
from bench.alerts_cases.case import Case
from bench.alerts_cases.check_test5 import _end, _in
from bench.alerts_cases.check_test6 import _of
from bench.alerts_cases.effect import Effect

Event = dict[str, Any]
Calls = list[list[Event]]
SPLIT = "test25"
BOUNDS: dict[type[Effect], tuple[float, float]] = {
    faults14.EveRush: (1.25, 1.55),
    faults8.ScamCheckCalls: (1.05, 1.5),
    faults7.ElderlyEvening: (1.0, 1.0),
}


def _flapping(case: Case, hit: Calls, calls: Calls, normal: dict[str, list[Event]]) -> tuple[str, bool]:
    """None of the line's calls arriving while the trunk is down, every one while it is up; the other
    lines' window calls as usual."""
    effect, before = checks.the(case, faults17.FlappingStop), list(normal.values())
    line_now, line_usual = _in(case, calls, effect.workflow), _in(case, before, effect.workflow)
    down = sum(effect.down(case, c[0]["ts"]) for c in line_now)
    up, up_usual = len(line_now) - down, sum(not effect.down(case, c[0]["ts"]) for c in line_usual)
    came, usual = Counter(c[0]["workflow"] for c in _in(case, calls)), Counter(c[0]["workflow"] for c in _in(case, before))  # fmt: skip
    others = all(came[w] == usual[w] for w in usual if w != effect.workflow)
    lost = len(line_usual) - len(line_now)
    text = f"{effect.workflow} arriving {up}/{up_usual} while up, {down} while down; {lost} of {len(line_usual)} lost ({lost / max(1, len(line_usual)):.2f}); other lines as usual {others}"  # fmt: skip
    return text, not down and up == up_usual and lost > 0 and others


def _expired(case: Case, hit: Calls, calls: Calls, normal: dict[str, list[Event]]) -> tuple[str, bool]:
    """Each marked call silent from its first caller turn past the limit (no agent words or tools after
    it), started in the window, ended by the caller; on the line only; the part of the line's window
    calls it reached."""
    effect = checks.the(case, faults17.SessionExpiryDeadAir)
    limit = effect.limit_s * 1000
    silent = 0
    for c in hit:
        turn = next(e["ts"] for e in _of(c, "caller.utterance") if e["ts"] - c[0]["ts"] >= limit)
        silent += not [e for e in c if e["ts"] > turn and e["type"] in ("agent.utterance", "tool.called")]
    started = sum(case.active(c[0]["ts"]) for c in hit)
    ends, lines = Counter(map(_end, hit)), c12.lines(hit)
    part = len(hit) / max(1, len(_in(case, calls, effect.workflow)))
    text = f"{len(hit)} calls silent past {effect.limit_s} s ({part:.2f} of the line's in the window), silent after that turn {silent}, started in the window {started}, lines {lines}; ends {dict(ends)}"  # fmt: skip
    held = bool(hit) and silent == started == len(hit) and set(ends) == {"completed/hangup"}
    return text, held and lines.keys() == {effect.workflow}


def _closing(case: Case, hit: Calls, calls: Calls, normal: dict[str, list[Event]]) -> tuple[str, bool]:
    """The line's calls asked "anything else?" 2-5 times with no goodbye (a caller's "can you repeat that?"
    adds one), every one ended by the caller, on the line only, a quarter or more of the line's window
    calls."""
    effect = checks.the(case, faults17.ClosingLoop)
    tail = faults17.ANYTHING_ELSE[1:].lower()  # the agent may lead with "Sure, is there..."
    asked = Counter(sum(tail in e["data"]["text"].lower() for e in _of(c, "agent.utterance")) for c in hit)
    ends, lines = Counter(map(_end, hit)), c12.lines(hit)
    part = len(hit) / max(1, len(_in(case, calls, effect.workflow)))
    text = f"{len(hit)} calls asked again after their goodbye ({part:.2f} of the line's in the window), askings {dict(sorted(asked.items()))}, lines {lines}; ends {dict(ends)}"  # fmt: skip
    held = bool(hit) and set(asked) <= {2, 3, 4, 5} and set(ends) == {"completed/hangup"}
    return text, held and lines.keys() == {effect.workflow} and part >= 0.25


# What a ``test25`` incident shows on its built day: its own checks, then ``checks.SHARED``.
evidence = checks.by_effect(
    {
        faults17.FlappingStop: _flapping,
        faults17.SessionExpiryDeadAir: _expired,
        faults17.ClosingLoop: _closing,
    }
)

# test11's count of unmarked calls; every benign shift by ``BOUNDS``
main = checks.dry_run(SPLIT, evidence, c11._unexplained, BOUNDS)

if __name__ == "__main__":
    sys.exit(main())
