"""What the later splits' dry runs (``check_test14`` on) share, once: a check for each effect class that more
than one of them checks the same way (``SHARED``, effect class -> check), ``by_effect``, which turns a split's
own checks and that table into its ``evidence``, the check of one line's calls failing to reach the agent
(with the share of the line's calls a split's setting asks for: all of them for a line down, about half for
one of two hosts refusing), and the wrapper each of those dry runs wrote again (``check_test12``'s runner:
incident checks, benign volumes, command line). Every check takes the case, the calls it marked, the day's
calls and the normal day's (by call), and returns a line to print and whether it holds.
A split keeps its own checks (of effects only it has, or of an effect it checks otherwise), volume bounds
and unmarked-call count; what is shared lives here, so a fix to a check, or to how a dry run is driven, is
made once and not in every split's module.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Mapping
from typing import Any, Protocol, TypeVar

from bench.alerts_cases import check_test10 as c10
from bench.alerts_cases import check_test11 as c11
from bench.alerts_cases import check_test12 as c12
from bench.alerts_cases import check_test13 as c13
from bench.alerts_cases.case import Case, Day
from bench.alerts_cases.check_test5 import _end, _in
from bench.alerts_cases.check_test6 import _latencies, _of
from bench.alerts_cases.day import Ledger
from bench.alerts_cases.degradations import Asr
from bench.alerts_cases.effect import Effect
from bench.alerts_cases.faults import CarrierDrop, PromptLoop, ToolErrors, TtsStuck
from bench.alerts_cases.faults3 import DeadAirShare
from bench.alerts_cases.faults5 import StateLoss
from bench.alerts_cases.faults6 import DeadAirAfterTool, IntentLoop
from bench.alerts_cases.faults7 import Rerouted
from bench.alerts_cases.faults13 import SlowPastDeadline
from bench.alerts_cases.incidents import AgentDown, SlowTool

Event = dict[str, Any]
Calls = list[list[Event]]
Normal = dict[str, list[Event]]  # the normal day's calls by call_sid
Evidence = Callable[
    [Case, Calls, Calls, Normal], tuple[str, bool]
]  # (case, hit, calls, normal) -> line, holds
E = TypeVar("E", bound=Effect)
Unmarked = Callable[[Day, Calls, dict[str, list[Event]], Ledger], int]
Volume = Callable[
    [Case, Calls, Calls, Calls], tuple[str, bool]
]  # a benign shift's (case, hit, calls, normal)


class Command(Protocol):
    """A split's ``main``: ``argv`` None reads the command line."""

    def __call__(self, argv: list[str] | None = None) -> int: ...


def unreachable(workflow: str | None, case: Case, hit: Calls, normal: Calls, share: tuple[float, float]) -> tuple[str, bool]:  # fmt: skip
    """One line's calls in the window fail to reach the agent within 1.5 s with nothing said (two events:
    start and end, ``failed/upstream_lost``), no other line's; their part of the line's usual calls in
    ``share`` (low, high): every call for a whole line down, about half for one of two hosts refusing."""
    ends, lines = dict(Counter(map(_end, hit))), c12.lines(hit)
    part = len(hit) / max(1, len(_in(case, normal, workflow)))
    slow = [c for c in hit if c[-1]["ts"] - c[0]["ts"] > 1_500 or len(c) != 2]
    line = f"{len(hit)} calls never reached the agent ({part:.2f} of the line's), lines {lines}, longer than 1.5 s or with events {len(slow)}; ends {ends}"  # fmt: skip
    held = bool(hit) and not slow and lines.keys() == {workflow} and set(ends) == {"failed/upstream_lost"}
    return line, held and share[0] <= part <= share[1]


