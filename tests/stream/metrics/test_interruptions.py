"""Interruption recovery: yielded, answered, not repeated; each can fail on its own.

The scenarios of the payment call are rows of ``test_interruptions.yaml``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from case_rows import CaseTable

SPOKEN = "Sure. I can take a card payment now,"
REST = " or I can text you a secure link to pay online later."
TABLE = CaseTable(Path(__file__).with_suffix(".yaml"))
# parts() of an interrupt whose window the end of the call cut short, recovered (the table's own name for it)
RECOVERED_CUT_SHORT = tuple(TABLE.data["recovered_cut_short"])


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


EXTRAS: dict[str, Callable[[Any], None]] = {
    "task_done": task_done,
    "task_failed": task_failed,
    "handoff_at_10000": lambda c: c.handoff(10_000),
    "handoff_at_13000": lambda c: c.handoff(13_000),
}
"""What a scenario of the table names as its ``extra`` step."""


def table_call(call, scenario: dict[str, Any]) -> None:
    """``payment_call`` with a scenario of the table (its ``extra`` a name of ``EXTRAS``)."""
    extra = scenario.get("extra")
    payment_call(call, **{**scenario, "extra": EXTRAS[extra] if extra else None})


def parts(result) -> tuple[bool, bool, bool, bool, bool]:
    (i,) = result.interrupts
    return i.yielded, i.answered, i.not_repeated, i.recovered, i.window_truncated


@TABLE.parametrize("scenario", "expected")
def test_each_part_of_recovery(call, scenario: dict[str, Any], expected: list[bool]) -> None:
    table_call(call, scenario)
    assert parts(call.result()) == tuple(expected)


def test_correction_marker_after_the_window_does_not_count(call) -> None:
    payment_call(call, extra=lambda c: c.caller("No, I said the other card!", 13_000))
    assert parts(call.result()) == (True, True, True, True, False)


@TABLE.parametrize("scenario", "expected")
def test_window_cut_short_by_the_end_of_the_call(
    call, scenario: dict[str, Any], expected: list[bool]
) -> None:
    table_call(call, scenario)
    assert parts(call.result()) == tuple(expected)


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


@TABLE.parametrize("task_done", "said", "chunks", "last_words", "answer")
def test_a_caller_who_cuts_the_agent_off_and_leaves_after_the_answer_recovered(
    call, task_done: bool, said: str, chunks: list[tuple[str, int]], last_words: str, answer: str
) -> None:
    """A short call: the caller cuts the agent's first reply off after its first chunk, says a few words and
    hangs up once answered; the interrupt counts as recovered (with a task done or without any)."""
    call.started(0)
    call.caller("Pay my bill", 1000)
    if task_done:
        call.task_completed("t1", 1200)
    call.agent(said, 1500, chunks=[tuple(chunk) for chunk in chunks])
    call.interrupt(1800, spoken=chunks[0][0])
    call.caller(last_words, 2100)
    call.agent(answer, 2400)
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
