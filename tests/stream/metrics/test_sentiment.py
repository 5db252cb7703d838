"""Caller sentiment per utterance and the first-to-last-window delta."""

from __future__ import annotations

import pytest

from stream.metrics import VaderScorer


def test_first_and_last_windows(call) -> None:
    call.started(0)
    call.caller("I am furious about this bill", 5_000)  # -0.9
    call.caller("ok", 20_000)  # 0.0
    call.caller("that sounds fine", 50_000)  # outside both windows of a 100 s call
    call.caller("fine, thanks", 75_000)  # 0.2
    call.caller("I am happy now", 95_000)  # 0.8
    call.ended(100_000)
    result = call.result()
    c = result.call
    assert (c.sentiment_first, c.sentiment_last, c.sentiment_delta, c.short_call) == (-0.45, 0.5, 0.95, False)
    assert [t.sentiment for t in result.turns] == [-0.9, 0.0, 0.2, 0.2, 0.8]


def test_utterance_start_is_when_the_caller_began_speaking(call) -> None:
    call.started(0)
    call.client_spoke(28_000, 31_000)  # began inside the first 30 s, received after it
    call.caller("I am annoyed", 31_500)
    call.ended(120_000)
    assert call.result().call.sentiment_first == -0.4


@pytest.mark.parametrize(
    ("end_at", "first", "last", "delta"),
    [
        pytest.param(120_000, -0.4, None, None, id="no-caller-speech-in-last-window"),
        pytest.param(None, -0.4, None, None, id="live-call-has-no-last-window"),
    ],
)
def test_empty_window_is_none_not_zero(call, end_at: int | None, first, last, delta) -> None:
    call.started(0)
    call.caller("I am annoyed", 10_000)
    if end_at is not None:
        call.ended(end_at)
    c = call.result().call
    assert (c.sentiment_first, c.sentiment_last, c.sentiment_delta) == (first, last, delta)


def test_no_caller_speech_at_all(call) -> None:
    call.started(0)
    call.agent("Hello?", 100)
    call.ended(90_000)
    c = call.result().call
    assert (c.sentiment_first, c.sentiment_last, c.sentiment_delta) == (None, None, None)


@pytest.mark.parametrize(
    ("end_at", "short"),
    [
        pytest.param(59_999, True, id="just-under-60s"),
        pytest.param(60_000, False, id="exactly-60s"),
    ],
)
def test_short_calls_are_flagged_and_windows_overlap(call, end_at: int, short: bool) -> None:
    call.started(0)
    call.caller("I am furious", 29_999)  # in both windows only when the call is < 60 s
    call.ended(end_at)
    c = call.result().call
    assert c.short_call is short
    assert c.sentiment_first == -0.9
    assert c.sentiment_last == (-0.9 if short else None)


def test_partial_transcripts_are_not_scored(call, scorer) -> None:
    call.started(0)
    call.caller("I am fur", 1000, final=False)
    call.caller("I am happy", 2000)
    call.ended(90_000)
    from stream.metrics import compute_call

    result = compute_call(call.events, scorer=scorer)
    assert (scorer.calls, result.call.sentiment_first) == (1, 0.8)


def test_vader_scorer_on_obviously_positive_and_negative_text() -> None:
    scorer = VaderScorer()
    positive = scorer.score("Thank you so much, that was great and really helpful!")
    negative = scorer.score("This is terrible, you are useless and I hate this.")
    assert positive > 0.5 > -0.5 > negative
    assert -1.0 <= negative < positive <= 1.0
    assert scorer.score("Thank you so much, that was great and really helpful!") == positive  # cached
