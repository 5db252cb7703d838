"""A dry run of the ``test23`` days: builds them without judging anything (no pipeline, no detector).
The generic checks are ``check_test7``'s, run by ``check_test12``'s runner (every case changes calls
from its onset; changed and added calls valid under the v1 contract; benign volumes printed). On top,
what each incident is meant to show, with an earlier split's check where one fits: appointment's slowed
``verify_patient`` at 3.2 s or more, on appointment only (``check_test20``); the payment lookup's creep
past 1 s (``check_test12``). Four are test23's own: refill's window calls cut to 5-50% of its usual
ones by the one-channel trunk (5-65%: the busier the line, the more it loses), the other lines untouched; billing's hand-offs in the window all failing
(``failed/error`` or ``failed/timeout``), on billing only; appointment's calls asked to hold three or four
times while ``find_slots`` is called again, all handed off; callers who pressed a key met with silence
and hanging up, on every line. Then the benign shifts: refill x1.6-2.2 while the pharmacy app is down,
the prompt-caching release on 45-75% of the stable window calls with its first reply sooner at the
median, and every call of the new voice's window marked, ending as it would have, later at the median by
0-5 s. Unmarked calls that differ from the normal day fail the run (``check_test11``'s count).
Run as ``.venv/bin/python -m bench.alerts_cases.check_test23``; its options are ``check_test12.run``'s.
"""

from __future__ import annotations

import itertools
import statistics
import sys
from collections import Counter
from typing import Any

from bench.alerts_cases import check_test11 as c11
from bench.alerts_cases import check_test12 as c12
from bench.alerts_cases import checks
from bench.alerts_cases.case import Case
from bench.alerts_cases.check_test5 import _end, _in
from bench.alerts_cases.check_test6 import _of
from bench.alerts_cases.degradations import SlowRise
from bench.alerts_cases.effect import Effect
from bench.alerts_cases.faults5 import FasterBuild
from bench.alerts_cases.faults6 import TransferFails
from bench.alerts_cases.faults15 import HOLD, ChannelCap, DtmfDeadAir, ToolCallLoop, VoiceChange
from bench.alerts_cases.shifts import Surge

Event = dict[str, Any]
SPLIT = "test23"
BOUNDS: dict[type[Effect], tuple[float, float]] = {Surge: (1.6, 2.2)}


def _capped(case: Case, hit: list[list[Event]], calls: list[list[Event]], normal: dict[str, list[Event]]) -> tuple[str, bool]:  # fmt: skip
    """The line's window calls 5-65% of its usual ones (a channel limit turns away more calls the busier
    the line: at a quarter of the volume about half arrive, at full volume a quarter), never two of them
    up at once; the other lines' window calls as usual."""
    effect, before = checks.the(case, ChannelCap), list(normal.values())
    came, usual = Counter(c[0]["workflow"] for c in _in(case, calls)), Counter(c[0]["workflow"] for c in _in(case, before))  # fmt: skip
    part = came[effect.workflow] / max(1, usual[effect.workflow])
    others = all(came[w] == usual[w] for w in usual if w != effect.workflow)
    up = sorted((c[0]["ts"], c[-1]["ts"]) for c in calls if c[0]["workflow"] == effect.workflow)
    overlaps = sum(case.active(b[0]) and b[0] < a[1] for a, b in itertools.pairwise(up))
    line = f"{effect.workflow} x{part:.2f} ({came[effect.workflow]} calls against {usual[effect.workflow]}), two up at once {overlaps}; other lines as usual {others}"  # fmt: skip
    return line, 0.05 <= part <= 0.65 and others and (effect.channels > 1 or overlaps == 0)


def _transfers(case: Case, hit: list[list[Event]], calls: list[list[Event]], normal: dict[str, list[Event]]) -> tuple[str, bool]:  # fmt: skip
    """Every hand-off of the line in the window failed, the platform ending the call, on the line only."""
    effect = checks.the(case, TransferFails)
    asked = [c for c in normal.values() if c[0]["workflow"] == effect.workflow and any(case.active(e["ts"]) for e in _of(c, "handoff.requested"))]  # fmt: skip
    ends, lines = Counter(map(_end, hit)), c12.lines(hit)
    line = f"{len(hit)} of {len(asked)} hand-offs in the window failed, lines {lines}; ends {dict(ends)}"
    return line, bool(hit) and len(hit) == len(asked) and set(ends) <= {"failed/error", "failed/timeout"} and lines.keys() == {effect.workflow}  # fmt: skip


