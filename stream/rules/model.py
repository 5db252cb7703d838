"""What a per-call rule file says, as typed values (``parse.py`` builds them from YAML).

A rule has a name, a condition over one live call (``Condition``: leaves combined with ``all`` / ``any`` /
``not``), the workflows it applies to (empty: every workflow) and its actions. Every match is recorded
(a ``rule_matches`` row) and, unless ``mark: false``, named on the wallboard; ``notify`` adds the
webhook, the supervisor alert and/or ``agent`` (the reference agent is told a hand-off is recommended).
"""

from __future__ import annotations

from dataclasses import dataclass
from re import Pattern
from typing import Literal

NOTIFY_TARGETS = ("webhook", "supervisor", "agent")
Notify = Literal["webhook", "supervisor", "agent"]


@dataclass(frozen=True, slots=True)
class Says:
    """The latest caller utterance (redacted) contains one of ``phrases``: ``exact`` on word boundaries,
    ``fuzzy`` within ``max_edits`` word edits where words also match on a small spelling distance or the
    same sound key (ASR variants: "ridiculus", "ridicu lous"), or a ``regex`` on the lower-cased text."""

    phrases: tuple[str, ...] = ()
    fuzzy: tuple[str, ...] = ()
    max_edits: int = 1
    regex: tuple[Pattern[str], ...] = ()


@dataclass(frozen=True, slots=True)
class Sentiment:
    """The mean of the last ``turns`` caller turns' sentiment (VADER, -1..1) is below ``below``
    (at least ``min_turns`` scored)."""

    below: float
    turns: int = 2
    min_turns: int = 1


@dataclass(frozen=True, slots=True)
class SentimentSlope:
    """Sentiment falls: the least-squares slope per caller turn over the last ``turns`` turns is below
    ``below`` (needs at least 3 turns)."""

    below: float
    turns: int = 4


@dataclass(frozen=True, slots=True)
class Silence:
    """Nobody has spoken (no utterance, speech, key press or interruption) for ``longer_than_s``."""

    longer_than_s: float


@dataclass(frozen=True, slots=True)
class CallerRepeats:
    """The caller repeated an earlier utterance or corrected the agent ("no, I said ...": the recovery
    markers of ``stream/metrics``) at least ``at_least`` times in the call."""

    at_least: int = 2


@dataclass(frozen=True, slots=True)
class AgentRepeatsQuestion:
    """The agent asked a question it had already asked (the loop test of ``stream/metrics/loops.py``)
    at least ``at_least`` times."""

    at_least: int = 1


@dataclass(frozen=True, slots=True)
class ToolFailure:
    """At least ``at_least`` failed tool results (of ``tool`` only, when given)."""

    at_least: int = 1
    tool: str | None = None


@dataclass(frozen=True, slots=True)
class PersonRequested:
    """The caller asked for a person at least ``at_least`` times (2: the agent did not hand over after
    the first request)."""

    at_least: int = 2


@dataclass(frozen=True, slots=True)
class DisclosedBeforeVerification:
    """The agent spoke account data (an utterance tagged ``account_data``) before a successful
    ``identity.verified``."""


@dataclass(frozen=True, slots=True)
class HandleTime:
    """The call has been up for longer than ``longer_than_s``."""

    longer_than_s: float


@dataclass(frozen=True, slots=True)
class AllOf:
    conditions: tuple[Condition, ...]


@dataclass(frozen=True, slots=True)
class AnyOf:
    conditions: tuple[Condition, ...]


@dataclass(frozen=True, slots=True)
class Not:
    condition: Condition


Leaf = (
    Says
    | Sentiment
    | SentimentSlope
    | Silence
    | CallerRepeats
    | AgentRepeatsQuestion
    | ToolFailure
    | PersonRequested
    | DisclosedBeforeVerification
    | HandleTime
)
Condition = Leaf | AllOf | AnyOf | Not


@dataclass(frozen=True, slots=True)
class Rule:
    name: str
    when: Condition
    description: str = ""
    workflows: tuple[str, ...] = ()
    mark: bool = True
    notify: tuple[Notify, ...] = ()
    line: int = 0  # where the rule starts in its file

    def applies_to(self, workflow: str) -> bool:
        return not self.workflows or workflow in self.workflows


@dataclass(frozen=True, slots=True)
class RuleSet:
    """A parsed rule file; ``version`` is stored with every match (``rule_matches.rule_version``)."""

    version: str
    rules: tuple[Rule, ...]


@dataclass(frozen=True, slots=True)
class Match:
    """A rule that fired on a call: at ``turn`` (the caller turns so far, as ``turn_metrics.turn_index``),
    at event time ``event_ms``. ``detail`` names what matched (the rule's own words, never the caller's)."""

    call_sid: str
    rule: str
    rule_version: str
    turn: int
    event_ms: int
    workflow: str
    agent_version: str
    detail: str
    mark: bool = True
    notify: tuple[Notify, ...] = ()
