"""Guardrails: limits the B cohort must stay within whatever the comparison says (from settings:
``CALLPULSE_ROLLOUT_*``). A limit broken with confidence (the whole interval past it) rolls back; a point
estimate past it that the interval does not yet confirm holds."""

from __future__ import annotations

import math
from dataclasses import dataclass
from statistics import NormalDist
from typing import Literal

from rollout.stats.proportions import Interval, wilson, z_two_sided

Breach = Literal["confident", "possible"]


@dataclass(frozen=True, slots=True)
class Guardrails:
    max_handle_time_s: float = 600.0
    """The B cohort's median handle time must stay at or below this."""
    tool_failure_budget: float = 0.05
    """The B cohort's mean per-call tool failure rate (calls with tools) must stay at or below this."""
    sentiment_floor: float = -0.10
    """The B cohort's mean sentiment delta must stay at or above this."""
    agent_failed_ceiling: float = 0.03
    """The B cohort's share of calls the agent, the tap or the platform failed must stay at or below this."""


@dataclass(frozen=True, slots=True)
class GuardrailCheck:
    name: str
    limit: float
    value: Interval
    breach: Breach | None
    reason: str


def median_interval(values: list[float], alpha: float = 0.05) -> Interval:
    """Distribution-free interval of a median from order statistics (normal approximation of the binomial)."""
    if not values:
        return Interval(math.nan, -math.inf, math.inf)
    xs = sorted(values)
    n = len(xs)
    half = z_two_sided(alpha) * math.sqrt(n) / 2
    low, high = max(0, math.floor(n / 2 - half) - 1), min(n - 1, math.ceil(n / 2 + half))
    mid = (xs[(n - 1) // 2] + xs[n // 2]) / 2
    return Interval(mid, xs[low], xs[high])


def mean_interval(values: list[float], alpha: float = 0.05) -> Interval:
    """Normal interval of a mean of per-call values."""
    n = len(values)
    if n < 2:
        return Interval(math.nan if n == 0 else values[0], -math.inf, math.inf)
    mean = sum(values) / n
    sd = math.sqrt(sum((v - mean) ** 2 for v in values) / (n - 1))
    half = NormalDist().inv_cdf(1 - alpha / 2) * sd / math.sqrt(n)
    return Interval(mean, mean - half, mean + half)


def check(name: str, limit: float, value: Interval, *, upper: bool, unit: str = "") -> GuardrailCheck:
    """``upper``: the limit is a ceiling (breached above it), else a floor."""
    if math.isnan(value.estimate):
        return GuardrailCheck(name, limit, value, None, f"{name}: no calls to check")
    past = value.estimate > limit if upper else value.estimate < limit
    confident = value.lower > limit if upper else value.upper < limit
    side = "above the ceiling" if upper else "below the floor"
    shown = _fmt(value.estimate, unit)
    if math.isfinite(value.lower) and math.isfinite(value.upper):
        shown += f" [{_fmt(value.lower, unit)}, {_fmt(value.upper, unit)}]"
    if confident:
        return GuardrailCheck(
            name, limit, value, "confident", f"{name} {shown} is {side} {_fmt(limit, unit)}"
        )
    if past:
        return GuardrailCheck(
            name,
            limit,
            value,
            "possible",
            f"{name} {shown} may be {side} {_fmt(limit, unit)} (not yet certain)",
        )
    return GuardrailCheck(name, limit, value, None, f"{name} {shown} within {_fmt(limit, unit)}")


def _fmt(x: float, unit: str) -> str:
    if unit == "%":
        return f"{100 * x:.1f}%"
    return f"{x:.3g}{unit}"


def rate_interval(successes: int, n: int, alpha: float) -> Interval:
    return wilson(successes, n, alpha)
