"""Time to first helpful word, time to first token, and dead air, per turn."""

from __future__ import annotations

import pytest

from stream.metrics import MetricsConfig


def _balance_call(
    call, speaker_events: bool, answer_chunks: list[tuple[str, int]], answer_at: int | None = None
) -> None:
    """Greeting, then "What's my balance?" (speech 3000-5000, received 5400), then the answer."""
    call.started(0)
    call.agent("Hi, this is Ava. How can I help?", 200, tags=["greeting"])
    if speaker_events:
        call.client_spoke(3000, 5000)
    call.caller("What's my balance?", 5400)
    at = answer_chunks[0][1] if answer_at is None else answer_at
    call.agent("".join(t for t, _ in answer_chunks), at, chunks=answer_chunks)
    call.ended(9000)


FILLER_THEN_ANSWER = [("Sure, let me check. ", 5900), ("Your balance is $40.", 6800)]


@pytest.mark.parametrize(
    ("speaker_events", "start", "first_token", "ttfhw", "within_budget"),
    [
        pytest.param(True, 5000, 900, 1800, False, id="start-at-client-speaking-off"),
        pytest.param(False, 5400, 500, 1400, True, id="start-at-receive-time-without-speaker-events"),
    ],
)
def test_ttfhw_is_measured_from_the_callers_end_of_speech(
    call, speaker_events: bool, start: int, first_token: int, ttfhw: int, within_budget: bool
) -> None:
    _balance_call(call, speaker_events, FILLER_THEN_ANSWER)
    result = call.result()
    (turn,) = result.turns
    assert turn.start_ms - call.t0 == start
    assert (turn.first_token_ms, turn.ttfhw_ms, turn.within_budget) == (first_token, ttfhw, within_budget)
    assert turn.response == "helpful"
    assert result.call.ttfhw_first_ms == ttfhw
    assert result.call.turns_within_budget == int(within_budget)


@pytest.mark.parametrize(
    ("chunks", "answer_at", "ttfhw", "within_budget"),
    [
        pytest.param(
            [("Your balance is $40.", 5900)], None, 500, True, id="no-filler-ttfhw-equals-first-token"
        ),
        pytest.param([("Okay. ", 5500), ("It is $40.", 6900)], None, 1500, True, id="budget-is-inclusive"),
        pytest.param([("Okay. ", 5500), ("It is $40.", 6901)], None, 1501, False, id="one-ms-over-budget"),
        # the chunks carry the agent host's clock, which runs behind the telephony clock here
        pytest.param([("Your ", 5300), ("balance", 5350)], 5500, 0, True, id="clock-skew-clamps-to-zero"),
    ],
)
def test_ttfhw_edges(
    call, chunks: list[tuple[str, int]], answer_at: int | None, ttfhw: int, within_budget: bool
) -> None:
    _balance_call(call, False, chunks, answer_at)
    (turn,) = call.result().turns
    assert (turn.ttfhw_ms, turn.within_budget) == (ttfhw, within_budget)


def test_filler_only_response_has_no_ttfhw_and_counts_as_no_helpful_turn(call) -> None:
    _balance_call(call, True, [("Sure, ", 5900), ("one moment.", 6000)])
    result = call.result()
    (turn,) = result.turns
    assert (turn.response, turn.first_token_ms, turn.ttfhw_ms, turn.within_budget) == (
        "filler_only",
        900,
        None,
        False,
    )
    assert (result.call.no_helpful_turns, result.call.ttfhw_first_ms, result.call.ttfhw_p50_ms) == (
        1,
        None,
        None,
    )


def test_filler_utterance_then_answer_in_the_next_utterance(call) -> None:
    call.started(0)
    call.client_spoke(1000, 2000)
    call.caller("When is my appointment?", 2100)
    call.agent("Got it, one moment.", 2400)
    call.agent(
        "Okay! It's on Tuesday at 3.", 4200, chunks=[("Okay! ", 4200), ("It's on Tuesday at 3.", 4300)]
    )
    call.ended(8000)
    (turn,) = call.result().turns
    assert (turn.first_token_ms, turn.ttfhw_ms, turn.response) == (400, 2300, "helpful")


