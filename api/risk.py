"""How likely a live call is going wrong, 0-100, with the reasons a supervisor reads on the wallboard.

Pure: a function of the call's signals (``api/store/live.py`` gathers them from the warehouse, including
the per-call rules that fired, ``rule_matches``), no I/O, no clock. The score adds points per concern;
each concern takes the larger of what its signal says and what its rule says (a rule and the signal it
reads are one piece of evidence, not two), up to its cap; the sum is clamped to 0-100. Per concern
(signal points; rule points of the default set; cap):

- caller upset: 20 per 1.0 of sentiment fall, 60 per 1.0 below -0.2 now, 25 per 1.0 of the last three
  turns' mean below +0.3; ``caller_frustrated`` 40, ``sentiment_falling`` 15; cap 45
- caller repeating or correcting: 10 each; ``caller_repeating`` 30; cap 30
- agent looping: 5 per repeated utterance; ``agent_loop`` 25; cap 25
- tools failing: 35 each; ``tool_failed`` 35, ``refill_stuck`` 25; cap 40
- silence: 2.5 per second past 4 s; ``dead_air`` 20; cap 25
- wants a person: ``asked_for_person`` 40, ``person_requested_again`` 45; cap 45
- about to leave: ``caller_giving_up`` 40; cap 40
- other rules (these add up): ``cancel_threat`` 30, ``disclosure_before_verification`` 10, ``long_call``
  10, a rule of another file 15; cap 30

Then the learned part (``MODEL``, a ``RiskModel`` fitted by ``bench/risk_auc.py --fit``: logistic
regression on the first minute of past calls, versioned by its ``version``):

- each concern's capped points times its weight (never below 1: the table's points are a floor);
- calls like this: ``history_points`` per unit of log-odds by which past calls of the same workflow and
  first recognized intent (``CallHistory``, from the warehouse's last days) ended badly more often
  than all calls; the reason reads "calls like this (billing, dispute_charge) ended badly 94% of the
  time (85 of 90; 30% of all calls)";
- a tool call left waiting: ``tool_wait_points`` per second past ``TOOL_WAIT_GRACE_MS``;
- behind the workflow's pace: ``behind_points`` per tool call short of what past calls had completed
  one minute in (from a minute in only).

``RISK_THRESHOLD`` (40) is where the wallboard calls a call at risk: the fit is scaled so that 40
points is where the fitted odds of a bad end are even. ``bench/risk_auc.py`` measures the score one
minute into simulated calls against whether they were escalated, abandoned, or ended with a clearly
negative sentiment delta (ROC AUC and the confusion at the threshold; fitted on history seeds,
choices made on seeds 1-3 only, reported on 11-13 and 21-23 once; figures in ``docs/rules.md``).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

SILENCE_GRACE_MS = 4_000
NEGATIVE_BELOW = -0.2
MOOD_TURNS = 3
MOOD_NEUTRAL = 0.3
RISK_THRESHOLD = 40
HISTORY_PRIOR_CALLS = 20  # a group of few calls says little: its rate is pulled towards the reference
TOOL_WAIT_GRACE_MS = 3_000  # a tool answering within this is not slow
TOOL_WAIT_MAX_S = 10.0
PACE_WINDOW_MS = 60_000  # a workflow's pace: tool calls completed in the first minute of its past calls
BEHIND_MAX = 3.0

RULE_CONCERN: dict[str, tuple[str, float]] = {
    "caller_frustrated": ("upset", 40),
    "sentiment_falling": ("upset", 15),
    "caller_repeating": ("repeats", 30),
    "agent_loop": ("loops", 25),
    "tool_failed": ("tools", 35),
    "refill_stuck": ("tools", 25),
    "dead_air": ("silence", 20),
    "asked_for_person": ("person", 40),
    "person_requested_again": ("person", 45),
    "caller_giving_up": ("leaving", 40),
    "cancel_threat": ("other", 30),
    "disclosure_before_verification": ("other", 10),
    "long_call": ("other", 10),
}
OTHER_RULE_POINTS = 15.0
CAPS = {
    "leaving": 40,
    "upset": 45,
    "repeats": 30,
    "loops": 25,
    "tools": 40,
    "silence": 25,
    "person": 45,
    "other": 30,
}


@dataclass(frozen=True, slots=True)
class CallHistory:
    """How past calls like this one ended (``api/store/live.py`` reads them from the warehouse's ended
    calls of the last days, grouped by workflow and the intent the agent recognized first)."""

    label: str  # what "like this" means, e.g. "billing, make_payment"
    calls: int  # ended calls like this one
    bad: int  # of them escalated, abandoned, or ended with a clearly negative sentiment delta
    reference: float  # the same share over all ended calls of the period
    pace: float = 0.0  # tool calls the workflow's past calls had completed one minute in (0: unknown)


@dataclass(frozen=True, slots=True)
class RiskModel:
    """The learned part: a weight per concern's points, points per log-odds of history above the
    reference, points per second waiting on a tool. Fitted by ``bench/risk_auc.py --fit`` (logistic
    regression on the first minute of past calls, scaled so that ``RISK_THRESHOLD`` is where a call is
    as likely to end badly as not); ``version`` names the fit."""

    version: str
    concern_weights: dict[str, float] = field(default_factory=dict)
    history_points: float = 0.0
    tool_wait_points: float = 0.0
    behind_points: float = 0.0


@dataclass(frozen=True, slots=True)
class LiveCallSignals:
    """What the score is computed from; counts so far in the call."""

    sentiments: tuple[float, ...] = ()  # caller turns' sentiment in [-1, 1], in turn order
    corrections: int = 0  # caller turns that correct the agent or repeat the caller's previous turn
    loops: int = 0  # agent utterances that repeat an earlier one
    tool_calls: int = 0
    tool_failures: int = 0
    silence_ms: int = 0  # since the last utterance of either side (or the start of the call)
    rules: tuple[str, ...] = ()  # per-call rules that fired on the call (rule_matches), first first
    waiting_tool_ms: int = 0  # how long the oldest tool call without a result has been waiting
    history: CallHistory | None = None  # how calls like this one ended (the warehouse's past calls)
    elapsed_ms: int = 0  # since the call started


# Fitted by bench/risk_auc.py --fit (see RiskModel); weights of 1.0 leave a concern's points as tabled.
MODEL = RiskModel(
    version="fit-101-102-103-104-105-106",
    concern_weights={"leaving": 1.0, "upset": 1.0, "repeats": 1.0, "loops": 1.31, "tools": 1.35,
                     "silence": 1.0, "person": 1.0, "other": 1.0},
    history_points=43.1,
    tool_wait_points=39.4,
    behind_points=11.8,
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Risk:
    """``score`` 0-100; ``reasons`` strongest first, one short phrase per factor that added points."""

    score: int
    reasons: tuple[str, ...]


def _mean(values: tuple[float, ...]) -> float:
    return sum(values) / len(values)


def _sentiment(sentiments: tuple[float, ...]) -> list[tuple[float, str]]:
    if not sentiments:
        return []
    k = max(1, min(2, len(sentiments) // 2))  # compare the first k caller turns with the last k
    recent = _mean(sentiments[-k:])
    found: list[tuple[float, str]] = []
    if len(sentiments) >= 2:
        start = _mean(sentiments[:k])
        fall = start - recent
        if fall > 0:
            found.append((fall * 20, f"sentiment falling ({start:+.2f} -> {recent:+.2f})"))
    if recent < NEGATIVE_BELOW:
        found.append(((NEGATIVE_BELOW - recent) * 60, f"caller sounds negative ({recent:+.2f})"))
    mood = _mean(sentiments[-MOOD_TURNS:])
    if mood < MOOD_NEUTRAL:  # below a contented caller: a few points, so calm calls still rank by mood
        words = "sounds negative" if mood < NEGATIVE_BELOW else "not at ease"
        found.append(((MOOD_NEUTRAL - mood) * 25, f"caller {words} ({mood:+.2f})"))
    return found


def _times(count: int) -> str:
    return "once" if count == 1 else f"{count} times"


def _seconds(ms: int) -> str:
    seconds = ms // 1000
    return f"{seconds} s" if seconds < 120 else f"{seconds // 60} min"


def _signal_factors(s: LiveCallSignals) -> list[tuple[str, float, str]]:
    """(concern, points, reason) from the signals themselves."""
    found = [("upset", points, text) for points, text in _sentiment(s.sentiments)]
    if s.corrections > 0:
        found.append(
            (
                "repeats",
                s.corrections * 15,
                f"caller corrected or repeated themselves {_times(s.corrections)}",
            )
        )
    if s.loops > 0:
        found.append(("loops", s.loops * 5, f"agent repeated itself {_times(s.loops)}"))
    if s.tool_failures > 0:
        total = max(s.tool_calls, s.tool_failures)
        found.append(("tools", s.tool_failures * 35, f"{s.tool_failures} of {total} tool calls failed"))
    silent_s = (s.silence_ms - SILENCE_GRACE_MS) / 1000
    if silent_s > 0:
        found.append(("silence", silent_s * 2.5, f"silent for {_seconds(s.silence_ms)}"))
    return found


def _rule_factors(rules: tuple[str, ...]) -> list[tuple[str, float, str]]:
    found = []
    for name in dict.fromkeys(rules):  # each rule once, in the order it fired
        concern, points = RULE_CONCERN.get(name, ("other", OTHER_RULE_POINTS))
        found.append((concern, points, f"rule {name}"))
    return found


def concern_points(signals: LiveCallSignals) -> dict[str, tuple[float, tuple[str, ...]]]:
    """Each concern's points before the learned weights (capped, as in the module table) and its reasons."""
    by_concern: dict[str, list[tuple[float, str]]] = {}
    for concern, points, text in (*_signal_factors(signals), *_rule_factors(signals.rules)):
        by_concern.setdefault(concern, []).append((points, text))
    found: dict[str, tuple[float, tuple[str, ...]]] = {}
    for concern, items in by_concern.items():
        items.sort(key=lambda item: -item[0])
        if concern == "other":  # different concerns each: they add up, to the cap
            found[concern] = (min(CAPS[concern], sum(p for p, _ in items)), tuple(t for _, t in items))
        else:  # one concern seen by a signal and a rule: the stronger says it
            found[concern] = (min(CAPS[concern], items[0][0]), (items[0][1],))
    return found


