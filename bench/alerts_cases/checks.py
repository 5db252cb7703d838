"""What the later splits' dry runs (``check_test14`` to ``check_test18``) share, once: the check of one
line's calls failing to reach the agent, with the share of the line's calls a split's setting asks for
(all of them for a line down, about half for one of two hosts refusing), and the wrapper each of those
dry runs wrote again (``check_test12``'s runner: incident checks, benign volumes, command line).
A split keeps its own other evidence, volume bounds and unmarked-call count; what is shared lives here, so
a fix to that check or to how a dry run is driven is made once and not in every split's module.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from typing import Any, Protocol

from bench.alerts_cases import check_test12 as c12
from bench.alerts_cases.case import Case, Day
from bench.alerts_cases.check_test5 import _end, _in
from bench.alerts_cases.day import Ledger
from bench.alerts_cases.effect import Effect

Event = dict[str, Any]
Calls = list[list[Event]]
Evidence = Callable[[Case, Calls, Calls, dict[str, list[Event]]], tuple[str, bool]]
Unmarked = Callable[[Day, Calls, dict[str, list[Event]], Ledger], int]


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


def dry_run(split: str, evidence: Evidence, unmarked: Unmarked, bounds: dict[type[Effect], tuple[float, float]]) -> Command:  # fmt: skip
    """A split's ``main`` (``check_test12.run``): stream one day (``--events``), or check the chosen days,
    each built again at a scale: every incident's own ``evidence`` printed and checked, then each benign
    shift's share of the usual calls within its ``bounds`` (``check_test12.planned_volume``), then the
    calls ``unmarked`` counts; 1 on any failure."""

    def volume(case: Case, hit: Calls, calls: Calls, normal: Calls) -> tuple[str, bool]:
        return c12.planned_volume(case, hit, calls, normal, bounds)

    def incidents(day: Day, scale: float) -> list[str]:
        return c12.with_volumes(day, scale, c12.day_incidents(day, scale, evidence, unmarked), volume)

    def main(argv: list[str] | None = None) -> int:
        return c12.run(split, incidents, argv)

    return main
