"""The wallboard's read carries the rules that fired on each live call, and they raise its risk."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pattern_pipeline import feed as feed_lines
from pattern_pipeline import pattern_pipeline

from api.risk import LiveCallSignals, risk_score
from api.store.live import live_calls
from ingest.clock import ManualClock
from stream.messages import Position, RawMessage
from stream.pipeline import Pipeline
from stream.rules.parse import load_rules

from events import CallBuilder

NOW = 1_764_000_600_000
RULES = load_rules(Path(__file__).resolve().parents[2] / "deploy" / "rules" / "call_rules.v1.yaml")
WEEK = "I've been trying to sort this out all week, it's ridiculous."


def week_call(sid: str, start_ms: int, text: str) -> CallBuilder:
    call = CallBuilder(sid, start_ms=start_ms).started()
    call.agent(100, "Thanks for calling. How can I help?", tags=("greeting",))
    call.caller(2_500, "Hi, I need to sort out my bill.")
    call.agent(3_000, "Sure, what's the phone number on the account?")
    call.caller(7_000, text)
    call.agent(7_500, "I'm sorry about that, let me help.")
    return call


def test_a_live_call_shows_the_rule_that_fired_at_its_turn_and_ranks_first(warehouse: Any) -> None:
    upset, calm = "CA" + "1" * 32, "CA" + "2" * 32
    pipeline = pattern_pipeline(warehouse.client, warehouse.database, NOW, rules=RULES)
    lines = (
        week_call(upset, NOW - 9_000, WEEK).lines()
        + week_call(calm, NOW - 9_500, "It's 415 555 0198.").lines()
    )
    feed_lines(pipeline, lines, ts_ms=NOW)

    board = live_calls(warehouse.client, warehouse.database, NOW)

    assert [c.call_sid for c in board] == [upset, calm]
    first, second = board
    assert first.rules == ("caller_frustrated",) and second.rules == ()
    [match] = first.matches
    assert (match.rule, match.turn, match.event_ms) == ("caller_frustrated", 2, NOW - 9_000 + 7_000)
    assert "ridiculous" in match.detail and "week" not in match.detail.replace("all week", "")
    assert first.risk.score >= 40 > second.risk.score
    assert "rule caller_frustrated" in first.risk.reasons


def test_the_issue_sentence_raises_risk_even_before_its_sentiment_is_in() -> None:
    """The score of issue 17's caller was 0: its turn had no sentiment row yet. The rule now speaks."""
    before = risk_score(LiveCallSignals(sentiments=(0.0,)))
    after = risk_score(LiveCallSignals(sentiments=(0.0,), rules=("caller_frustrated",)))
    assert before.score < 15  # a neutral caller: a few points for mood, not at risk
    assert after.score >= 40


def test_a_call_flagged_in_its_first_seconds_is_on_the_board_before_its_calls_row(warehouse: Any) -> None:
    """The stream writes a live call's first calls row one interval (5 s) after its first event; a rule
    that fires sooner still puts the call on the board."""
    sid = "CA" + "3" * 32
    call = CallBuilder(sid, start_ms=NOW - 2_000).started()
    call.agent(100, "Thanks for calling.", tags=("greeting",))
    call.caller(1_500, "Oh, it's a machine. Never mind.")
    clock = ManualClock(NOW)
    pipeline = Pipeline(warehouse.client, warehouse.database, clock, redaction=None, rules=RULES)
    for i, line in enumerate(call.lines()):
        pipeline.submit(RawMessage(line, Position("t", 0, i), NOW))
    clock.advance(1_500)
    pipeline.poll()  # the batch is old enough to be written; the call is not due for its first row

    calls = warehouse.client.query(f"SELECT count() FROM {warehouse.database}.calls").result_rows[0][0]
    board = live_calls(warehouse.client, warehouse.database, clock.now_ms())

    assert calls == 0
    assert [c.call_sid for c in board] == [sid]
    assert board[0].rules == ("caller_giving_up",)
    assert board[0].started_at_ms == NOW - 2_000
