"""compute_call as a whole: identity, ordering, duplicates, determinism, live vs ended rows."""

from __future__ import annotations

import random

import pytest

from stream.metrics import METRICS_VERSION, MetricsInputError, compute_call


def _full_call(call) -> None:
    call.started(0)
    call.agent("Hi, this call is recorded. How can I help?", 100, tags=["greeting", "consent_notice"])
    call.client_spoke(2000, 3500)
    call.caller("What is my balance?", 3700)
    call.tool_called("lookup_bill", "c1", 3800)
    call.agent("Sure, let me check.", 4000)
    call.tool_result("lookup_bill", "c1", 4400, latency_ms=600.0)
    call.verified(4500)
    call.agent(
        "Your balance is $40. Want to pay it now?",
        4700,
        chunks=[("Your", 4700), (" now?", 5400)],
        tags=["account_data"],
    )
    call.interrupt(5200, spoken="Your balance is $40.")
    call.client_spoke(5300, 6100)
    call.caller("Yes pay it now, I am happy", 6300)
    call.task_started("t1", 6400, task="payment")
    call.agent("Okay, paying $40 now.", 6700)
    call.task_completed("t1", 9000, task="payment")
    call.caller("Thanks", 10_000)
    call.agent("You're welcome! Anything else?", 10_300)
    call.caller("No, bye", 12_000)
    call.agent("Goodbye!", 12_200)
    call.ended(13_000)


def test_full_call_summary(call) -> None:
    _full_call(call)
    result = call.result()
    c = result.call
    assert result.metrics_version == METRICS_VERSION
    assert (c.call_sid, c.workflow, c.agent_name, c.agent_version, c.agent_model, c.prompt_version) == (
        "CA0001",
        "billing",
        "billing-bot",
        "2.3.0",
        "gpt-4o-mini",
        "p7",
    )
    assert (c.canary, c.shadow, c.ended, c.handle_time_ms, c.end_status, c.end_reason) == (
        False,
        False,
        True,
        13_000,
        "completed",
        "hangup",
    )
    assert (c.turns, c.ttfhw_first_ms, c.no_helpful_turns, c.dead_air_turns) == (4, 1200, 0, 0)
    assert [t.ttfhw_ms for t in result.turns] == [1200, 600, 300, 200]
    assert [t.interrupted for t in result.turns] == [True, False, False, False]
    assert (c.interrupts, c.interrupts_recovered) == (1, 1)
    assert (c.contained, c.resolved_contained, c.tasks_started, c.tasks_succeeded) == (True, True, 1, 1)
    assert (c.consent_given, c.disclosure_before_verification, c.tool_calls) == (True, False, 1)
    assert (c.sentiment_first, c.sentiment_last, c.sentiment_delta, c.short_call) == (0.2, 0.2, 0.0, True)
    assert c.events == len(call.events)
    assert c.last_event_ms - call.t0 == 13_000


def test_same_events_in_any_order_give_the_same_result(call) -> None:
    _full_call(call)
    expected = call.result()
    rng = random.Random(7)
    for _ in range(20):
        shuffled = list(call.events)
        rng.shuffle(shuffled)
        assert call.result(events=shuffled) == expected


def test_duplicate_events_are_counted_once(call) -> None:
    _full_call(call)
    expected = call.result()
    doubled = call.events + [e.model_copy() for e in call.events[::2]]
    assert call.result(events=doubled) == expected
    assert expected.call.events == len(call.events)


def test_redelivered_copy_with_a_later_time_does_not_displace_the_original(call) -> None:
    call.started(0)
    original = call.caller("What is my balance?", 1000)
    call.agent("It is $40.", 1500)
    call.ended(5000)
    late_copy = original.model_copy(update={"ts": original.ts + 10_000})
    assert call.result(events=[late_copy, *call.events]) == call.result()


def test_computing_twice_gives_identical_rows(call) -> None:
    _full_call(call)
    assert call.result() == call.result()


def test_live_call_returns_only_closed_turns_and_counts_all(call) -> None:
    call.started(0)
    call.caller("Hi", 1000)
    call.agent("Hello! How can I help?", 1300)
    call.caller("My bill", 5000)
    call.agent("Your bill is $40.", 5400)
    result = call.result()
    assert (result.call.ended, result.call.turns, result.call.contained) == (False, 2, False)
    assert [t.turn_index for t in result.turns] == [1]
    assert result.call.handle_time_ms is None
    call.ended(9000)
    assert [t.turn_index for t in call.result().turns] == [1, 2]


def test_identity_falls_back_to_the_earliest_event(call) -> None:
    call.caller("Hello?", 2000)
    call.agent("Hi!", 1000)
    c = call.result().call
    assert (c.started_at_ms - call.t0, c.workflow, c.agent_name) == (1000, "billing", "billing-bot")


def test_canary_flag_comes_from_the_call(make_call) -> None:
    canary = make_call(canary=True)
    canary.started(0)
    assert canary.result().call.canary is True


def test_no_events_is_an_error() -> None:
    with pytest.raises(MetricsInputError, match="no events"):
        compute_call([])


def test_events_of_two_calls_are_an_error(call) -> None:
    call.started(0)
    call.call_sid = "CA0002"
    call.caller("Hi", 100)
    with pytest.raises(MetricsInputError, match="2 calls"):
        call.result()