def history_rate(history: CallHistory) -> float:
    """The share of calls like this that ended badly, pulled towards the reference when there are few."""
    prior = HISTORY_PRIOR_CALLS
    return (history.bad + prior * history.reference) / (history.calls + prior)


def history_excess(history: CallHistory | None) -> float:
    """How much worse calls like this end than calls overall, in log-odds (0 when no worse, or unknown)."""
    if history is None or history.calls <= 0 or not 0 < history.reference < 1:
        return 0.0
    return max(0.0, _logit(history_rate(history)) - _logit(history.reference))


def waiting_seconds(signals: LiveCallSignals) -> float:
    """Seconds a tool call has gone unanswered past ``TOOL_WAIT_GRACE_MS``, up to ``TOOL_WAIT_MAX_S``."""
    return max(0.0, min(TOOL_WAIT_MAX_S, (signals.waiting_tool_ms - TOOL_WAIT_GRACE_MS) / 1000))


def steps_behind(signals: LiveCallSignals) -> float:
    """Tool calls short of the workflow's pace once the call is a minute in: its past calls still going
    then had completed ``pace`` (on average) by then; up to ``BEHIND_MAX``. 0 before a minute (a call
    that early has made few tool calls whatever becomes of it) and without a known pace."""
    history = signals.history
    if history is None or history.pace <= 0 or signals.elapsed_ms < PACE_WINDOW_MS:
        return 0.0
    expected = history.pace
    done = max(0, signals.tool_calls - signals.tool_failures)
    return max(0.0, min(BEHIND_MAX, expected - done))