def dry_run(split: str, evidence: Evidence, unmarked: Unmarked, bounds: dict[type[Effect], tuple[float, float]], volumes: Mapping[type[Effect], Volume] | None = None) -> Command:  # fmt: skip
    """A split's ``main`` (``check_test12.run``): stream one day (``--events``), or check the chosen days,
    each built again at a scale: every incident's own ``evidence`` printed and checked, then each benign
    shift's share of the usual calls within its ``bounds`` (``check_test12.planned_volume``) or, for a
    shift of a class in ``volumes``, that check, then the calls ``unmarked`` counts; 1 on any failure."""

    def volume(case: Case, hit: Calls, calls: Calls, normal: Calls) -> tuple[str, bool]:
        for kind, check in (volumes or {}).items():
            if isinstance(case.effect, kind):
                return check(case, hit, calls, normal)
        return c12.planned_volume(case, hit, calls, normal, bounds)

    def incidents(day: Day, scale: float) -> list[str]:
        return c12.with_volumes(day, scale, c12.day_incidents(day, scale, evidence, unmarked), volume)

    def main(argv: list[str] | None = None) -> int:
        return c12.run(split, incidents, argv)

    return main


def the(case: Case, kind: type[E]) -> E:
    """The case's effect as the class its check is for (the table chose the check by that class)."""
    effect = case.effect
    if not isinstance(effect, kind):
        raise TypeError(f"{case.name}: {type(effect).__name__} is not a {kind.__name__}")
    return effect


def line_down(case: Case, hit: Calls, calls: Calls, normal: Normal) -> tuple[str, bool]:
    """Every call of the line in the window (0.9 of the line's usual calls at least) fails to reach the
    agent within 1.5 s, nothing said (``unreachable``)."""
    return unreachable(the(case, AgentDown).workflow, case, hit, list(normal.values()), (0.9, math.inf))


def rerouted(case: Case, hit: Calls, calls: Calls, normal: Normal) -> tuple[str, bool]:
    """No call on the re-pointed line in the window, more than usual on the line it now reaches."""
    effect, before = the(case, Rerouted), list(normal.values())
    came, usual = Counter(c[0]["workflow"] for c in _in(case, calls)), Counter(c[0]["workflow"] for c in _in(case, before))  # fmt: skip
    line = f"in the window {dict(came)} against {dict(usual)} normally"
    return line, not came[effect.workflow] and came[effect.to] > usual[effect.to]


def garbled(case: Case, hit: Calls, calls: Calls, normal: Normal) -> tuple[str, bool]:
    """Garbled transcripts only on the line, none empty; the line's other calls in the window untouched."""
    effect = the(case, Asr)
    changed = [
        (a, b)
        for c in hit
        for a, b in zip(
            _of(c, "caller.utterance"), _of(normal[c[0]["call_sid"]], "caller.utterance"), strict=False
        )
        if a["data"]["text"] != b["data"]["text"]
    ]
    empty = sum(1 for a, _ in changed if not a["data"]["text"])
    lines = c12.lines(hit)
    share = len(hit) / max(1, len(_in(case, calls, effect.workflow)))
    line = f"{len(hit)} calls misheard ({share:.2f} of the line's in the window), lines {lines}, {len(changed)} transcripts differ at least, empty {empty}; ends {dict(Counter(map(_end, hit)))}"  # fmt: skip
    return line, bool(hit) and lines.keys() == {effect.workflow} and not empty and len(changed) >= len(hit)


def state_loss(case: Case, hit: Calls, calls: Calls, normal: Normal) -> tuple[str, bool]:
    """Loops on the line only, all handed off, more of them in the window's second half (the share grows)."""
    effect = the(case, StateLoss)
    ends, lines = dict(Counter(map(_end, hit))), c12.lines(hit)
    half = case.onset_ms + case.duration_ms // 2
    early, late = sum(c[0]["ts"] < half for c in hit), sum(c[0]["ts"] >= half for c in hit)
    line = f"{len(hit)} looping calls, lines {lines}, first half {early}, second half {late}; ends {ends}"
    held = bool(hit) and lines.keys() == {effect.workflow} and set(ends) == {"ended/handoff"}
    return line, held and late > early


def past_deadline(case: Case, hit: Calls, calls: Calls, normal: Normal) -> tuple[str, bool]:
    """A tool past its client's deadline: ``check_test13``'s check."""
    return c13._past_deadline(the(case, SlowPastDeadline), hit)


