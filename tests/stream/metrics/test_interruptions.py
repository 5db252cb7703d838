"""Interruption recovery: yielded, answered, not repeated; each can fail on its own."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

SPOKEN = "Sure. I can take a card payment now,"
REST = " or I can text you a secure link to pay online later."
# parts() of an interrupt whose window the end of the call cut short: yielded and answered, then
# recovered (not repeated) or not
RECOVERED_CUT_SHORT = (True, True, True, True, True)
NOT_RECOVERED_CUT_SHORT = (True, True, False, False, True)


def payment_call(
    call,
    *,
    rest_at: int = 3200,
    answer: tuple[str, int] | None = ("Okay, what is the card number?", 4300),
    u1: str | None = "It is 4111 1111",
    u2: str | None = "Great, thanks",
    end: tuple[Any, ...] | None = (15_000, "hangup"),
    extra: Callable[[Any], None] | None = None,
) -> None:
    """Turn 1's answer is cut off at 3000; "Card now please" (3800) interrupts; U1 at 9000, U2 at 12000."""
    call.started(0)
    call.agent("Hi, how can I help?", 100)
    call.caller("I want to pay my bill", 2000)
    call.agent(SPOKEN + REST, 2500, chunks=[(SPOKEN, 2500), (REST, rest_at)])
    call.interrupt(3000, spoken=SPOKEN)
    call.caller("Card now please", 3800)
    if answer is not None:
        call.agent(*answer)
    if u1 is not None:
        call.caller(u1, 9000)
        call.agent("Thanks, the payment is done.", 9400)
    if u2 is not None:
        call.caller(u2, 12_000)
        call.agent("Anything else?", 12_400)
    if extra is not None:
        extra(call)
    if end is not None:
        call.ended(*end)


def task_done(call) -> None:
    """The payment task reported done just before U1's answer (9400 < 9600 < U2)."""
    call.task_completed("t1", 9600)


def task_failed(call) -> None:
    """The payment task reported failed at the same moment."""
    call.task_completed("t1", 9600, success=False)


def parts(result) -> tuple[bool, bool, bool, bool, bool]:
    (i,) = result.interrupts
    return i.yielded, i.answered, i.not_repeated, i.recovered, i.window_truncated


@pytest.mark.parametrize(
    ("scenario", "expected"),
    [
        pytest.param({}, (True, True, True, True, False), id="recovered"),
        pytest.param({"rest_at": 3400}, (False, True, True, False, False), id="kept-talking-400ms-after"),
        pytest.param({"rest_at": 3300}, (True, True, True, True, False), id="talked-exactly-300ms-after"),
        pytest.param(
            {"answer": ("Card it is.", 5400)}, (True, False, True, False, False), id="answer-too-slow"
        ),
        pytest.param(
            {"answer": ("Okay, one moment.", 4000)},
            (True, False, True, False, False),
            id="answer-filler-only",
        ),
        pytest.param(
            {"answer": ("Or I can text you a secure link to pay online.", 4200)},
            (True, False, True, False, False),
            id="restart-of-what-was-cut-off",
        ),
        pytest.param(
            {"answer": ("Sure, I can text you a link for the card.", 4200)},
            (True, True, True, True, False),
            id="partial-overlap-is-not-a-restart",
        ),
        pytest.param({"answer": None}, (True, False, True, False, False), id="no-answer-at-all"),
        pytest.param({"u1": "card now please"}, (True, True, False, False, False), id="caller-repeats-in-u1"),
        pytest.param({"u2": "Please card now"}, (True, True, False, False, False), id="caller-repeats-in-u2"),
        pytest.param({"u1": "No, I said card."}, (True, True, False, False, False), id="correction-marker"),
        pytest.param(
            {"u2": "Are you even listening?"}, (True, True, False, False, False), id="correction-marker-in-u2"
        ),
        pytest.param(
            {"extra": lambda c: c.handoff(10_000)},
            (True, True, False, False, False),
            id="escalated-in-window",
        ),
        pytest.param(
            {"extra": lambda c: c.handoff(13_000)},
            (True, True, True, True, False),
            id="escalated-after-window",
        ),
    ],
)
def test_each_part_of_recovery(call, scenario: dict[str, Any], expected: tuple[bool, ...]) -> None:
    payment_call(call, **scenario)
    assert parts(call.result()) == expected


def test_correction_marker_after_the_window_does_not_count(call) -> None:
    payment_call(call, extra=lambda c: c.caller("No, I said the other card!", 13_000))
    assert parts(call.result()) == (True, True, True, True, False)


