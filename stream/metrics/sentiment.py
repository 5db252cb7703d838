"""Caller sentiment: a score per caller utterance, and the change from the call's start to its end.

The scorer is replaceable (``SentimentScorer``); the default is VADER's compound score. Scores and
means are rounded to 4 decimals so that the same call always gives the same row.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, NamedTuple, Protocol

from stream.metrics.timeline import Timeline, Turn, last_between
from stream.metrics.types import MetricsConfig

DECIMALS = 4


class SentimentScorer(Protocol):
    """Scores one caller utterance: -1 (most negative) to 1 (most positive)."""

    def score(self, text: str) -> float: ...


class VaderScorer:
    """VADER's compound polarity. The analyzer is built on first use; scores are cached by text."""

    def __init__(self, cache_size: int = 16_384) -> None:
        self._analyzer: Any = None
        self._cache: dict[str, float] = {}
        self._cache_size = cache_size

    def score(self, text: str) -> float:
        cached = self._cache.get(text)
        if cached is not None:
            return cached
        if self._analyzer is None:
            from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

            self._analyzer = SentimentIntensityAnalyzer()
        value = float(self._analyzer.polarity_scores(text)["compound"])
        if len(self._cache) >= self._cache_size:
            del self._cache[next(iter(self._cache))]  # oldest first
        self._cache[text] = value
        return value


class SentimentSummary(NamedTuple):
    first: float | None  # mean score of caller utterances starting in the first window
    last: float | None  # mean score of those starting in the last window (ended calls only)
    delta: float | None  # last - first
    short_call: bool  # ended and shorter than ``short_call_ms``: the two windows overlap


def _mean(values: Sequence[float]) -> float | None:
    return round(sum(values) / len(values), DECIMALS) if values else None


def utterance_start_ms(turn: Turn, timeline: Timeline) -> int:
    """Caller start of speech: the last clientSpeaking-on since the previous utterance, else its ts."""
    on = last_between(timeline.client_on_ts, turn.prev_caller_ts, turn.caller.ts)
    return turn.caller.ts if on is None else on


def score_turns(timeline: Timeline, scorer: SentimentScorer) -> tuple[float, ...]:
    """One rounded score per turn's caller utterance."""
    return tuple(round(scorer.score(t.caller.data.text), DECIMALS) for t in timeline.turns)


def sentiment_summary(
    timeline: Timeline,
    scores: Sequence[float],
    started_at_ms: int,
    ended_at_ms: int | None,
    config: MetricsConfig,
) -> SentimentSummary:
    """First- and last-window sentiment of the call, and their difference."""
    window = config.sentiment_window_ms
    starts = [utterance_start_ms(t, timeline) for t in timeline.turns]
    first = _mean(
        [s for s, t in zip(scores, starts, strict=True) if started_at_ms <= t < started_at_ms + window]
    )
    last = None
    if ended_at_ms is not None:
        last = _mean(
            [s for s, t in zip(scores, starts, strict=True) if ended_at_ms - window <= t <= ended_at_ms]
        )
    delta = round(last - first, DECIMALS) if first is not None and last is not None else None
    short = ended_at_ms is not None and ended_at_ms - started_at_ms < config.short_call_ms
    return SentimentSummary(first=first, last=last, delta=delta, short_call=short)
