"""Episodes: a rule fires when its condition starts to hold, once per episode, whatever order the clock
and late events look at it in."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from stream.metrics import VaderScorer
from stream.rules.engine import RuleEngine
from stream.rules.parse import load_rules
from stream.rules.signals import Observed

RULES = load_rules(Path(__file__).resolve().parents[2] / "deploy" / "rules" / "call_rules.v1.yaml")
T0 = 1_764_000_000_000


def event(kind: str, at: int, **data: Any) -> Observed:
    return Observed("CA1", kind, T0 + at, "billing", "1.0.0", data)


def test_a_silence_seen_by_the_clock_is_not_matched_again_when_a_late_event_is_folded_in() -> None:
    engine = RuleEngine(RULES, VaderScorer())
    engine.observe(event("call.started", 0, direction="inbound"), T0)
    engine.observe(event("caller.utterance", 1_000, text="What's my balance?", final=True), T0 + 1_000)
    first = engine.tick(T0 + 9_500)  # 8.5 s of nothing
    # an event stamped before the tick arrives after it (no sign of life: a tool call)
    engine.observe(event("tool.called", 5_000, tool="get_balance", tool_call_id="t1"), T0 + 9_600)
    again = engine.tick(T0 + 10_000)
    assert [m.rule for m in first] == ["dead_air"]
    assert first[0].event_ms == T0 + 1_000 + 8_000
    assert again == []


def test_a_new_silence_is_a_new_episode() -> None:
    engine = RuleEngine(RULES, VaderScorer())
    engine.observe(event("call.started", 0, direction="inbound"), T0)
    engine.observe(event("caller.utterance", 1_000, text="Hello?", final=True), T0 + 1_000)
    assert [m.rule for m in engine.tick(T0 + 9_500)] == ["dead_air"]
    engine.observe(event("caller.utterance", 12_000, text="Hello? Anyone?", final=True), T0 + 12_000)
    assert [m.rule for m in engine.tick(T0 + 20_500)] == ["dead_air"]


def test_a_replayed_call_is_judged_by_its_events_not_a_clock_far_ahead() -> None:
    """Events arriving an hour after their time (a backfill): the clock does not make them silent."""
    engine = RuleEngine(RULES, VaderScorer())
    late = T0 + 3_600_000
    engine.observe(event("call.started", 0, direction="inbound"), late)
    engine.observe(event("caller.utterance", 1_000, text="What's my balance?", final=True), late)
    assert engine.tick(late + 1_000) == []


def test_a_worker_behind_real_time_does_not_see_talking_calls_as_silent() -> None:
    """A worker 6 s behind (a backlog) reads a call whose parties speak every 3 s: nobody was silent for
    8 s in the call's own time, so the clock must not match dead_air while it catches up (before, calls
    behind by 2-10 s were all 'silent': hundreds of false matches and supervisor alerts)."""
    engine = RuleEngine(RULES, VaderScorer())
    behind = 6_000
    engine.observe(event("call.started", 0, direction="inbound"), T0 + behind)
    for at in range(1_000, 30_000, 3_000):
        engine.observe(
            event("caller.utterance", at, text="and then the second thing", final=True), T0 + at + behind
        )
        assert engine.tick(T0 + at + behind + 2_900) == []  # 8.9 s after the event by the wall clock


def test_a_caught_up_worker_still_sees_a_silent_call_by_the_clock() -> None:
    engine = RuleEngine(RULES, VaderScorer())
    engine.observe(event("call.started", 0, direction="inbound"), T0 + 200)
    engine.observe(event("caller.utterance", 1_000, text="What's my balance?", final=True), T0 + 1_200)
    assert engine.tick(T0 + 9_100) == []  # 7.9 s after the event, 8.1 by the wall clock: lag 0.2 s
    assert [m.rule for m in engine.tick(T0 + 9_300)] == ["dead_air"]
