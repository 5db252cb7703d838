"""The wallboard's risk score: each factor raises it, a calm call scores low, it stays within 0-100."""

from __future__ import annotations

import itertools

import pytest

from api.risk import CAPS, MODEL, RISK_THRESHOLD, CallHistory, LiveCallSignals, Risk, risk_score

CALM = LiveCallSignals(
    sentiments=(0.2, 0.3, 0.25, 0.4), corrections=0, loops=0, tool_calls=2, tool_failures=0, silence_ms=1_500
)


def test_a_calm_call_scores_low_with_no_reasons():
    risk = risk_score(CALM)
    assert risk == Risk(score=0, reasons=())


def test_an_empty_new_call_scores_zero():
    assert risk_score(LiveCallSignals()).score == 0


@pytest.mark.parametrize(
    ("change", "reason_word"),
    [
        pytest.param({"sentiments": (0.4, 0.3, -0.1, -0.3)}, "falling", id="falling-sentiment"),
        pytest.param({"sentiments": (-0.5, -0.5, -0.5, -0.5)}, "negative", id="negative-sentiment"),
        pytest.param({"corrections": 2}, "corrected", id="corrections"),
        pytest.param({"loops": 2}, "repeated itself", id="loops"),
        pytest.param({"tool_failures": 1, "tool_calls": 3}, "tool calls failed", id="tool-failures"),
        pytest.param({"silence_ms": 15_000}, "silent for 15 s", id="long-silence"),
    ],
)
def test_each_factor_raises_the_score_and_says_why(change, reason_word):
    calm = risk_score(CALM)
    risky = risk_score(LiveCallSignals(**{**_fields(CALM), **change}))
    assert risky.score >= calm.score + 10
    assert any(reason_word in reason for reason in risky.reasons), risky.reasons


@pytest.mark.parametrize(
    ("field", "low", "high"),
    [
        ("corrections", 1, 2),
        ("loops", 1, 2),
        ("tool_failures", 1, 2),
        ("silence_ms", 6_000, 12_000),
    ],
)
def test_more_of_a_factor_is_never_less_risky(field, low, high):
    assert (
        risk_score(LiveCallSignals(**{field: high})).score > risk_score(LiveCallSignals(**{field: low})).score
    )


def test_a_steeper_fall_in_sentiment_is_riskier():
    gentle = risk_score(LiveCallSignals(sentiments=(0.5, 0.5, 0.3, 0.3)))
    steep = risk_score(LiveCallSignals(sentiments=(0.5, 0.5, -0.5, -0.5)))
    assert steep.score > gentle.score > 0


def test_rising_sentiment_adds_nothing():
    assert risk_score(LiveCallSignals(sentiments=(-0.1, 0.0, 0.3, 0.6))).score == 0


def test_silence_within_the_grace_adds_nothing():
    assert risk_score(LiveCallSignals(silence_ms=3_900)).score == 0


def test_one_factor_alone_is_capped_so_others_still_rank_calls():
    many_failures = risk_score(LiveCallSignals(tool_failures=50, tool_calls=50))
    assert many_failures.score <= round(CAPS["tools"] * MODEL.concern_weights.get("tools", 1.0)) < 100


def test_reasons_come_strongest_first():
    risk = risk_score(LiveCallSignals(corrections=1, silence_ms=30_000))  # 12 points vs 25 points
    assert risk.reasons[0].startswith("silent") and "corrected" in risk.reasons[1]


def test_everything_at_once_is_bounded_at_100():
    worst = LiveCallSignals(
        sentiments=(1.0, 1.0, -1.0, -1.0), corrections=99, loops=99, tool_calls=99, tool_failures=99,
        silence_ms=10**9,
    )  # fmt: skip
    assert risk_score(worst).score == 100


@pytest.mark.parametrize(
    "signals",
    [
        LiveCallSignals(*combo)
        for combo in itertools.product(
            [(), (1.0,), (-1.0, 1.0), (1.0, -1.0), (0.1, -0.9, 0.5, -1.0)],
            [0, 1, 5],
            [0, 3],
            [0, 7],
            [0, 2],
            [0, 60_000, -5],
        )
    ],
)
def test_the_score_is_always_within_0_and_100(signals):
    risk = risk_score(signals)
    assert 0 <= risk.score <= 100
    assert (risk.score == 0) == (risk.reasons == ())


def test_calls_like_this_that_often_end_badly_raise_the_score_and_say_so():
    usual = CallHistory("billing, make_payment", calls=800, bad=240, reference=0.3)
    disputes = CallHistory("billing, dispute_charge", calls=90, bad=85, reference=0.3)
    assert risk_score(LiveCallSignals(history=usual)) == Risk(score=0, reasons=())
    risky = risk_score(LiveCallSignals(history=disputes))
    assert risky.score >= RISK_THRESHOLD
    assert risky.reasons == (
        "calls like this (billing, dispute_charge) ended badly 94% of the time (85 of 90; 30% of all calls)",
    )


def test_a_few_past_calls_say_less_than_many():
    few = risk_score(LiveCallSignals(history=CallHistory("refill, x", calls=4, bad=3, reference=0.3)))
    many = risk_score(LiveCallSignals(history=CallHistory("refill, x", calls=400, bad=300, reference=0.3)))
    assert 0 < few.score < many.score


def test_a_tool_call_left_waiting_is_a_concern_once_past_its_grace():
    assert risk_score(LiveCallSignals(waiting_tool_ms=2_500)).score == 0  # a tool answering normally
    stuck = risk_score(LiveCallSignals(waiting_tool_ms=8_000))
    assert stuck.score >= RISK_THRESHOLD and stuck.reasons == ("waiting 8 s for a tool",)


def test_falling_behind_the_workflows_pace_counts_only_from_a_minute_in():
    paced = CallHistory("billing, make_payment", calls=800, bad=240, reference=0.3, pace=3.0)
    early = LiveCallSignals(history=paced, elapsed_ms=30_000)  # no tool call yet: normal at 30 s
    late = LiveCallSignals(history=paced, elapsed_ms=75_000, tool_calls=1)
    on_pace = LiveCallSignals(history=paced, elapsed_ms=75_000, tool_calls=3)
    assert risk_score(early).score == risk_score(on_pace).score == 0
    behind = risk_score(late)
    assert behind.score > 0
    assert behind.reasons == ("behind: 1 steps done in 75 s, calls like this do 3.0 in their first minute",)


def _fields(signals: LiveCallSignals) -> dict:
    return {name: getattr(signals, name) for name in signals.__slots__}
