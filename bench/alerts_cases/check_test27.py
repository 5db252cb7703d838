"""A dry run of the ``test27`` days: builds them without judging anything (no pipeline, no detector).
The generic checks are ``check_test7``'s, run by ``check_test12``'s runner (every case changes calls
from its onset; changed and added calls valid under the v1 contract; benign volumes printed). On top,
what each incident is meant to show: refill's evening claim errors as ``checks.SHARED`` checks tool
errors on one line; five are test27's own: refill's calls with empty transcripts only where the caller
said little (every longer turn of the normal call still heard), on refill only; billing's slowed
``get_balance`` at 3 s or more, on billing only, fewer in the window's second half (the cache refills);
canary calls of refill on the new build failing right after a pharmacy answer, no other call on that
build; the carrier's callers cut 31.5-32.6 s into their calls, ``failed/error``, no other caller; and
appointment's calls silent after the caller's second utterance, ended by the caller, more of them in the
window's second half (the pool leaks). Then the benign shifts' volumes within their bounds. Unmarked
calls that differ from the normal day fail the run (``check_test11``'s count).
Run as ``.venv/bin/python -m bench.alerts_cases.check_test27``; its options are ``check_test12.run``'s.
"""

from __future__ import annotations

import sys
from collections import Counter
from typing import Any

from bench.alerts_cases import check_test11, check_test12, checks, faults4, faults7, faults19, shifts
from bench.alerts_cases.case import Case
from bench.alerts_cases.check_test5 import _end, _in
from bench.alerts_cases.check_test6 import _latencies, _of

Event = dict[str, Any]
Calls = list[list[Event]]
Normal = dict[str, list[Event]]  # the normal day's calls by call SID


def _halves(case: Case, hit: Calls) -> tuple[int, int]:
    """The marked calls starting in the window's first half and in its second."""
    half = case.onset_ms + case.duration_ms // 2
    return sum(c[0]["ts"] < half for c in hit), sum(c[0]["ts"] >= half for c in hit)


def _lost_long(call: list[Event], usual: list[str], max_words: int) -> int:
    """The call's empty transcripts that stand for a longer turn of the normal call (``usual``, its caller
    turns in order): an empty one replays the normal turn it is at, a heard one moves on to the next."""
    k, lost = 0, 0
    for text in (e["data"]["text"] for e in _of(call, "caller.utterance")):
        if k < len(usual) and not text:
            lost += not faults19.short(usual[k], max_words)
        elif k < len(usual) and text == usual[k]:
            k += 1
    return lost


def _short_answers(case: Case, hit: Calls, calls: Calls, normal: Normal) -> tuple[str, bool]:
    """Empty transcripts (none garbled) on the line only, each standing for a short turn of the normal call
    (longer turns all heard); the part of the line's window calls reached and how those calls end."""
    effect = checks.the(case, faults19.ShortAnswerAsr)
    empty = sum(not e["data"]["text"] for c in hit for e in _of(c, "caller.utterance"))
    long_lost = sum(
        _lost_long(c, [e["data"]["text"] for e in _of(normal[c[0]["call_sid"]], "caller.utterance")], effect.max_words)
        for c in hit
    )  # fmt: skip
    ends, lines = Counter(map(_end, hit)), check_test12.lines(hit)
    part = len(hit) / max(1, len(_in(case, calls, effect.workflow)))
    text = f"{len(hit)} calls with short answers lost ({part:.2f} of the line's in the window), {empty} empty transcripts, longer turns lost {long_lost}, lines {lines}; ends {dict(ends)}"  # fmt: skip
    return text, bool(hit) and empty >= len(hit) and not long_lost and lines.keys() == {effect.workflow}


def _cache_flush(case: Case, hit: Calls, calls: Calls, normal: Normal) -> tuple[str, bool]:
    """The slowed tool at the setting's floor or more, on the line only, fewer slow calls in the window's
    second half than in its first (the cache refilling)."""
    effect = checks.the(case, faults19.CacheFlushSlow)
    slow, lines = _latencies(hit, effect.tool), check_test12.lines(hit)
    early, late = _halves(case, hit)
    part = len(hit) / max(1, len(_in(case, calls, effect.workflow)))
    text = f"{len(hit)} calls with a slow {effect.tool} ({part:.2f} of the line's in the window): {min(slow, default=0)}-{max(slow, default=0)} ms, first half {early}, second half {late}, lines {lines}"  # fmt: skip
    held = bool(hit) and min(slow) >= effect.latency_ms[0] and lines.keys() == {effect.workflow}
    return text, held and early > late