def test_no_response_is_none_and_not_a_no_helpful_turn(call) -> None:
    call.started(0)
    call.caller("Hello?", 1000)
    call.ended(1500)
    result = call.result()
    (turn,) = result.turns
    assert (turn.response, turn.first_token_ms, turn.ttfhw_ms) == ("none", None, None)
    assert result.call.no_helpful_turns == 0


def test_speaker_events_of_an_earlier_turn_are_not_reused(call) -> None:
    call.started(0)
    call.client_spoke(1000, 2000)
    call.caller("Hi.", 2200)
    call.agent("Hello! How can I help?", 2500)
    call.speaker("client", False, 9000)  # arrives after the caller utterance: not its end of speech
    call.caller("My bill.", 8000)
    call.agent("Your bill is $40.", 8600)
    call.ended(12_000)
    first, second = call.result().turns
    assert (first.start_ms - call.t0, second.start_ms - call.t0) == (2000, 8000)


@pytest.mark.parametrize(
    ("answer_at", "end_at", "dead_air"),
    [
        pytest.param(8500, 12_000, True, id="agent-silent-3500ms"),
        pytest.param(8000, 12_000, False, id="agent-answers-at-exactly-3000ms"),
        pytest.param(None, 7000, False, id="caller-hung-up-within-3s"),
        pytest.param(None, 9000, True, id="no-answer-while-call-still-up"),
    ],
)
def test_dead_air(call, answer_at: int | None, end_at: int, dead_air: bool) -> None:
    call.started(0)
    call.client_spoke(3000, 5000)
    call.caller("Can you check my payment?", 5200)
    if answer_at is not None:
        call.agent("Your payment went through.", answer_at)
    call.ended(end_at)
    result = call.result()
    assert result.turns[0].dead_air is dead_air
    assert result.call.dead_air_turns == int(dead_air)


def test_agent_still_speaking_after_the_caller_is_not_dead_air(call) -> None:
    call.started(0)
    call.caller("Hi.", 1000)
    call.agent(
        "Hello, I can help with billing, payments and more.", 1200, chunks=[("Hello", 1200), (" more", 3900)]
    )
    call.caller("Okay.", 2000)  # final utterance while the agent is still sending chunks
    call.agent("What would you like to do?", 6000)
    call.ended(10_000)
    assert [t.dead_air for t in call.result().turns] == [False, False]


def test_dead_air_threshold_is_configurable(call) -> None:
    _balance_call(call, True, [("Your balance is $40.", 6200)])
    assert call.result(MetricsConfig(dead_air_ms=1000)).turns[0].dead_air is True
    assert call.result().turns[0].dead_air is False


def test_turn_row_waits_until_its_dead_air_window_closes(call) -> None:
    call.started(0)
    call.caller("Is my order shipped?", 1000)
    call.caller("Hello?", 2000)  # a later caller utterance, but turn 1's 3 s window is still open
    assert [t.turn_index for t in call.result().turns] == []
    call.agent("Yes, it shipped today.", 4500)
    result = call.result()
    assert [(t.turn_index, t.dead_air) for t in result.turns] == [(1, True)]
    assert (result.call.turns, result.call.dead_air_turns) == (2, 1)


def test_call_summary_quantiles_over_turns(call) -> None:
    call.started(0)
    for i, delay in enumerate([400, 800, 1200, 2000, 3600]):
        at = 10_000 * (i + 1)
        call.caller(f"Question {i}", at)
        call.agent(f"Answer {i}", at + delay)
    call.ended(60_000)
    summary = call.result().call
    assert (summary.turns, summary.ttfhw_first_ms) == (5, 400)
    assert summary.ttfhw_p50_ms == 1200.0
    assert summary.ttfhw_p95_ms == pytest.approx(2000 + 0.8 * 1600)
    assert summary.turns_within_budget == 3