def after_tool(case: Case, hit: Calls, calls: Calls, normal: Normal) -> tuple[str, bool]:
    """Silent once the first tool answered, only the line's calls, ended by the caller."""
    effect = the(case, DeadAirAfterTool)
    ends, lines = dict(Counter(map(_end, hit))), c12.lines(hit)
    spoke = [c for c in hit if any(e["ts"] > _of(c, "tool.result")[0]["ts"] for e in _of(c, "agent.utterance"))]  # fmt: skip
    asked = sum(any("?" in e["data"]["text"] for e in _of(c, "caller.utterance")[-2:]) for c in hit)
    line = f"{len(hit)} calls silent after their first tool answered, lines {lines}, agent spoke after it {len(spoke)}, callers asking {asked}; ends {ends}"  # fmt: skip
    held = bool(hit) and lines.keys() == {effect.workflow} and not spoke
    return line, held and set(ends) == {"completed/hangup"}


def intent_loop(case: Case, hit: Calls, calls: Calls, normal: Normal) -> tuple[str, bool]:
    """Loops on the line only, on calls planned with the intent, all handed off."""
    effect = the(case, IntentLoop)
    planned = Counter(
        e["data"]["intent"] for c in hit for e in _of(normal[c[0]["call_sid"]], "intent.recognized")
    )
    ends = dict(Counter(map(_end, hit)))
    line = f"{len(hit)} looping calls, lines {c12.lines(hit)}, planned intents {dict(planned)}; ends {ends}"
    held = bool(hit) and c12.lines(hit).keys() == {effect.workflow} and set(planned) == {effect.intent}
    return line, held and set(ends) == {"ended/handoff"}


def line_slow_tool(case: Case, hit: Calls, calls: Calls, normal: Normal) -> tuple[str, bool]:
    """Every slowed use of the tool as slow as the setting's floor, on the line only, and how many of the
    line's window calls it reached."""
    effect = the(case, SlowTool)
    slow, lines = _latencies(hit, effect.tool), c12.lines(hit)
    share = len(hit) / max(1, len(_in(case, calls, effect.workflow)))
    line = f"{len(hit)} calls with a slow {effect.tool} ({share:.2f} of the line's in the window): {min(slow, default=0)}-{max(slow, default=0)} ms, lines {lines}"  # fmt: skip
    return line, bool(hit) and min(slow) >= effect.latency_ms[0] and lines.keys() == {effect.workflow}


def on_its_line(case: Case, hit: Calls, calls: Calls, normal: Normal) -> tuple[str, bool]:
    """A tool's failures or a prompt's loops as ``check_test11`` checks them, on the effect's line only."""
    effect = case.effect
    if not isinstance(effect, ToolErrors | PromptLoop):
        raise TypeError(f"{case.name}: {type(effect).__name__} is not a ToolErrors or a PromptLoop")
    line, held = c11.evidence(case, hit, calls, list(normal.values()))
    lines = c12.lines(hit)
    return f"{line}; lines {lines}", held and lines.keys() == {effect.workflow}


def shows(case: Case, hit: Calls, calls: Calls, normal: Normal) -> tuple[str, bool]:
    """A share of calls silent, or a line losing calls to a carrier, as ``check_test10`` checks them."""
    return c10.shows(case, hit, calls, list(normal.values()))


# Effect class -> the check every later dry run makes of it unless it has its own; in isinstance order (a
# subclass before its base: SlowPastDeadline is a SlowTool).
SHARED: dict[type[Effect], Evidence] = {
    AgentDown: line_down,
    Rerouted: rerouted,
    Asr: garbled,
    StateLoss: state_loss,
    SlowPastDeadline: past_deadline,
    SlowTool: line_slow_tool,
    DeadAirAfterTool: after_tool,
    IntentLoop: intent_loop,
    TtsStuck: c13.evidence,
    DeadAirShare: shows,
    CarrierDrop: shows,
    ToolErrors: on_its_line,
    PromptLoop: on_its_line,
}


def by_effect(own: Mapping[type[Effect], Evidence]) -> Evidence:
    """A split's ``evidence``: the check of the first class its effect is an instance of, in the split's
    ``own`` table, then in ``SHARED`` (each in order, as an isinstance chain reads); a failed line naming
    the effect when no class fits."""
    table = [*own.items(), *SHARED.items()]

    def evidence(case: Case, hit: Calls, calls: Calls, normal: Normal) -> tuple[str, bool]:
        for kind, check in table:
            if isinstance(case.effect, kind):
                return check(case, hit, calls, normal)
        return f"no check for {type(case.effect).__name__}", False

    return evidence