@pytest.mark.parametrize(
    ("scenario", "expected"),
    [
        pytest.param({"u2": None}, RECOVERED_CUT_SHORT, id="hung-up-after-u1-got-the-answer"),
        pytest.param(
            {"u2": None, "end": (10_000, "agent_end")},
            RECOVERED_CUT_SHORT,
            id="agent-ended-after-u1",
        ),
        pytest.param(
            {"u2": None, "end": (10_000, "handoff")}, NOT_RECOVERED_CUT_SHORT, id="ended-by-handoff"
        ),
        pytest.param(
            {"u2": None, "extra": task_done},
            RECOVERED_CUT_SHORT,
            id="hung-up-after-successful-task-is-excused",
        ),
        pytest.param(
            {"u2": None, "extra": task_failed},
            RECOVERED_CUT_SHORT,
            id="hung-up-after-failed-task-but-got-the-answer",
        ),
        pytest.param(
            {"u1": "Perfect, thanks, bye.", "u2": None},
            RECOVERED_CUT_SHORT,
            id="goodbye-hang-up-without-any-task",
        ),
        pytest.param(
            {"u1": "No, I said card.", "u2": None, "extra": task_done},
            NOT_RECOVERED_CUT_SHORT,
            id="hung-up-right-after-a-correction",
        ),
        pytest.param(
            {"u1": "I am furious, stop", "u2": None, "extra": task_done},
            NOT_RECOVERED_CUT_SHORT,
            id="hung-up-right-after-clearly-negative-words-despite-a-task",
        ),
        pytest.param(
            {"u1": "I am annoyed", "u2": None},
            RECOVERED_CUT_SHORT,
            id="mildly-negative-last-words-are-not-a-failure",
        ),
        pytest.param(
            {"answer": None, "u1": None, "u2": None, "end": (5_000, "hangup")},
            (True, False, False, False, True),
            id="hung-up-before-the-agents-answer",
        ),
        pytest.param(
            {
                "u2": None,
                "end": (10_000, "agent_error", "failed"),
                "extra": task_done,
            },
            NOT_RECOVERED_CUT_SHORT,
            id="agent-crashed-with-the-interrupt-open",
        ),
        pytest.param(
            {"u2": None, "end": (10_000, "upstream_lost", "failed")},
            NOT_RECOVERED_CUT_SHORT,
            id="tap-lost-the-agent-with-the-interrupt-open",
        ),
        pytest.param(
            {"u2": None, "end": (10_000, "shutdown", "failed")},
            NOT_RECOVERED_CUT_SHORT,
            id="relay-shut-down-with-the-interrupt-open",
        ),
        pytest.param(
            {"u2": None, "end": (10_000, "error", "failed")},
            NOT_RECOVERED_CUT_SHORT,
            id="legacy-failed-session-with-the-interrupt-open",
        ),
        pytest.param(
            {"end": (15_000, "agent_error", "failed")},
            (True, True, True, True, False),
            id="failure-after-the-window-closed-changes-nothing",
        ),
    ],
)
def test_window_cut_short_by_the_end_of_the_call(
    call, scenario: dict[str, Any], expected: tuple[bool, ...]
) -> None:
    payment_call(call, **scenario)
    assert parts(call.result()) == expected


@pytest.mark.parametrize(
    ("reason", "not_repeated"),
    [pytest.param("hangup", False, id="caller-hung-up"), pytest.param("agent_end", True, id="agent-ended")],
)
def test_interrupt_at_the_very_end_of_the_call(call, reason: str, not_repeated: bool) -> None:
    call.started(0)
    call.caller("What do I owe?", 1000)
    call.agent(
        "You owe $40. Would you like to pay now?", 1400, chunks=[("You owe $40.", 1400), (" Would", 2600)]
    )
    call.interrupt(2500, spoken="You owe $40.")
    call.ended(2700, reason=reason)
    result = call.result()
    (row,) = result.interrupts
    assert (row.yielded, row.answered, row.not_repeated, row.recovered) == (True, False, not_repeated, False)
    assert row.window_truncated is True
    assert [t.interrupted for t in result.turns] == [True]


def test_a_caller_who_got_it_done_and_cuts_the_agent_off_to_say_bye_was_not_failed(call) -> None:
    call.started(0)
    call.caller("Pay my bill", 1000)
    call.task_completed("t1", 1200)
    call.agent(
        "Done. Anything else I can help you with today?", 1500, chunks=[("Done.", 1500), (" Anything", 2000)]
    )
    call.interrupt(1800, spoken="Done.")
    call.caller("Bye", 2100)
    call.agent("Goodbye!", 2400)
    call.ended(3000)
    assert parts(call.result()) == RECOVERED_CUT_SHORT


def test_a_hang_up_after_the_answer_is_a_recovery_without_any_task(call) -> None:
    """Revised 2026-12-02: the caller got the answer and left; no task is needed (a tap never sees
    tasks), and "Forget it" is not clearly negative."""
    call.started(0)
    call.caller("Pay my bill", 1000)
    call.agent(
        "I can help. Anything else I can help you with today?",
        1500,
        chunks=[("I can help.", 1500), (" Any", 2000)],
    )
    call.interrupt(1800, spoken="I can help.")
    call.caller("Forget it", 2100)
    call.agent("Okay, your bill is due Friday.", 2400)
    call.ended(3000)
    assert parts(call.result()) == RECOVERED_CUT_SHORT


def test_interrupted_greeting(call) -> None:
    call.started(0)
    call.agent("Hi, this call may be recorded. How can I", 100, chunks=[("Hi", 100), (" How", 1600)])
    call.interrupt(1500, spoken="Hi, this call may be recorded.")
    call.caller("Billing", 1900)
    call.agent("Billing, sure. What is your account number?", 2300)
    call.caller("1234", 5000)
    call.caller("5678", 8000)
    call.ended(9000)
    result = call.result()
    assert parts(result) == (True, True, True, True, False)
    assert [t.interrupted for t in result.turns] == [False, False, False]


def test_interrupt_row_is_final_only_when_its_window_closes(call) -> None:
    payment_call(call, u2=None, end=None)
    live = call.result()
    assert live.interrupts == ()
    assert (live.call.interrupts, live.call.interrupts_answered) == (1, 1)
    call.caller("Great, thanks", 12_000)
    (row,) = call.result().interrupts
    assert (row.interrupt_index, row.ts_ms - call.t0, row.recovered, row.window_truncated) == (
        1,
        3000,
        True,
        False,
    )


def test_interrupted_turn_is_flagged_and_counted(call) -> None:
    payment_call(call, rest_at=3400)
    result = call.result()
    assert [t.interrupted for t in result.turns] == [True, False, False, False]
    summary = result.call
    assert (
        summary.interrupts,
        summary.interrupts_yielded,
        summary.interrupts_answered,
        summary.interrupts_not_repeated,
        summary.interrupts_recovered,
    ) == (1, 0, 1, 1, 0)
