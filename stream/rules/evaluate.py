"""Whether a rule's condition holds for a call now: pure functions of ``CallSignals`` and a time.

``holds`` returns a ``Hit`` (what matched, in the rule's own words, and since when it holds) or None.
Since-times make a match's event time the same whichever path saw it first: a silence matched by the
clock while the call is quiet and one matched when the next event shows the gap both say
``last sign of life + longer_than_s``; anything else holds since the event that made it true.
"""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

from ingest.lexicon.words import words
from stream.rules.model import (
    AgentRepeatsQuestion,
    AllOf,
    AnyOf,
    CallerRepeats,
    Condition,
    DisclosedBeforeVerification,
    HandleTime,
    Not,
    PersonRequested,
    Says,
    Sentiment,
    SentimentSlope,
    Silence,
    ToolFailure,
)
from stream.rules.signals import CallSignals
from stream.rules.text_match import exact_occurs, fuzzy_occurs


class Hit(NamedTuple):
    detail: str
    since_ms: int


def holds(condition: Condition, s: CallSignals, now_ms: int) -> Hit | None:
    """The condition's hit on the call at ``now_ms`` (event time), or None."""
    if isinstance(condition, AllOf):
        hits = [holds(c, s, now_ms) for c in condition.conditions]
        if any(h is None for h in hits):
            return None
        found = [h for h in hits if h is not None]
        return Hit("; ".join(h.detail for h in found if h.detail), max(h.since_ms for h in found))
    if isinstance(condition, AnyOf):
        for part in condition.conditions:
            hit = holds(part, s, now_ms)
            if hit is not None:
                return hit
        return None
    if isinstance(condition, Not):
        return None if holds(condition.condition, s, now_ms) is not None else Hit("", s.last_event_ms)
    return _leaf(condition, s, now_ms)


def _leaf(c: Condition, s: CallSignals, now_ms: int) -> Hit | None:
    at = s.last_event_ms
    if isinstance(c, Says):
        detail = says(c, s.caller_text, s.caller_words)
        return Hit(detail, at) if detail else None
    if isinstance(c, Sentiment):
        recent = s.sentiments[-c.turns :]
        if len(recent) < c.min_turns:
            return None
        mean = sum(recent) / len(recent)
        return Hit(f"sentiment {mean:+.2f} over {len(recent)} caller turns", at) if mean < c.below else None
    if isinstance(c, SentimentSlope):
        recent = s.sentiments[-c.turns :]
        if len(recent) < 3:
            return None
        value = slope(recent)
        return (
            Hit(f"sentiment slope {value:+.2f}/turn over {len(recent)} turns", at)
            if value < c.below
            else None
        )
    if isinstance(c, Silence):
        since = s.silent_since()
        limit_ms = round(c.longer_than_s * 1000)
        if since is None or s.started_ms is None or now_ms - since < limit_ms:
            return None
        return Hit(f"silence over {c.longer_than_s:g} s", since + limit_ms)
    if isinstance(c, HandleTime):
        limit_ms = round(c.longer_than_s * 1000)
        if s.started_ms is None or now_ms - s.started_ms < limit_ms:
            return None
        return Hit(f"handle time over {c.longer_than_s:g} s", s.started_ms + limit_ms)
    if isinstance(c, CallerRepeats):
        n = s.caller_repeats
        return Hit(f"caller repeated or corrected {n} times", at) if n >= c.at_least else None
    if isinstance(c, AgentRepeatsQuestion):
        n = s.agent_repeats
        return Hit(f"agent asked a question again ({n} times)", at) if n >= c.at_least else None
    if isinstance(c, ToolFailure):
        n = s.tool_failures.get(c.tool, 0) if c.tool else sum(s.tool_failures.values())
        which = c.tool or "tool"
        return Hit(f"{n} failed {which} results", at) if n >= c.at_least else None
    if isinstance(c, PersonRequested):
        n = s.person_requests
        return Hit(f"caller asked for a person {n} times", at) if n >= c.at_least else None
    if isinstance(c, DisclosedBeforeVerification):
        return Hit("account data spoken before identity verification", at) if s.disclosed_unverified else None
    raise TypeError(f"not a condition: {c!r}")


@lru_cache(maxsize=4096)
def says(c: Says, text: str, said: tuple[str, ...]) -> str:
    """What of ``c`` the utterance matches ("" when nothing): the rule's phrase, never the caller's text.
    Cached: a call's latest utterance is checked again at each of its later events until the next one."""
    for phrase in c.phrases:
        if exact_occurs(words(phrase), said):
            return f"said {phrase!r}"
    for phrase in c.fuzzy:
        if fuzzy_occurs(phrase, said, c.max_edits):
            return f"said {phrase!r} (or close)"
    for number, pattern in enumerate(c.regex, 1):
        if pattern.search(text):
            return f"matched pattern {number}"
    return ""


def slope(values: list[float]) -> float:
    """Least-squares slope of ``values`` against their index."""
    n = len(values)
    mean_x = (n - 1) / 2
    mean_y = sum(values) / n
    num = sum((i - mean_x) * (v - mean_y) for i, v in enumerate(values))
    den = sum((i - mean_x) ** 2 for i in range(n))
    return num / den if den else 0.0
