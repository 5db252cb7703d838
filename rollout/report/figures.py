"""The report's numbers, each a pure function of the week's calls and turns (``rollout.report.reads``).

Definitions follow ``docs/metrics.md``: resolved containment and containment are shares of ended calls not
abandoned early; agent failed and abandonment are shares of all ended calls; TTFHW p50 / p95 are over turns
(``stream.metrics.quantiles``: linear interpolation between order statistics, as ClickHouse's
``quantileExactInclusive``), and the share of turns with a helpful word within the budget.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime

from rollout.cohorts import CallRow
from rollout.report.reads import TurnTiming, WeekCall
from stream.metrics.quantiles import quantile

EXAMPLES = 3
"""Example calls linked per reason."""


@dataclass(frozen=True, slots=True)
class Share:
    part: int
    whole: int

    @property
    def value(self) -> float | None:
        return self.part / self.whole if self.whole else None


@dataclass(frozen=True, slots=True)
class Headline:
    """One week's headline numbers."""

    calls: int
    resolved_containment: Share
    containment: Share
    agent_failed: Share
    abandonment: Share
    ttfhw_p50_ms: float | None
    ttfhw_p95_ms: float | None
    within_budget: Share
    sentiment_delta: float | None
    sentiment_scored: int


@dataclass(frozen=True, slots=True)
class Day:
    day: date
    agent: Share
    human: Share | None
    """``None``: no human baseline imported for the week."""


@dataclass(frozen=True, slots=True)
class Savings:
    cost_per_human_minute: float
    contained_calls: int
    contained_minutes: float
    resolved_minutes: float

    @property
    def contained(self) -> float:
        return self.contained_minutes * self.cost_per_human_minute

    @property
    def resolved(self) -> float:
        return self.resolved_minutes * self.cost_per_human_minute


@dataclass(frozen=True, slots=True)
class Reason:
    text: str
    calls: int
    examples: tuple[str, ...]
    """Call SIDs of the first calls with this reason (oldest first)."""


def in_containment(r: CallRow) -> bool:
    return not r.abandoned_early


def headline(calls: Sequence[WeekCall], turns: Sequence[TurnTiming]) -> Headline:
    rows = [c.row for c in calls]
    counted = [r for r in rows if in_containment(r)]
    ttfhw = [t.ttfhw_ms for t in turns if t.ttfhw_ms is not None]
    deltas = [r.sentiment_delta for r in rows if r.sentiment_delta is not None]
    return Headline(
        calls=len(rows),
        resolved_containment=Share(sum(r.resolved_contained for r in counted), len(counted)),
        containment=Share(sum(r.contained for r in counted), len(counted)),
        agent_failed=Share(sum(r.agent_failed for r in rows), len(rows)),
        abandonment=Share(sum(r.abandoned_early for r in rows), len(rows)),
        ttfhw_p50_ms=quantile(ttfhw, 0.5),
        ttfhw_p95_ms=quantile(ttfhw, 0.95),
        within_budget=Share(sum(t.within_budget for t in turns), len(turns)),
        sentiment_delta=sum(deltas) / len(deltas) if deltas else None,
        sentiment_scored=len(deltas),
    )


def resolved_by_day(
    days: Sequence[date], agent: Sequence[CallRow], human: Sequence[CallRow] | None
) -> tuple[Day, ...]:
    """Resolved containment per UTC day of the calls' start, the agent's and (if imported) the humans'."""
    agent_days, human_days = _by_day(agent), _by_day(human or ())
    return tuple(
        Day(d, _resolved(agent_days.get(d, [])), None if human is None else _resolved(human_days.get(d, [])))
        for d in days
    )


def savings(calls: Sequence[WeekCall], cost_per_human_minute: float) -> Savings:
    """Minutes of contained calls (and of resolved-contained ones) priced at a person's minute."""
    contained = [c.row for c in calls if c.row.contained and in_containment(c.row)]
    resolved = [r for r in contained if r.resolved_contained]
    return Savings(cost_per_human_minute, len(contained), _minutes(contained), _minutes(resolved))


def handoff_reasons(calls: Sequence[WeekCall], top: int = 5) -> tuple[Reason, ...]:
    """Why calls went to a person: the (redacted) hand-off reason of escalated calls, most frequent first."""
    return _top(calls, lambda c: [c.handoff_reason or "(no reason given)"] if c.escalated else [], top)


def failure_reasons(calls: Sequence[WeekCall], top: int = 5) -> tuple[Reason, ...]:
    """What failed: the agent, tap or platform ending a call (by end reason), a tool failing (by tool), a
    task started and not completed in a call that stayed with the agent (a hand-off is counted in
    ``handoff_reasons``); most frequent first. A call can count under several reasons."""

    def reasons(c: WeekCall) -> list[str]:
        out = [f"agent failed: {c.end_reason or 'unknown'}"] if c.row.agent_failed else []
        out += [f"tool failed: {tool}" for tool in c.failed_tools]
        if c.row.contained and c.row.tasks_started > 0 and not c.row.task_success:
            out.append("task not completed (the caller stayed with the agent)")
        return out

    return _top(calls, reasons, top)


def _top(calls: Sequence[WeekCall], reasons: Callable[[WeekCall], list[str]], top: int) -> tuple[Reason, ...]:
    counts: Counter[str] = Counter()
    examples: dict[str, list[str]] = defaultdict(list)
    for call in calls:
        for reason in dict.fromkeys(reasons(call)):
            counts[reason] += 1
            if len(examples[reason]) < EXAMPLES:
                examples[reason].append(call.call_sid)
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:top]
    return tuple(Reason(text, n, tuple(examples[text])) for text, n in ranked)


def _by_day(rows: Sequence[CallRow]) -> dict[date, list[CallRow]]:
    out: dict[date, list[CallRow]] = defaultdict(list)
    for r in rows:
        out[datetime.fromtimestamp(r.started_at_ms / 1000, UTC).date()].append(r)
    return out


def _resolved(rows: Sequence[CallRow]) -> Share:
    counted = [r for r in rows if in_containment(r)]
    return Share(sum(r.resolved_contained for r in counted), len(counted))


def _minutes(rows: Sequence[CallRow]) -> float:
    return sum(r.handle_time_ms or 0 for r in rows) / 60_000
