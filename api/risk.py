"""How likely a live call is going wrong, 0-100, with the reasons a supervisor reads on the wallboard.

Pure: a function of the call's signals (``api/store/live.py`` gathers them from the warehouse), no I/O,
no clock. Each factor adds points up to its own cap, so one noisy signal cannot max out the score on its
own and the sum is clamped to 0-100:

| factor | points | cap |
|---|---|---|
| falling sentiment (first caller turns vs the latest) | 40 per 1.0 of fall | 30 |
| negative sentiment now (latest turns below -0.2) | 40 per 1.0 below -0.2 | 20 |
| repeated corrections (caller says "no, I said …" or repeats a turn) | 12 each | 30 |
| loops (the agent says what it already said) | 12 each | 25 |
| tool failures | 15 each | 30 |
| long silence (since the last utterance, beyond 4 s) | 2.5 per second | 25 |
"""

from __future__ import annotations

from dataclasses import dataclass

SILENCE_GRACE_MS = 4_000
NEGATIVE_BELOW = -0.2


@dataclass(frozen=True, slots=True)
class LiveCallSignals:
    """What the score is computed from; counts so far in the call."""

    sentiments: tuple[float, ...] = ()  # caller turns' sentiment in [-1, 1], in turn order
    corrections: int = 0  # caller turns that correct the agent or repeat the caller's previous turn
    loops: int = 0  # agent utterances that repeat an earlier one
    tool_calls: int = 0
    tool_failures: int = 0
    silence_ms: int = 0  # since the last utterance of either side (or the start of the call)


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
            found.append((min(30.0, fall * 40), f"sentiment falling ({start:+.2f} → {recent:+.2f})"))
    if recent < NEGATIVE_BELOW:
        found.append((min(20.0, (NEGATIVE_BELOW - recent) * 40), f"caller sounds negative ({recent:+.2f})"))
    return found


def _counted(count: int, each: float, cap: float, text: str) -> list[tuple[float, str]]:
    return [(min(cap, count * each), text)] if count > 0 else []


def _times(count: int) -> str:
    return "once" if count == 1 else f"{count} times"


def _seconds(ms: int) -> str:
    seconds = ms // 1000
    return f"{seconds} s" if seconds < 120 else f"{seconds // 60} min"


def risk_score(signals: LiveCallSignals) -> Risk:
    """The call's risk and why (see the module table)."""
    s = signals
    factors = [
        *_sentiment(s.sentiments),
        *_counted(s.corrections, 12, 30, f"caller corrected or repeated themselves {_times(s.corrections)}"),
        *_counted(s.loops, 12, 25, f"agent repeated itself {_times(s.loops)}"),
        *_counted(
            s.tool_failures,
            15,
            30,
            f"{s.tool_failures} of {max(s.tool_calls, s.tool_failures)} tool calls failed",
        ),
    ]
    silent_s = (s.silence_ms - SILENCE_GRACE_MS) / 1000
    if silent_s > 0:
        factors.append((min(25.0, silent_s * 2.5), f"silent for {_seconds(s.silence_ms)}"))
    scored = sorted((f for f in factors if f[0] >= 1), key=lambda f: -f[0])
    total = round(sum(points for points, _ in scored))
    return Risk(score=max(0, min(100, total)), reasons=tuple(text for _, text in scored))
