"""A dry run of the ``test24`` days: builds them without judging anything (no pipeline, no detector).
The generic checks are ``check_test7``'s, run by ``check_test12``'s runner (every case changes calls
from its onset; changed and added calls valid under the v1 contract; benign volumes printed). On top,
what each incident is meant to show, with an earlier split's check where one fits: billing's slowed
``get_balance`` at 2.6 s or more, on billing only (``checks.SHARED``); appointment's hand-offs in the window all
failing and refill's calls asked to hold three or four times while a tool is called again
(``check_test23``'s). Three are test24's own: appointment's calls fading out (some still arriving in the
ramp's first ten minutes, none once it has run, the other lines untouched); every billing call of the
window meeting a greeting that never plays (no agent audio, no other agent words, the caller speaking
and hanging up); the model's calls answered in Spanish (every marked call with a Spanish reply, on that
model only, a third to two thirds of its window calls). Then the benign shifts: the reminder callers and
the new line within their bounds, and the scheduling API's new version answering ``find_slots`` in its
setting and nothing else changed. Unmarked calls that differ from the normal day fail the run
(``check_test11``'s count).
Run as ``.venv/bin/python -m bench.alerts_cases.check_test24``; its options are ``check_test12.run``'s.
"""

from __future__ import annotations

import sys
from collections import Counter
from typing import Any

from bench.alerts_cases import check_test11 as c11
from bench.alerts_cases import check_test12 as c12
from bench.alerts_cases import checks, faults5, faults6, faults7, faults15, faults16, shifts
from bench.alerts_cases.case import Case
from bench.alerts_cases.check_test5 import _end, _in
from bench.alerts_cases.check_test6 import _latencies, _of
from bench.alerts_cases.check_test23 import _tool_loop, _transfers
from bench.alerts_cases.effect import Effect

Event = dict[str, Any]
SPLIT = "test24"
BOUNDS: dict[type[Effect], tuple[float, float]] = {
    faults7.ReminderCallbacks: (1.05, 1.6),
    shifts.Launch: (1.02, 1.12),
}


def _fading(case: Case, hit: list[list[Event]], calls: list[list[Event]], normal: dict[str, list[Event]]) -> tuple[str, bool]:  # fmt: skip
    """The line's calls arriving in the ramp's first ten minutes, fewer in its second ten, none after it;
    the other lines' window calls as usual."""
    effect, before = checks.the(case, faults16.FadingStop), list(normal.values())
    ramp = case.onset_ms + effect.ramp_min * 60_000
    parts = []
    for low, high in ((case.onset_ms, (case.onset_ms + ramp) // 2), ((case.onset_ms + ramp) // 2, ramp), (ramp, case.end_ms)):  # fmt: skip
        came = sum(low <= c[0]["ts"] < high for c in _in(case, calls, effect.workflow))
        parts.append((came, sum(low <= c[0]["ts"] < high for c in _in(case, before, effect.workflow))))
    came, usual = Counter(c[0]["workflow"] for c in _in(case, calls)), Counter(c[0]["workflow"] for c in _in(case, before))  # fmt: skip
    others = all(came[w] == usual[w] for w in usual if w != effect.workflow)
    lost = usual[effect.workflow] - came[effect.workflow]
    line = f"{effect.workflow} arriving {parts[0][0]}/{parts[0][1]}, {parts[1][0]}/{parts[1][1]}, {parts[2][0]}/{parts[2][1]} (ramp's halves, after it); {lost} lost; other lines as usual {others}"  # fmt: skip
    fades = parts[0][0] > 0 and parts[0][0] / max(1, parts[0][1]) > parts[1][0] / max(1, parts[1][1])
    return line, fades and parts[2][0] == 0 and others and lost > 0


def _silent_greeting(case: Case, hit: list[list[Event]], calls: list[list[Event]], normal: dict[str, list[Event]]) -> tuple[str, bool]:  # fmt: skip
    """Every window call of the line with its greeting sent and never played (no agent audio, no other
    agent words or tools), the caller speaking and hanging up; the line only."""
    effect = checks.the(case, faults16.SilentGreeting)
    window = _in(case, calls, effect.workflow)
    silent = sum(
        not any(e["type"] == "speaker" and e["data"]["who"] == "agent" for e in c)
        and len(_of(c, "agent.utterance")) == 1 and not _of(c, "tool.called")
        for c in hit
    )  # fmt: skip
    spoke = Counter(len(_of(c, "caller.utterance")) for c in hit)
    ends, lines = Counter(map(_end, hit)), c12.lines(hit)
    line = f"{len(hit)} of {len(window)} window calls with a silent greeting {silent}, caller lines {dict(sorted(spoke.items()))}, lines {lines}; ends {dict(ends)}"  # fmt: skip
    held = bool(hit) and silent == len(hit) == len(window) and set(ends) == {"completed/hangup"}
    return line, held and lines.keys() == {effect.workflow}


def _spanish(case: Case, hit: list[list[Event]], calls: list[list[Event]], normal: dict[str, list[Event]]) -> tuple[str, bool]:  # fmt: skip
    """Every marked call answered in Spanish, on the model only, a third to two thirds of its window calls."""
    effect = checks.the(case, faults5.WrongLanguage)
    model = [c for c in _in(case, calls) if c[0]["agent"]["model"].startswith(effect.model)]
    spanish = sum(any(e["data"]["text"] in faults5.SPANISH for e in _of(c, "agent.utterance")) for c in hit)
    others = sum(not c[0]["agent"]["model"].startswith(effect.model) for c in hit)
    ends, part = Counter(map(_end, hit)), len(hit) / max(1, len(model))
    line = f"{len(hit)} of {len(model)} {effect.model} window calls answered in Spanish ({part:.2f}; a Spanish reply {spanish}), other models {others}, lines {c12.lines(hit)}; ends {dict(ends)}"  # fmt: skip
    return line, bool(hit) and spanish == len(hit) and not others and 0.33 <= part <= 0.67


# What a ``test24`` incident shows on its built day: its own checks (``check_test23``'s for the failed
# hand-offs and the tool loop), then ``checks.SHARED``.
evidence = checks.by_effect(
    {
        faults16.FadingStop: _fading,
        faults16.SilentGreeting: _silent_greeting,
        faults5.WrongLanguage: _spanish,
        faults6.TransferFails: _transfers,
        faults15.ToolCallLoop: _tool_loop,
    }
)


def _new_api(case: Case, hit: list[list[Event]], calls: list[list[Event]], normal: list[list[Event]]) -> tuple[str, bool]:  # fmt: skip
    """The tool's answers in the window all within the new version's setting, appointment's volume
    unchanged (the new line launched that day adds calls under its own label)."""
    effect = checks.the(case, faults6.SlowerToolVersion)
    new, old = _latencies(hit, effect.tool), _latencies(_in(case, normal), effect.tool)
    same = len(_in(case, calls, "appointment")) == len(_in(case, normal, "appointment"))
    line = f"{len(hit)} calls on the new {effect.tool}: {min(new, default=0)}-{max(new, default=0)} ms vs {min(old, default=0)}-{max(old, default=0)} ms normally; appointment's volume unchanged {same}"  # fmt: skip
    low, high = effect.latency_ms
    return line, bool(hit) and low <= min(new) and max(new) <= high and same


# test11's count of unmarked calls; the new API checked as its own, the rest by ``BOUNDS``
main = checks.dry_run(SPLIT, evidence, c11._unexplained, BOUNDS, {faults6.SlowerToolVersion: _new_api})

if __name__ == "__main__":
    sys.exit(main())
