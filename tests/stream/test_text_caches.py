"""The call computations remember per-text work across computations: an utterance's words
(``ingest.lexicon.words.words``) and where its first helpful word is (``default_helpful_offset``).
A live call is recomputed from all its events, so without them the same texts were split again at
every recomputation. What a user sees must not change: every row the call state emits, live and
final, is the same as with every text worked out afresh, and the memories stay bounded.

Fails before the caches existed (``words.__wrapped__``, ``default_helpful_offset`` are new).
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest
from live_rows import live_rows

import stream.metrics.fillers as fillers
import stream.metrics.interruptions as interruptions
import stream.metrics.loops as loops
from agent.simulator.library import generate_calls, interleave_events
from ingest.contract.models import TurnEvent
from ingest.lexicon.phrases import FILLERS, load_lexicon
from ingest.lexicon.words import WORDS_CACHE_SIZE, words
from stream.metrics import compute_call
from stream.metrics.fillers import default_helpful_offset, helpful_offset
from stream.metrics.sentiment import VaderScorer

from events import parsed

sys.path.insert(
    0, str(Path(__file__).resolve().parents[2])
)  # bench/ for join_calls (see test_call_state_linear)
from bench.pipeline import join_calls


def _calls(seed: int) -> list[TurnEvent]:
    """30 simulated calls interleaved by time, one of them 6 calls joined into a long one."""
    calls = list(generate_calls(35, seed=seed, start_ms=1_764_000_000_000, window_ms=60_000))
    merged = [join_calls(calls[:6]), *calls[6:]]
    merged.sort(key=lambda call: call[0]["ts"])
    events: list[TurnEvent] = parsed(list(interleave_events(merged)))
    return events


def _emitted(events: Sequence[TurnEvent]) -> list[dict[str, Any]]:
    """Every row the call state emits, live updates included, with the clock following event time
    (the default computation: VADER sentiment, the packaged filler lexicon)."""
    scorer = VaderScorer()
    return live_rows(events, lambda evs: compute_call(evs, scorer=scorer))


def _afresh(monkeypatch: pytest.MonkeyPatch) -> None:
    """Work every text out again at every use, as before the caches."""
    for module in (loops, interruptions):
        monkeypatch.setattr(module, "words", words.__wrapped__)
    monkeypatch.setattr(
        fillers, "default_helpful_offset", lambda text: helpful_offset(text, load_lexicon(FILLERS))
    )


@pytest.mark.parametrize("seed", [3, 11])
def test_rows_with_the_text_caches_equal_rows_computed_afresh(
    seed: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    events = _calls(seed)
    words.cache_clear()
    default_helpful_offset.cache_clear()
    _emitted(events)  # a first pass fills the caches: the second finds every text remembered
    cached = _emitted(events)
    assert words.cache_info().hits > 0 and default_helpful_offset.cache_info().hits > 0
    with monkeypatch.context() as patch:
        _afresh(patch)
        fresh = _emitted(events)
    assert len(cached) > 100  # live updates and final rows of every call
    assert any("turn_metrics" in rows for rows in cached)
    assert cached == fresh


def test_the_caches_stay_bounded_and_right_past_their_size() -> None:
    words.cache_clear()
    first = "Sure, let\u2019s check your balance?"
    assert words(first) == ("sure", "let's", "check", "your", "balance")
    for i in range(WORDS_CACHE_SIZE + 50):
        words(f"text number {i}")
    info = words.cache_info()
    assert info.currsize <= WORDS_CACHE_SIZE == info.maxsize
    assert words(first) == words.__wrapped__(first) == ("sure", "let's", "check", "your", "balance")
    offsets = default_helpful_offset.cache_info()
    assert offsets.maxsize == fillers.OFFSET_CACHE_SIZE
    assert default_helpful_offset("Okay, let me check.") == helpful_offset(
        "Okay, let me check.", load_lexicon(FILLERS)
    )
