"""Rules in the stream: matches land in `rule_matches` once, at their turn, with no caller text; a
silence seen by the clock while the call is live and one seen when the next event shows the gap are
the same row."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pattern_pipeline import feed as feed_lines
from pattern_pipeline import pattern_pipeline

from ingest.clock import ManualClock
from stream.messages import Position, RawMessage
from stream.pipeline import Pipeline
from stream.rules.parse import load_rules

from events import T0, CallBuilder

DEFAULT = Path(__file__).resolve().parents[2] / "deploy" / "rules" / "call_rules.v1.yaml"
RULES = load_rules(DEFAULT)


def pipeline(warehouse: Any, clock: ManualClock) -> Pipeline:
    return pattern_pipeline(warehouse.client, warehouse.database, clock, rules=RULES)


def matches(warehouse: Any) -> list[tuple[Any, ...]]:
    return warehouse.client.query(
        "SELECT call_sid, rule, turn, toUnixTimestamp64Milli(event_at), detail, rule_version "
        f"FROM {warehouse.database}.rule_matches FINAL ORDER BY call_sid, event_at, rule"
    ).result_rows


def upset_call(sid: str) -> CallBuilder:
    call = CallBuilder(sid).started()
    call.agent(100, "Thanks for calling. How can I help?", tags=("greeting",))
    call.caller(3_000, "Hi, my number is 415 555 0198 and I need my bill.")
    call.agent(3_600, "Sure, one moment.")
    call.add("tool.called", 3_800, tool="get_balance", tool_call_id="t1")
    call.add("tool.result", 4_300, tool="get_balance", tool_call_id="t1", ok=False, latency_ms=500.0)
    call.agent(4_500, "Sorry, can you say that again?")
    call.caller(7_000, "I've been trying to sort this out all week, it's ridiculous.")
    call.agent(7_600, "I'm sorry. Let me try again.")
    call.ended(9_000)
    return call


def feed(p: Pipeline, lines: list[bytes], start: int = 0) -> None:
    feed_lines(p, lines, ts_ms=T0, start=start)


def test_matches_are_written_at_their_turn_without_caller_text(warehouse: Any) -> None:
    feed(pipeline(warehouse, ManualClock(T0 + 10_000)), upset_call("CA" + "a" * 32).lines())
    rows = matches(warehouse)
    assert [(r[1], r[2]) for r in rows] == [("tool_failed", 1), ("caller_frustrated", 2)]
    assert all(r[5] == "1" for r in rows)
    assert rows[1][4] == "said 'ridiculous' (or close)"
    assert not any("0198" in r[4] or "all week, it's" in r[4] for r in rows)


def test_a_redelivered_call_is_matched_once(warehouse: Any) -> None:
    lines = upset_call("CA" + "b" * 32).lines()
    feed(pipeline(warehouse, ManualClock(T0 + 10_000)), lines)
    feed(pipeline(warehouse, ManualClock(T0 + 20_000)), lines)  # another process, same events again
    assert [(r[1], r[2]) for r in matches(warehouse)] == [("tool_failed", 1), ("caller_frustrated", 2)]


def quiet_call(sid: str) -> CallBuilder:
    call = CallBuilder(sid).started()
    call.agent(100, "Hi, how can I help?", tags=("greeting",))
    call.caller(2_000, "What's my balance?")
    call.agent(2_500, "Let me check.")  # spoken until about 3.4 s; then nothing for 12 s
    return call


def test_dead_air_is_matched_live_by_the_clock_and_later_by_the_gap_alike(warehouse: Any) -> None:
    live_sid, replay_sid = "CA" + "c" * 32, "CA" + "d" * 32
    clock = ManualClock(T0 + 2_600)
    live = pipeline(warehouse, clock)
    call = quiet_call(live_sid)
    for i, line in enumerate(call.lines()):
        live.submit(RawMessage(line, Position("t", 0, i), T0))
    live.poll()
    clock.advance(6_000)  # 5.1 s of silence: nothing yet
    live.poll()
    assert live.call_rules is not None and live.call_rules.by_rule["dead_air"] == 0
    clock.advance(4_000)  # 9.1 s
    live.poll()
    assert live.call_rules.by_rule["dead_air"] == 1
    live.join()

    replayed = quiet_call(replay_sid)
    replayed.agent(15_500, "Your balance is forty dollars.")
    replayed.ended(18_000)
    feed(pipeline(warehouse, ManualClock(T0 + 20_000)), replayed.lines(), start=100)

    rows = {r[0]: r for r in matches(warehouse) if r[1] == "dead_air"}
    assert rows[live_sid][2:4] == rows[replay_sid][2:4]  # same turn, same event time
    spoken_until = T0 + 2_500 + round(len("Let me check.") / 14 * 1000)
    assert rows[live_sid][3] == spoken_until + 8_000


def test_a_shadow_call_fires_no_rule(warehouse: Any) -> None:
    """A person handles a shadow call; the agent only proposed, unheard: a rule on it would tell a
    supervisor about things the caller never heard (and notify the agent about a call it does not own)."""
    shadow = upset_call("CA" + "e" * 32)
    for event in shadow.events:
        event["flags"] = {"canary": False, "shadow": True}
    feed(pipeline(warehouse, ManualClock(T0 + 10_000)), shadow.lines() + upset_call("CA" + "f" * 32).lines())
    assert {r[0] for r in matches(warehouse)} == {"CA" + "f" * 32}
