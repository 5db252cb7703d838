"""Handoff triggers every policy shares, checked before the policy sees a turn.

- **keyword**: the caller says "representative", "agent", "operator", "human";
- **caller_request**: a polite request for a person ("could I speak with someone"), or DTMF 0 when
  the agent is not collecting digits;
- **frustration**: a clearly negative utterance (VADER compound <= -0.4) right after a turn the agent
  could not use, repeated corrections ("no, I said ..."), or three misunderstood turns in a row.
  Negative words alone do not hand off: a caller who grumbles while the task moves on is being helped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from agent.policy.base import CallerInput
from agent.policy.state import CallState, HandoffTrigger

KEYWORDS = re.compile(r"\b(representative|operator|agent|human)s?\b", re.IGNORECASE)
PERSON_REQUEST = re.compile(
    r"\b(speak|talk)\s+(with|to)\s+(someone|somebody|a (real |live )?(person|human))\b"
    r"|\bis there (a person|someone|somebody)\b|\breal person\b",
    re.IGNORECASE,
)
CORRECTION = re.compile(
    r"^\s*no,? i said\b|that'?s not what i|i already told you|i just said|you'?re not listening",
    re.IGNORECASE,
)
NEGATIVE = -0.4


@dataclass(frozen=True)
class GuardDecision:
    reason: str
    trigger: HandoffTrigger
    intent: str | None = None


@cache
def _analyzer() -> SentimentIntensityAnalyzer:
    return SentimentIntensityAnalyzer()


def sentiment(text: str) -> float:
    """VADER compound score in [-1, 1]."""
    return float(_analyzer().polarity_scores(text)["compound"])


class Guard:
    """Updates the caller's mood in the state and says when a person must take over."""

    def __init__(self, negative: float = NEGATIVE, max_misses: int = 3, max_corrections: int = 2) -> None:
        self.negative = negative
        self.max_misses = max_misses
        self.max_corrections = max_corrections

    def check(self, said: CallerInput, state: CallState) -> GuardDecision | None:
        if said.kind == "dtmf":
            if said.digits == "0" and state.expect_digits == 1:
                return GuardDecision("caller pressed 0 for a person", "caller_request")
            return None
        if said.kind != "speech" or not said.text.strip():
            return None
        text = said.text
        if KEYWORDS.search(text):
            return GuardDecision("caller asked for an agent", "keyword")
        if PERSON_REQUEST.search(text):
            return GuardDecision("caller asked for a person", "caller_request", "request_human")
        score = sentiment(text)
        state.sentiments.append(score)
        if CORRECTION.search(text):
            state.corrections += 1
        if state.corrections >= self.max_corrections:
            return GuardDecision("caller frustration detected", "frustration")
        if score <= self.negative and state.misses >= 1:
            return GuardDecision("caller frustration detected", "frustration")
        if state.misses >= self.max_misses:
            return GuardDecision("caller frustration detected", "frustration")
        return None
