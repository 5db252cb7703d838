"""What the templates show, computed in Python (pure, no I/O): formatted times and durations, and the
metric badges of a call (containment, task success, TTFHW against the budget, sentiment delta,
interruption recovery), each with a tone the stylesheet colours."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Literal

from api.store.calls import CallSummary

Tone = Literal["good", "bad", "warn", "neutral"]
SENTIMENT_FLAT = 0.05


@dataclass(frozen=True, slots=True)
class Badge:
    label: str
    value: str
    tone: Tone
    detail: str = ""


def when(ms: int | None) -> str:
    """``2025-11-24 16:00:03 UTC`` (empty for None)."""
    if ms is None:
        return ""
    return datetime.fromtimestamp(ms / 1000, UTC).strftime("%Y-%m-%d %H:%M:%S UTC")


def duration(ms: float | None) -> str:
    """``850 ms`` below a second, ``1.25 s`` below a minute, ``3 min 05 s`` above; ``n/a`` for None."""
    if ms is None:
        return "n/a"
    if ms < 1000:
        return f"{ms:.0f} ms"
    if ms < 60_000:
        return f"{ms / 1000:.2f} s"
    minutes, seconds = divmod(round(ms / 1000), 60)
    return f"{minutes} min {seconds:02d} s"


def elapsed(ms: int) -> str:
    """A running call's age as a clock: ``0:40``, ``12:05``, ``1:02:03``."""
    minutes, seconds = divmod(max(0, ms) // 1000, 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}:{seconds:02d}" if hours else f"{minutes}:{seconds:02d}"


def signed(value: float | None) -> str:
    return "n/a" if value is None else f"{value:+.2f}"


def containment(call: CallSummary) -> Badge:
    if not call.ended:
        return Badge("Containment", "in progress", "neutral")
    if call.agent_failed:
        cause = f"the call ended with {call.end_reason}" if call.end_reason else "the call ended failed"
        return Badge("Containment", "agent failed", "bad", f"{cause}: not the caller's doing")
    if call.abandoned_early:
        return Badge("Containment", "abandoned early", "neutral", "ended before the agent's first answer")
    if call.escalated:
        return Badge("Containment", "escalated", "bad", call.handoff_reason or "")
    value = "resolved" if call.resolved_contained else "contained, unresolved"
    return Badge("Containment", value, "good" if call.resolved_contained else "warn")


def task_success(call: CallSummary) -> Badge:
    if call.task_success:
        return Badge("Task success", "yes", "good")
    return Badge("Task success", "no" if call.ended else "not yet", "bad" if call.ended else "neutral")


def ttfhw(call: CallSummary, budget_ms: int) -> Badge:
    p95 = call.ttfhw_p95_ms
    first, p50 = duration(call.ttfhw_first_ms), duration(call.ttfhw_p50_ms)
    detail = f"first {first}, p50 {p50}; budget {duration(budget_ms)}"
    if p95 is None:
        return Badge("TTFHW p95", "n/a", "neutral", detail)
    return Badge("TTFHW p95", duration(p95), "good" if p95 <= budget_ms else "bad", detail)


def sentiment(call: CallSummary) -> Badge:
    delta = call.sentiment_delta
    if delta is None:
        return Badge("Sentiment delta", "n/a", "neutral", "no caller speech in a window")
    tone: Tone = "good" if delta > SENTIMENT_FLAT else "bad" if delta < -SENTIMENT_FLAT else "neutral"
    return Badge("Sentiment delta", signed(delta), tone, "last 30 s minus first 30 s")


def recovery(call: CallSummary) -> Badge:
    if call.interrupts == 0:
        return Badge("Interruption recovery", "no barge-ins", "neutral")
    tone: Tone = "good" if call.interrupts_recovered == call.interrupts else "bad"
    return Badge("Interruption recovery", f"{call.interrupts_recovered}/{call.interrupts} recovered", tone)


def badges(call: CallSummary, budget_ms: int) -> list[Badge]:
    return [containment(call), task_success(call), ttfhw(call, budget_ms), sentiment(call), recovery(call)]


def risk_tone(score: int) -> Tone:
    return "bad" if score >= 60 else "warn" if score >= 30 else "good"


def percent(rate: float | None) -> str:
    """``72%`` (``n/a`` for None)."""
    return "n/a" if rate is None else f"{rate * 100:.0f}%"


def sparkline(
    values: list[float | None], width: int = 160, height: int = 32, top: float | None = None
) -> str:
    """The ``points`` of an SVG polyline through ``values`` (oldest first, None skipped), scaled to
    ``width`` x ``height`` with 0 at the bottom and ``top`` (default: the largest value) at the top.
    ``static/pages.js`` draws the same line on each update (``sparkPoints``)."""
    known = [v for v in values if v is not None]
    if not known or len(values) < 2:
        return ""
    ceiling = max(top or 0.0, *known) or 1.0
    step = width / (len(values) - 1)
    points = [
        f"{i * step:.1f},{height - 2 - (v / ceiling) * (height - 4):.1f}"
        for i, v in enumerate(values)
        if v is not None
    ]
    return " ".join(points)
