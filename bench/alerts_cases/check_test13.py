"""A dry run of the ``test13`` days: builds them without judging anything (no pipeline, no detector).
The generic checks are ``check_test7``'s (every case changes calls from its onset; changed and added
calls valid under the v1 contract; benign volumes and call lengths). On top, what each incident is
meant to show: about half the night's calls failing to reach the agent within 1.5 s, billing's
replies sent but never played and every such call ended by the caller, no call at all on any line
while the webhook's domain is down, empty transcripts only on the canary build, loops only on the
rules engine and all handed off, appointment's slot searches slowed to 4.5 s or more or timed out at
the deadline and handed off, about half of each. Unmarked calls that differ from the normal day must
each be the canary build's label on a call none of whose turns was misheard.
Run as ``.venv/bin/python -m bench.alerts_cases.check_test13``; its options are ``check_test12.run``'s.
"""

from __future__ import annotations

import sys
from collections import Counter
from typing import Any

from bench.alerts_cases import check_test9 as c9
from bench.alerts_cases import check_test11 as c11
from bench.alerts_cases import check_test12 as c12
from bench.alerts_cases import faults13 as f13
from bench.alerts_cases.case import Case, Day
from bench.alerts_cases.check_test5 import _end, _in
from bench.alerts_cases.check_test6 import _of
from bench.alerts_cases.day import Ledger
from bench.alerts_cases.faults import TtsStuck, Unreachable
from bench.alerts_cases.faults4 import ModelLoop
from bench.alerts_cases.faults9 import BuildAsr
from bench.alerts_cases.faults11 import LinesStop

Event = dict[str, Any]
SPLIT = "test13"
DIFFER = c12.DIFFER  # check_test7's line; _unmarked() decides it here


def _results(calls: list[list[Event]], tool: str) -> list[dict[str, Any]]:
    return [e["data"] for c in calls for e in _of(c, "tool.result") if e["data"]["tool"] == tool]


def _past_deadline(effect: f13.SlowPastDeadline, hit: list[list[Event]]) -> tuple[str, bool]:
    """Each marked call's first search either slow and ``ok`` (at least the draw's low end, at most
    the deadline) or failed ``timeout`` at the deadline and handed off (``tool_failure``)."""
    firsts = [_results([c], effect.tool)[0] for c in hit]
    timed_out = [r for r in firsts if not r["ok"]]
    slow = [r["latency_ms"] for r in firsts if r["ok"]]
    late = [r for r in timed_out if r.get("error_code") != "timeout" or r["latency_ms"] < effect.deadline_ms]
    failed_calls = [c for c in hit if not _results([c], effect.tool)[0]["ok"]]
    triggers = Counter(e["data"]["trigger"] for c in failed_calls for e in _of(c, "handoff.requested"))
    share = len(timed_out) / max(1, len(firsts))
    lines = dict(Counter(c[0]["workflow"] for c in hit))
    line = (
        f"{len(hit)} calls ({lines}): {len(timed_out)} timed out ({share:.2f}; not at the deadline "
        f"{len(late)}; hand-offs {dict(triggers)}), {len(slow)} answered in {min(slow, default=0)}-"
        f"{max(slow, default=0)} ms"
    )
    holds = (
        bool(timed_out and slow)
        and lines.keys() == {effect.workflow}
        and not late
        and set(triggers) == {"tool_failure"}
        and effect.latency_ms[0] <= min(slow) <= max(slow) <= effect.deadline_ms
        and 0.3 <= share <= 0.7
    )
    return line, holds


def evidence(case: Case, hit: list[list[Event]], calls: list[list[Event]], normal: dict[str, list[Event]]) -> tuple[str, bool]:  # fmt: skip
    """What a ``test13`` incident shows on its built day: a line to print and whether it holds."""
    effect, ends = case.effect, dict(Counter(map(_end, hit)))
    if isinstance(effect, Unreachable):
        share = len(hit) / max(1, len(_in(case, list(normal.values()))))
        slow = [c for c in hit if c[-1]["ts"] - c[0]["ts"] > 1_500 or len(c) != 2]
        line = f"{len(hit)} calls never reached the agent ({share:.2f} of the window's), longer than 1.5 s or with events {len(slow)}; ends {ends}"  # fmt: skip
        return line, bool(hit) and not slow and set(ends) == {"failed/upstream_lost"} and 0.3 <= share <= 0.7
    if isinstance(effect, TtsStuck):
        lines = dict(Counter(c[0]["workflow"] for c in hit))
        share = len(hit) / max(1, len(_in(case, calls, effect.workflow)))
        line = f"{len(hit)} calls left in silence ({share:.2f} of the line's calls in the window), lines {lines}; ends {ends}"  # fmt: skip
        return line, bool(hit) and lines.keys() == {effect.workflow} and set(ends) == {"completed/hangup"}
    if isinstance(effect, LinesStop):
        return c11._lines_stop(effect, case, calls, list(normal.values()))
    if isinstance(effect, BuildAsr):
        builds = Counter(c[0]["agent"]["version"] for c in hit)
        empty = sum(1 for c in hit for e in _of(c, "caller.utterance") if not e["data"]["text"])
        stable = [
            c
            for c in _in(case, calls)
            if c[0]["agent"]["version"] != effect.version
            and any(not e["data"]["text"] for e in _of(c, "caller.utterance"))
            and c != normal.get(c[0]["call_sid"])
        ]
        line = f"{len(hit)} calls misheard, builds {dict(builds)}, {empty} empty transcripts; other builds changed {len(stable)}"  # fmt: skip
        return line, bool(hit) and set(builds) == {effect.version} and empty >= len(hit) and not stable
    if isinstance(effect, ModelLoop):
        models = Counter(c[0]["agent"]["model"] for c in hit)
        lines = dict(Counter(c[0]["workflow"] for c in hit))
        line = f"{len(hit)} looping calls, models {dict(models)}, lines {lines}; ends {ends}"
        return line, bool(hit) and set(models) == {effect.model} and set(ends) == {"ended/handoff"}
    if isinstance(effect, f13.SlowPastDeadline):
        return _past_deadline(effect, hit)
    return f"no check for {type(effect).__name__}", False


def _unmarked(day: Day, calls: list[list[Event]], normal: dict[str, list[Event]], ledger: Ledger) -> int:
    """Unmarked calls that differ from the normal day, each explained or counted: by design only a
    canary call on the new build none of whose turns was misheard (its label changed, nothing else)."""
    marked = {sid for case in day.cases for sid in ledger.calls(case.name)}
    differ = [
        c for c in calls if c[0]["call_sid"] in normal.keys() - marked and normal[c[0]["call_sid"]] != c
    ]
    why = Counter(
        "canary build, nothing misheard"
        if any(c9._explained(k, c, normal[c[0]["call_sid"]]) for k in day.cases)
        else "unexplained"
        for c in differ
    )
    print(f"  unmarked calls that differ from the normal day: {dict(why)}")
    return why["unexplained"]


def incidents(day: Day, scale: float) -> list[str]:
    """The day built again at ``scale``; each incident's own evidence printed and checked (test12's runner)."""
    return c12.day_incidents(day, scale, evidence, _unmarked)


def main(argv: list[str] | None = None) -> int:
    """Stream one day (``--events``), or check the chosen days; 1 on any failure."""
    return c12.run(SPLIT, incidents, argv)


if __name__ == "__main__":
    sys.exit(main())