def _canary_tool(case: Case, hit: Calls, calls: Calls, normal: Normal) -> tuple[str, bool]:
    """Every marked call a canary call of the line on the new build, failed (``agent.error`` then
    ``failed/agent_error``) right after one of the tools answered; no other call on that build."""
    effect = checks.the(case, faults19.CanaryToolCrash)
    on_build = [c for c in calls if c[0]["agent"]["version"] == effect.version]
    crashed = 0
    for c in hit:
        answered = [e["ts"] for e in _of(c, "tool.result") if e["data"]["tool"] in effect.tools]
        errors = [e for e in _of(c, "agent.error") if e["data"]["message"] == effect.message]
        crashed += (
            bool(answered and errors and errors[0]["ts"] - answered[0] <= 300) and c[0]["flags"]["canary"]
        )
    canary = [c for c in _in(case, calls, effect.workflow) if c[0]["flags"]["canary"]]
    ends, lines = Counter(map(_end, hit)), check_test12.lines(hit)
    text = f"{len(hit)} canary calls failed at a pharmacy answer (of {len(canary)} canary calls of the line in the window), crashed as planned {crashed}, calls on {effect.version} {len(on_build)}, lines {lines}; ends {dict(ends)}"  # fmt: skip
    held = bool(hit) and crashed == len(hit) == len(on_build) and set(ends) == {"failed/agent_error"}
    return text, held and lines.keys() == {effect.workflow}


def _age_drop(case: Case, hit: Calls, calls: Calls, normal: Normal) -> tuple[str, bool]:
    """Only the carrier's callers, each call cut ``age_s`` into it (plus the 5-60 ms to its end),
    ``failed/error``, nothing after; on several lines; the part of the carrier's window calls reached."""
    effect = checks.the(case, faults19.CarrierAgeDrop)
    ages = [(c[-1]["ts"] - c[0]["ts"]) / 1000 for c in hit]
    low, high = effect.age_s
    theirs = [c for c in _in(case, calls) if c[0]["data"]["caller"][2:5] in effect.area_codes]
    others = sum(c[0]["data"]["caller"][2:5] not in effect.area_codes for c in hit)
    ends, lines = Counter(map(_end, hit)), check_test12.lines(hit)
    text = f"{len(hit)} calls cut at {min(ages, default=0):.1f}-{max(ages, default=0):.1f} s (the carrier's calls starting in the window {len(theirs)}), other callers {others}, lines {lines}; ends {dict(ends)}"  # fmt: skip
    held = bool(hit) and not others and set(ends) == {"failed/error"} and len(lines) >= 2
    return text, held and low <= min(ages) and max(ages) <= high + 0.1


def _leak(case: Case, hit: Calls, calls: Calls, normal: Normal) -> tuple[str, bool]:
    """Each marked call silent after the caller's ``after``-th utterance (no agent words or tools after
    it), ended by the caller, on the line only, more of them in the window's second half (the share grows)."""
    effect = checks.the(case, faults19.LeakDeadAir)
    spoke = 0
    for c in hit:
        cut = [e for e in _of(c, "caller.utterance") if e["data"]["final"]][effect.after - 1]["ts"]
        spoke += any(e["ts"] > cut and e["type"] in ("agent.utterance", "tool.called") for e in c)
    early, late = _halves(case, hit)
    ends, lines = Counter(map(_end, hit)), check_test12.lines(hit)
    part = len(hit) / max(1, len(_in(case, calls, effect.workflow)))
    text = f"{len(hit)} calls silent after utterance {effect.after} ({part:.2f} of the line's in the window), first half {early}, second half {late}, agent spoke after it {spoke}, lines {lines}; ends {dict(ends)}"  # fmt: skip
    held = bool(hit) and not spoke and set(ends) == {"completed/hangup"} and lines.keys() == {effect.workflow}
    return text, held and late > early


# The dry run: what a ``test27`` incident shows on its built day (its own checks, then ``checks.SHARED``),
# test11's count of unmarked calls, and each benign shift's share of the usual calls in its window (the
# pollen morning adds refill calls, the release takes about half of the stable calls, the older callers'
# evening changes no volume).
main = checks.dry_run(
    "test27",
    checks.by_effect(
        {
            faults19.ShortAnswerAsr: _short_answers,
            faults19.CacheFlushSlow: _cache_flush,
            faults19.CanaryToolCrash: _canary_tool,
            faults19.CarrierAgeDrop: _age_drop,
            faults19.LeakDeadAir: _leak,
        }
    ),
    check_test11._unexplained,
    {shifts.Surge: (1.35, 1.8), faults4.BlueGreen: (0.42, 0.58), faults7.ElderlyEvening: (1.0, 1.0)},
)

if __name__ == "__main__":
    sys.exit(main())
