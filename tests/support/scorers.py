"""Sentiment scorers for tests that are not about sentiment."""

from __future__ import annotations


class NeutralScorer:
    def score(self, text: str) -> float:
        return 0.0