def _logit(p: float) -> float:
    p = min(max(p, 1e-6), 1 - 1e-6)
    return math.log(p / (1 - p))


def risk_score(signals: LiveCallSignals) -> Risk:
    """The call's risk and why (see the module table and ``MODEL``)."""
    scored: list[tuple[float, tuple[str, ...]]] = [
        (points * MODEL.concern_weights.get(concern, 1.0), texts)
        for concern, (points, texts) in concern_points(signals).items()
    ]
    history = signals.history
    excess = history_excess(history)
    if history is not None and excess > 0:
        scored.append(
            (
                excess * MODEL.history_points,
                (f"calls like this ({history.label}) ended badly {history.bad / history.calls:.0%} of the "
                 f"time ({history.bad} of {history.calls}; {history.reference:.0%} of all calls)",),
            )
        )  # fmt: skip
    waited = waiting_seconds(signals)
    if waited > 0:
        scored.append(
            (waited * MODEL.tool_wait_points, (f"waiting {signals.waiting_tool_ms // 1000} s for a tool",))
        )
    behind = steps_behind(signals)
    if behind > 0 and history is not None:
        done = max(0, signals.tool_calls - signals.tool_failures)
        scored.append(
            (
                behind * MODEL.behind_points,
                (f"behind: {done} steps done in {_seconds(signals.elapsed_ms)}, calls like this do "
                 f"{history.pace:.1f} in their first minute",),
            )
        )  # fmt: skip
    kept = sorted((item for item in scored if item[0] >= 1), key=lambda item: -item[0])
    total = round(sum(points for points, _ in kept))
    return Risk(score=max(0, min(100, total)), reasons=tuple(t for _, texts in kept for t in texts))
