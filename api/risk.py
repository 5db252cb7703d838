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

``RISK_THRESHOLD`` (40) is where the wallboard calls a call at risk. ``bench/risk_auc.py`` measures the
score one minute into simulated calls against whether they were escalated, abandoned, or ended with a
clearly negative sentiment delta (ROC AUC and the confusion at the threshold; weights tuned on seeds
1-3 only, reported on 11-13 as well; figures in ``docs/rules.md``).
"""

from __future__ import annotations

from dataclasses import dataclass

SILENCE_GRACE_MS = 4_000
NEGATIVE_BELOW = -0.2
MOOD_TURNS = 3
MOOD_NEUTRAL = 0.3
RISK_THRESHOLD = 40

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
class LiveCallSignals:
    """What the score is computed from; counts so far in the call."""

    sentiments: tuple[float, ...] = ()  # caller turns' sentiment in [-1, 1], in turn order
    corrections: int = 0  # caller turns that correct the agent or repeat the caller's previous turn
    loops: int = 0  # agent utterances that repeat an earlier one
    tool_calls: int = 0
    tool_failures: int = 0
    silence_ms: int = 0  # since the last utterance of either side (or the start of the call)
    rules: tuple[str, ...] = ()  # per-call rules that fired on the call (rule_matches), first first


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


def risk_score(signals: LiveCallSignals) -> Risk:
    """The call's risk and why (see the module table)."""
    by_concern: dict[str, list[tuple[float, str]]] = {}
    for concern, points, text in (*_signal_factors(signals), *_rule_factors(signals.rules)):
        by_concern.setdefault(concern, []).append((points, text))
    scored: list[tuple[float, tuple[str, ...]]] = []
    for concern, items in by_concern.items():
        items.sort(key=lambda item: -item[0])
        if concern == "other":  # different concerns each: they add up, to the cap
            scored.append((min(CAPS[concern], sum(p for p, _ in items)), tuple(t for _, t in items)))
        else:  # one concern seen by a signal and a rule: the stronger says it
            scored.append((min(CAPS[concern], items[0][0]), (items[0][1],)))
    kept = sorted((item for item in scored if item[0] >= 1), key=lambda item: -item[0])
    total = round(sum(points for points, _ in kept))
    return Risk(score=max(0, min(100, total)), reasons=tuple(t for _, texts in kept for t in texts))
