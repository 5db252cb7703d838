"""Containment, abandoned calls and task success."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest


def _helped_call(call) -> None:
    call.started(0)
    call.agent("Hi, how can I help?", 100)
    call.caller("Refill my prescription", 2000)
    call.agent("Which prescription would you like to refill?", 2400)


def _with(*steps: Callable[[Any], Any]) -> Callable[[Any], None]:
    def build(call: Any) -> None:
        _helped_call(call)
        for step in steps:
            step(call)

    return build


@pytest.mark.parametrize(
    ("build", "expected"),
    [
        pytest.param(
            _with(lambda c: c.task_completed("t1", 5000), lambda c: c.ended(9000)),
            (True, False, True, True, False),
            id="resolved",
        ),
        pytest.param(
            _with(lambda c: c.ended(9000)), (True, False, True, False, False), id="contained-unresolved"
        ),
        pytest.param(
            _with(lambda c: c.task_completed("t1", 5000), lambda c: c.handoff(6000), lambda c: c.ended(9000)),
            (True, True, False, False, False),
            id="handoff-requested",
        ),
        pytest.param(
            _with(lambda c: c.ended(9000, reason="handoff")),
            (True, True, False, False, False),
            id="ended-by-handoff",
        ),
        pytest.param(
            _with(lambda c: c.task_completed("t1", 5000)), (False, False, False, False, False), id="live"
        ),
        pytest.param(
            _with(lambda c: c.handoff(6000)), (False, True, False, False, False), id="live-escalated"
        ),
    ],
)
def test_containment(call, build: Callable[[Any], None], expected: tuple[bool, ...]) -> None:
    build(call)
    c = call.result().call
    assert (c.ended, c.escalated, c.contained, c.resolved_contained, c.abandoned_early) == expected


@pytest.mark.parametrize(
    "build",
    [
        pytest.param(
            lambda c: (c.started(0), c.agent("Hi!", 100), c.ended(1500)), id="hung-up-during-greeting"
        ),
        pytest.param(
            lambda c: (c.started(0), c.agent("Hi!", 100), c.caller("Hello?", 2000), c.ended(3000)),
            id="hung-up-before-first-response",
        ),
        pytest.param(
            lambda c: (c.started(0), c.caller("Hi", 900, final=False), c.agent("Hi!", 1000), c.ended(3000)),
            id="only-a-partial-transcript",
        ),
    ],
)
def test_abandoned_early_calls_are_neither_contained_nor_escalated(call, build: Callable[[Any], Any]) -> None:
    build(call)
    c = call.result().call
    assert (c.abandoned_early, c.contained, c.resolved_contained, c.escalated) == (True, False, False, False)


@pytest.mark.parametrize(
    ("build", "ended", "expected"),
    [
        pytest.param(
            lambda c: (c.task_started("a", 10), c.task_completed("a", 20)),
            True,
            (1, 1, 0, True),
            id="success",
        ),
        pytest.param(
            lambda c: (c.task_started("a", 10), c.task_completed("a", 20, success=False)),
            True,
            (1, 0, 1, False),
            id="explicit-failure",
        ),
        pytest.param(
            lambda c: c.task_started("a", 10), True, (1, 0, 1, False), id="never-completed-counts-failed"
        ),
        pytest.param(
            lambda c: c.task_started("a", 10), False, (1, 0, 0, False), id="live-open-task-is-neither"
        ),
        pytest.param(
            lambda c: c.task_completed("a", 20), True, (1, 1, 0, True), id="completion-without-start"
        ),
        pytest.param(
            lambda c: (c.task_started("a", 10), c.task_started("b", 11), c.task_completed("b", 30)),
            True,
            (2, 1, 1, True),
            id="one-done-one-abandoned",
        ),
        pytest.param(
            lambda c: (
                c.task_started("a", 10),
                c.task_completed("a", 20, success=False),
                c.task_completed("a", 30),
            ),
            True,
            (1, 1, 0, True),
            id="last-completion-of-a-task-wins",
        ),
    ],
)
def test_tasks(call, build: Callable[[Any], Any], ended: bool, expected: tuple[int, int, int, bool]) -> None:
    call.started(0)
    build(call)
    if ended:
        call.ended(60_000)
    c = call.result().call
    assert (c.tasks_started, c.tasks_succeeded, c.tasks_failed, c.task_success) == expected