def _tool_loop(case: Case, hit: list[list[Event]], calls: list[list[Event]], normal: dict[str, list[Event]]) -> tuple[str, bool]:  # fmt: skip
    """The line's calls asked to hold 3-4 times, the tool called as often and answering ``ok``, every one
    handed off, on the line only, a quarter or more of the line's window calls."""
    effect = checks.the(case, ToolCallLoop)
    asked = Counter(sum(HOLD[1:] in e["data"]["text"] for e in _of(c, "agent.utterance")) for c in hit)
    same = sum(sum(e["data"]["tool"] == effect.tool and e["data"]["ok"] for e in _of(c, "tool.result")) == sum(HOLD[1:] in e["data"]["text"] for e in _of(c, "agent.utterance")) for c in hit)  # fmt: skip
    ends, lines = Counter(map(_end, hit)), c12.lines(hit)
    part = len(hit) / max(1, len(_in(case, calls, effect.workflow)))
    line = f"{len(hit)} calls asked to hold again ({part:.2f} of the line's in the window), askings {dict(sorted(asked.items()))}, a tool call each {same}, lines {lines}; ends {dict(ends)}"  # fmt: skip
    held = bool(hit) and set(asked) <= {3, 4} and same == len(hit) and set(ends) == {"ended/handoff"}
    return line, held and lines.keys() == {effect.workflow} and part >= 0.25


def _keypad(case: Case, hit: list[list[Event]], calls: list[list[Event]], normal: dict[str, list[Event]]) -> tuple[str, bool]:  # fmt: skip
    """Every call that pressed a key in the window met with silence after it (no agent words or tools),
    the caller speaking again and hanging up; on every line."""
    keyed = [c for c in normal.values() if _of(c, "dtmf") and case.active(_of(c, "dtmf")[0]["ts"])]
    silent = sum(not [e for e in c if e["ts"] > _of(c, "dtmf")[0]["ts"] and e["type"] in ("agent.utterance", "tool.called")] for c in hit)  # fmt: skip
    rekeyed = sum(
        len(_of(c, "dtmf")) > 1 and _of(c, "dtmf")[-1]["ts"] - _of(c, "dtmf")[0]["ts"] > 3000 for c in hit
    )
    ends, lines = Counter(map(_end, hit)), c12.lines(hit)
    line = f"{len(hit)} of {len(keyed)} keyed calls met with silence {silent}, keyed again {rekeyed}, lines {lines}; ends {dict(ends)}"  # fmt: skip
    return line, bool(hit) and silent == len(hit) == len(keyed) and set(ends) == {"completed/hangup"} and len(lines) == 3  # fmt: skip


# What a ``test23`` incident shows on its built day: its own checks (``check_test12``'s for the slow rise),
# then ``checks.SHARED``.
evidence = checks.by_effect(
    {
        ChannelCap: _capped,
        TransferFails: _transfers,
        ToolCallLoop: _tool_loop,
        DtmfDeadAir: _keypad,
        SlowRise: c12.evidence,
    }
)


def _first_reply(call: list[Event]) -> int | None:
    """From the caller's first final words to the agent's next words, if any."""
    said = next((e["ts"] for e in _of(call, "caller.utterance") if e["data"]["final"]), None)
    return next((e["ts"] - said for e in _of(call, "agent.utterance") if said is not None and e["ts"] > said), None)  # fmt: skip


def _release(case: Case, hit: list[list[Event]], calls: list[list[Event]], normal: list[list[Event]]) -> tuple[str, bool]:  # fmt: skip
    """The release on 45-75% of the stable window calls, its first reply sooner at the median."""
    effect = checks.the(case, FasterBuild)
    stable = [c for c in _in(case, calls) if not c[0]["flags"]["canary"]]
    new = [c for c in stable if c[0]["agent"]["version"] == effect.version]
    gaps = [g for c in new if (g := _first_reply(c)) is not None]
    old = [
        g for c in stable if c[0]["agent"]["version"] != effect.version and (g := _first_reply(c)) is not None
    ]
    share, quick, usual = (
        len(new) / max(1, len(stable)),
        statistics.median(gaps or [0]),
        statistics.median(old or [0]),
    )
    line = f"{len(new)} of {len(stable)} stable window calls on {effect.version} ({share:.2f}); first reply {quick:.0f} ms at the median vs {usual:.0f} ms on the old build"  # fmt: skip
    return line, 0.45 <= share <= 0.75 and 0 < quick <= usual


def _voice(case: Case, hit: list[list[Event]], calls: list[list[Event]], normal: list[list[Event]]) -> tuple[str, bool]:  # fmt: skip
    """Every window call marked, ending as it would have, later by 0-5 s at the median."""
    usual = {c[0]["call_sid"]: c for c in normal}
    window = {c[0]["call_sid"] for c in _in(case, calls) if c[0]["call_sid"] in usual}
    same_end = [c for c in hit if _end(c) == _end(usual[c[0]["call_sid"]])]
    later = [c[-1]["ts"] - usual[c[0]["call_sid"]][-1]["ts"] for c in hit]
    median = statistics.median(later) if later else 0
    line = f"{len(hit)} of {len(window)} window calls with the new voice, ending as they would have {len(same_end)}, later by {min(later, default=0)}/{median:.0f}/{max(later, default=0)} ms (min/median/max)"  # fmt: skip
    return line, {c[0]["call_sid"] for c in hit} == window and len(same_end) == len(
        hit
    ) and 0 < median <= 5000


# test11's count of unmarked calls; the release and the voice checked as their own, the rest by ``BOUNDS``
main = checks.dry_run(SPLIT, evidence, c11._unexplained, BOUNDS, {FasterBuild: _release, VoiceChange: _voice})

if __name__ == "__main__":
    sys.exit(main())
