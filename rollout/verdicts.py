"""Verdicts from per-KPI running totals: the always-valid test of each KPI, Holm's correction across them,
and "better / worse / no difference / not enough calls".

Totals (``n``, sum, sum of squares of per-call values) add up, so a caller that looks every day (the
calibration benchmark) keeps them running and judges in constant time per look; ``rollout.compare`` builds
them from the rows it read. Nothing here depends on when or how often it is called: that is the point of
the always-valid test.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Literal

from rollout.kpis import Kpi
from rollout.stats.multiplicity import holm
from rollout.stats.sample_size import calls_needed
from rollout.stats.sequential import Sequential, means, proportions

Verdict = Literal["better", "worse", "no difference", "not enough calls"]
MIN_UNITS = 30
"""Calls each arm needs in a KPI before it is tested at all (the mixture test's normal approximation needs
a few dozen: 9 canary calls with no interruption recovered are not evidence of anything)."""


@dataclass(frozen=True, slots=True)
class Totals:
    """Running totals of one KPI in one arm: calls counted, sum and sum of squares of their values."""

    n: int = 0
    total: float = 0.0
    total_sq: float = 0.0

    @classmethod
    def of(cls, values: Iterable[float]) -> Totals:
        n, s, ss = 0, 0.0, 0.0
        for v in values:
            n, s, ss = n + 1, s + v, ss + v * v
        return cls(n, s, ss)

    def __add__(self, other: Totals) -> Totals:
        return Totals(self.n + other.n, self.total + other.total, self.total_sq + other.total_sq)

    @property
    def mean(self) -> float:
        return self.total / self.n if self.n else math.nan

    @property
    def variance(self) -> float:
        """Sample variance (n - 1)."""
        if self.n < 2:
            return math.nan
        return max(0.0, (self.total_sq - self.total * self.total / self.n) / (self.n - 1))


@dataclass(frozen=True, slots=True)
class Judgement:
    kpi: Kpi
    effect: float
    sequence: Sequential
    p_adjusted: float
    verdict: Verdict
    calls_more: int | None
    """Calls (both arms, all calls, not only those in this KPI) still needed to find ``effect``; None once
    enough, or when an arm has too few calls to estimate it."""


def sequential_of(kpi: Kpi, a: Totals, b: Totals, effect: float, alpha: float) -> Sequential:
    """The always-valid view of one KPI's difference (B - A)."""
    tau2 = effect * effect
    if kpi.kind == "rate":
        return proportions(round(a.total), a.n, round(b.total), b.n, tau2, alpha)
    # each arm's variance is at least the pooled one: under "no difference" both arms share it, and a small
    # arm whose calls happen to agree (all 0% recovered) must not look infinitely precise
    pooled = (a + b).variance
    return means(a.mean, max(a.variance, pooled), a.n, b.mean, max(b.variance, pooled), b.n, tau2, alpha)


def judge(
    kpis: Sequence[Kpi], a: Sequence[Totals], b: Sequence[Totals], *, calls: int, alpha: float = 0.05,
    effects: Sequence[float] | None = None,
) -> list[Judgement]:  # fmt: skip
    """Judge every KPI (``a[i]``, ``b[i]`` are KPI i's totals; ``calls`` the calls of both arms together);
    the always-valid p-values are Holm-adjusted across the KPIs."""
    wanted = list(effects) if effects is not None else [k.effect for k in kpis]
    sequences = [sequential_of(k, ta, tb, e, alpha) for k, ta, tb, e in zip(kpis, a, b, wanted, strict=True)]
    adjusted = holm([s.p_value for s in sequences])
    out = []
    for kpi, ta, tb, effect, seq, p in zip(kpis, a, b, wanted, sequences, adjusted, strict=True):
        verdict: Verdict
        more = _calls_more(kpi, ta, tb, effect, alpha, calls)
        if ta.n < MIN_UNITS or tb.n < MIN_UNITS:
            out.append(Judgement(kpi, effect, seq, p, "not enough calls", more))
            continue
        if p <= alpha:
            verdict = "better" if (seq.estimate > 0) == kpi.higher_is_better else "worse"
            more = None
        elif more is None or (seq.lower > -effect and seq.upper < effect):
            verdict, more = "no difference", None
        else:
            verdict = "not enough calls"
        out.append(Judgement(kpi, effect, seq, p, verdict, more))
    return out


def _calls_more(kpi: Kpi, a: Totals, b: Totals, effect: float, alpha: float, calls: int) -> int | None:
    """Calls still needed, or None when the KPI already has enough to find ``effect`` (or no arm has a call
    to estimate from). At least enough for ``MIN_UNITS`` in the smaller arm, at the current split."""
    units = a.n + b.n
    if a.n == 0 or b.n == 0 or units < 2:
        return None
    pooled_totals = a + b
    if kpi.kind == "rate":
        pooled = (pooled_totals.total + 1) / (units + 2)
        var_a = var_b = pooled * (1 - pooled)
    else:
        var_a = max(a.variance, pooled_totals.variance) if a.n >= 2 else pooled_totals.variance
        var_b = max(b.variance, pooled_totals.variance) if b.n >= 2 else pooled_totals.variance
    share_b = b.n / units
    floor = math.ceil(MIN_UNITS / min(share_b, 1 - share_b))
    if not (var_a > 0 or var_b > 0):
        needed = floor  # every call the same value: only the minimum is missing
    else:
        needed = max(floor, calls_needed(var_a, var_b, share_b, effect, effect * effect, alpha))
    if needed <= units:
        return None
    return math.ceil((needed - units) * calls / units)
