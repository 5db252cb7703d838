"""The rules engine re-checks a clock-free rule only when what it reads changed; the matches must be
exactly those of checking every rule on every event (``RuleEngine(recheck_all=True)``, the old way).

Simulated calls with phrases, person requests, tool failures, repeated questions and account data
spliced in, delivered a little out of order and with the clock ticking in between, through the default
rule file and through rules combining ``not`` with clock-free and timed conditions.
"""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

import pytest

from agent.simulator.library import generate_calls
from stream.metrics import VaderScorer
from stream.rules.engine import RuleEngine, is_timed
from stream.rules.model import Match, RuleSet
from stream.rules.parse import load_rules, parse_rules
from stream.rules.signals import Observed

ROOT = Path(__file__).resolve().parents[2]
DEFAULT = load_rules(ROOT / "deploy" / "rules" / "call_rules.v1.yaml")
COMBINED = parse_rules(
    """
version: "t1"
rules:
  - name: quiet_and_unhappy
    when:
      all:
        - silence: {longer_than_s: 4}
        - sentiment: {below: -0.2, turns: 2}
  - name: not_thanked_after_failure
    when:
      all:
        - tool_failure: {at_least: 1}
        - not: {says: {phrases: [thank you, thanks]}}
  - name: not_long_yet
    when:
      all:
        - person_requested: {at_least: 1}
        - not: {handle_time: {longer_than_s: 40}}
  - name: slope_or_loop
    when:
      any:
        - sentiment_slope: {below: -0.1, turns: 3}
        - agent_repeats_question: {at_least: 1}
"""
)
SAYINGS = (
    "this is ridiculous",
    "I want a representative",
    "can I talk to a real person please",
    "no, I said the other one",
    "thank you so much",
    "I'll call back later",
    "I want to cancel my account",
    "this is the worst service, terrible",
    "great, that works",
)
T0 = 1_764_000_000_000


def _observed(event: dict[str, Any]) -> Observed:
    return Observed(
        event["call_sid"],
        event["type"],
        event["ts"],
        event["workflow"],
        event["agent"]["version"],
        event["data"],
    )


def _stream(seed: int) -> list[Observed]:
    rng = random.Random(seed)
    out: list[Observed] = []
    for call in generate_calls(12, seed=seed, start_ms=T0, window_ms=60_000):
        events = [_observed(e) for e in call]
        body = events[1:-1]
        for _ in range(rng.randint(2, 8)):  # spliced-in turns that make rules fire
            base = rng.choice(body) if body else events[0]
            ts = base.ts + rng.randint(1, 9_000)
            kind = rng.choice(("caller", "caller", "agent", "tool", "disclose"))
            if kind == "caller":
                data: dict[str, Any] = {"text": rng.choice(SAYINGS), "final": True}
                body.append(base._replace(type="caller.utterance", ts=ts, data=data))
            elif kind == "agent":
                data = {"text": "Could you tell me your account number?"}
                body.append(base._replace(type="agent.utterance", ts=ts, data=data))
            elif kind == "tool":
                data = {"tool": "lookup", "tool_call_id": f"t{ts}", "ok": False}
                body.append(base._replace(type="tool.result", ts=ts, data=data))
            else:
                data = {"text": "Your balance is 42 dollars.", "tags": ["account_data"]}
                body.append(base._replace(type="agent.utterance", ts=ts, data=data))
        body.sort(key=lambda e: e.ts)
        for i in range(len(body) - 1):  # a little out of order, as a redelivery or a slow producer makes it
            if rng.random() < 0.1:
                body[i], body[i + 1] = body[i + 1], body[i]
        out += [events[0], *body, events[-1]]
    out.sort(key=lambda e: e.ts + rng.randint(0, 1_500))
    return out


def _run(rules: RuleSet, stream: list[Observed], seed: int, *, recheck_all: bool) -> list[Match]:
    rng = random.Random(seed)
    engine = RuleEngine(rules, VaderScorer(), recheck_all=recheck_all)
    found: list[Match] = []
    now = stream[0].ts
    for event in stream:
        now = max(now, event.ts + rng.randint(0, 300))
        if rng.random() < 0.2:
            found += engine.tick(now)
        found += engine.observe(event, now if rng.random() < 0.95 else None)
    for step in range(40):
        found += engine.tick(now + step * 1_000)
    return found


@pytest.mark.parametrize("rules", [DEFAULT, COMBINED], ids=["default", "combined"])
@pytest.mark.parametrize("seed", range(6))
def test_checking_only_changed_inputs_finds_exactly_the_matches_of_checking_everything(
    rules: RuleSet, seed: int
) -> None:
    stream = _stream(seed)
    every_time = _run(rules, stream, seed, recheck_all=True)
    assert len({m.rule for m in every_time}) >= 2, "the stream should make several rules fire"
    assert _run(rules, stream, seed, recheck_all=False) == every_time


def test_not_of_a_clock_free_condition_is_not_checked_by_the_clock() -> None:
    rules = {r.name: r.when for r in COMBINED.rules}
    assert not is_timed(rules["not_thanked_after_failure"])
    assert is_timed(rules["not_long_yet"]) and is_timed(rules["quiet_and_unhappy"])


def test_the_indexed_unheard_cost_is_the_word_by_word_one() -> None:
    """``unheard_cost`` indexes an utterance's words; it must cost phrases as comparing every heard word
    (and pair) with ``same_word`` does."""
    from itertools import pairwise

    from ingest.lexicon.words import words
    from stream.rules.text_match import _dropped, same_word, unheard_cost

    def brute(phrase: tuple[str, ...], said: tuple[str, ...]) -> int:
        heard = set(said) | {a + b for a, b in pairwise(said)}
        return sum(_dropped(w) for w in phrase if not any(same_word(w, h) for h in heard))

    rng = random.Random(5)
    vocab = sorted(
        set(words(" ".join(SAYINGS)))
        | {
            "ridiculus",
            "ridicu",
            "lous",
            "frustated",
            "waist",
            "representitive",
            "opperator",
            "wurst",
            "cansel",
            "ab",
        }
    )
    phrases = [r for rule in DEFAULT.rules for r in _phrases(rule.when)]
    checked = 0
    for _ in range(400):
        said = tuple(rng.choice(vocab) for _ in range(rng.randint(0, 12)))
        for phrase in phrases:
            assert unheard_cost(words(phrase), said) == brute(words(phrase), said), (phrase, said)
            checked += unheard_cost(words(phrase), said) == 0
    assert checked > 50  # many phrase words were found (spelling variants included), not only missed


def _phrases(condition: object) -> list[str]:
    from stream.rules.model import AllOf, AnyOf, Not, Says

    if isinstance(condition, Says):
        return [*condition.phrases, *condition.fuzzy]
    if isinstance(condition, AllOf | AnyOf):
        return [p for c in condition.conditions for p in _phrases(c)]
    if isinstance(condition, Not):
        return _phrases(condition.condition)
    return []
