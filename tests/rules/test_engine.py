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
