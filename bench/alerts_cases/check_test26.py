"""A dry run of the ``test26`` days: builds them without judging anything (no pipeline, no detector).
The generic checks are ``check_test7``'s, run by ``check_test12``'s runner (every case changes calls
from its onset; changed and added calls valid under the v1 contract; benign volumes printed). On top,
what each incident is meant to show, with an earlier split's check where one fits: refill's slowed
``find_member`` at 3.4 s or more, on refill only (``checks.SHARED``); the appointment lookup's creep past
1 s (``check_test12``); refill's hand-offs in the window all failing (``check_test23``). Three are test26's
own: refill's window calls cut to its direct-number callers (3-30% of its usual ones), the other lines
untouched; billing's calls silent from their first caller turn with a long digit run (no agent words or
tools after it), the caller hanging up, on that line only; appointment's calls asked their last question
three or four times (two to six as counted: talked-over askings, asks to repeat), all handed off, on
appointment only. Then the benign shifts' volumes within their bounds. Unmarked calls that differ from
the normal day fail the run (``check_test11``'s count).
Run as ``.venv/bin/python -m bench.alerts_cases.check_test26``; its options are ``check_test12.run``'s.
"""

from __future__ import annotations

import re
import statistics
import sys
from collections import Counter
from typing import Any

from bench.alerts_cases import benign, check_test11, check_test12, checks, faults6, faults9, faults18, shifts
from bench.alerts_cases.case import Case
from bench.alerts_cases.check_test5 import _end, _in
from bench.alerts_cases.check_test6 import _of
from bench.alerts_cases.check_test23 import _transfers
from bench.alerts_cases.degradations import SlowRise
from bench.alerts_cases.effect import Effect

Event = dict[str, Any]
Calls = list[list[Event]]
Normal = dict[str, list[Event]]  # the normal day's calls by call SID


def _after_hours(case: Case, hit: Calls, calls: Calls, normal: Normal) -> tuple[str, bool]:
    """The line's window calls cut to about its direct-number share, the other lines' as usual."""
    effect = checks.the(case, faults18.AfterHoursStop)
    line = effect.workflow
    now = Counter(c[0]["workflow"] for c in _in(case, calls))
    was = Counter(c[0]["workflow"] for c in _in(case, list(normal.values())))
    others = {w: now[w] for w in was if w != line} == {w: was[w] for w in was if w != line}
    kept = now[line] / max(1, was[line])
    text = f"{line} arriving {now[line]} of {was[line]} ({kept:.2f}; direct number {effect.direct_share}); other lines as usual {others}"  # fmt: skip
    return text, 0.03 <= kept <= 0.3 and others


def _digits(case: Case, hit: Calls, calls: Calls, normal: Normal) -> tuple[str, bool]:
    """Each marked call silent from its first caller turn with a long digit run (no agent words or tools
    after it), ended by the caller; on the line only; the part of the line's window calls it reached."""
    effect = checks.the(case, faults18.DigitsDeadAir)
    silent, turns = 0, Counter[int]()
    for c in hit:
        k = faults18.digit_turn(c, effect.min_digits) or 0
        turns[k] += 1
        said = _of(c, "caller.utterance")[k - 1]["ts"] if k else 0
        silent += bool(k) and not [e for e in c if e["ts"] > said and e["type"] in ("agent.utterance", "tool.called")]  # fmt: skip
    ends, lines = Counter(map(_end, hit)), check_test12.lines(hit)
    part = len(hit) / max(1, len(_in(case, calls, effect.workflow)))
    text = f"{len(hit)} calls silent at their first number ({part:.2f} of the line's in the window), at caller turn {dict(sorted(turns.items()))}, silent after it {silent}, lines {lines}; ends {dict(ends)}"  # fmt: skip
    held = bool(hit) and silent == len(hit) and set(ends) == {"completed/hangup"}
    return text, held and lines.keys() == {effect.workflow}


def _question(text: str) -> str:
    """A reply's last sentence without its first letter (the question; a repeat may lead with "Sure, ...")."""
    return re.split(r"(?<=[.!]) ", text)[-1][1:]


def _last_step(case: Case, hit: Calls, calls: Calls, normal: Normal) -> tuple[str, bool]:
    """The line's calls asked one question two to six times (three or four; a caller's "can you repeat
    that?" or a later line quoting the question adds one or two, a first asking the caller talked over
    counts as none), late in the call (after the median call's
        first two caller turns), every one handed off; the line only, a quarter or more of its window calls."""
    effect = checks.the(case, faults18.LastStepLoop)
    askings, after = Counter[int](), []
    for c in hit:
        said = [(e["ts"], e["data"]["text"].lower()) for e in _of(c, "agent.utterance")]
        # the question (a reply's last sentence) asked most often; a repeat may lead with "Sure, ..."
        asked = Counter(
            {q: sum(q in u for _, u in said) for _, t in said if t.endswith("?") for q in [_question(t)]}
        )
        repeated = max(asked, key=lambda q: asked[q], default="")
        askings[asked[repeated]] += 1
        first = next(ts for ts, u in said if repeated in u)
        after.append(sum(e["ts"] < first for e in _of(c, "caller.utterance")))
    ends, lines = Counter(map(_end, hit)), check_test12.lines(hit)
    part, late = len(hit) / max(1, len(_in(case, calls, effect.workflow))), statistics.median(after or [0])
    text = f"{len(hit)} looping calls ({part:.2f} of the line's in the window), askings {dict(sorted(askings.items()))}, caller turns before the question {late:.0f} at the median, lines {lines}; ends {dict(ends)}"  # fmt: skip
    held = bool(hit) and set(askings) <= {2, 3, 4, 5, 6} and set(ends) == {"ended/handoff"} and late >= 2
    return text, held and lines.keys() == {effect.workflow} and part >= 0.25


# What a ``test26`` incident shows on its built day: its own checks (``check_test12``'s for the slow rise,
# ``check_test23``'s for the failed hand-offs), then ``checks.SHARED``.
evidence = checks.by_effect(
    {
        faults18.AfterHoursStop: _after_hours,
        faults18.DigitsDeadAir: _digits,
        faults18.LastStepLoop: _last_step,
        faults6.TransferFails: _transfers,
        SlowRise: check_test12.evidence,
    }
)

# Each benign shift's share of the usual calls in its window: the ice storm moves some past the window,
# Good Friday keeps callers away, the launch adds its new line's calls.
BOUNDS: dict[type[Effect], tuple[float, float]] = {
    faults9.SnowMorning: (0.88, 0.98),
    shifts.Launch: (1.03, 1.12),
    benign.HolidayMix: (0.7, 0.9),
}

# test11's count of unmarked calls; every benign shift by ``BOUNDS``
main = checks.dry_run("test26", evidence, check_test11._unexplained, BOUNDS)

if __name__ == "__main__":
    sys.exit(main())
