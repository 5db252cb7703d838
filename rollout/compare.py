"""``compare(warehouse, spec) -> Comparison``: version A vs B, or the rest vs the canary, KPI by KPI, with
always-valid verdicts, guardrails, and the decision: promote, hold or roll back.

The library API of ``rollout``: the CLI (``callpulse compare``), the API (``GET /api/v1/compare``) and the
parts of issue 16 still to come (human baseline, shadow, weekly report) call ``compare`` or, with rows of
their own, ``compare_rows``.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field, replace
from statistics import NormalDist
from typing import Any, Literal, TypeVar

from rollout.cohorts import CallRow, Cohort, read_cohort
from rollout.errors import CohortError
from rollout.guardrails import GuardrailCheck, Guardrails, check, mean_interval, median_interval
from rollout.json_ready import json_ready
from rollout.kpis import HEADLINE, KPIS, Kpi
from rollout.stats.proportions import Interval, newcombe_difference, two_proportion_z_p, wilson, z_two_sided
from rollout.stats.ranks import bootstrap_median_difference, mann_whitney_p
from rollout.stats.sequential import Sequential
from rollout.verdicts import Judgement, Totals, Verdict, judge
from stream.warehouse import Warehouse

Decision = Literal["promote", "hold", "roll back"]
Judged = TypeVar("Judged")
ALPHA = 0.05
"""The default false-verdict rate of a comparison (``CALLPULSE_ROLLOUT_ALPHA`` in a deployment)."""
MIN_EFFECT = 0.03
"""The default smallest difference worth finding in the rates below (``CALLPULSE_ROLLOUT_MIN_EFFECT_POINTS``
/ 100 in a deployment)."""
SPEC_EFFECT_KPIS = frozenset({"resolved_containment", "containment", "task_success"})
"""Rates whose smallest difference worth finding is the spec's ``min_effect`` (3 points by default)."""


@dataclass(frozen=True, slots=True)
class ComparisonSpec:
    """What to compare: cohort ``a`` (the reference: the current version, or the rest) against ``b`` (the
    candidate, or the canary), over ``[since_ms, until_ms)``, one workflow or all."""

    a: Cohort
    b: Cohort
    workflow: str | None = None
    since_ms: int | None = None
    until_ms: int | None = None
    alpha: float = ALPHA
    min_effect: float = MIN_EFFECT
    """The smallest difference in resolved containment, containment and task success worth finding."""
    database: str = "callpulse"
    seed: int = 0
    """Seed of the bootstrap intervals (the same data always gives the same intervals)."""
    resamples: int = 1_000

    def __post_init__(self) -> None:
        if self.a == self.b:
            raise CohortError(f"both sides are {self.a.label}: nothing to compare")
        if not 0 < self.alpha < 1:
            raise CohortError(f"alpha must be in (0, 1), got {self.alpha}")
        if not 0 < self.min_effect < 1:
            raise CohortError(f"min_effect is a difference of shares in (0, 1), got {self.min_effect}")

    @classmethod
    def versions(cls, a_version: str, b_version: str, **options: Any) -> ComparisonSpec:
        return cls(Cohort(agent_version=a_version), Cohort(agent_version=b_version), **options)

    @classmethod
    def canary(cls, **options: Any) -> ComparisonSpec:
        return cls(Cohort(canary=False), Cohort(canary=True), **options)

    def effect_of(self, kpi: Kpi) -> float:
        return self.min_effect if kpi.name in SPEC_EFFECT_KPIS else kpi.effect


@dataclass(frozen=True, slots=True)
class KpiResult:
    """One KPI: both sides, B - A with its fixed-sample interval, the always-valid sequence, the verdict."""

    name: str
    label: str
    unit: str
    summary: str
    higher_is_better: bool
    points: bool
    """A share: values and differences read in percentage points."""
    blocking: bool
    """A "worse" verdict rolls back (every KPI but handle time)."""
    calls_a: int
    calls_b: int
    value_a: float
    value_b: float
    difference: float
    interval: Interval
    """Fixed-sample interval of the difference shown (Newcombe; bootstrap of medians; normal of means)."""
    sequence: Sequential
    """Always-valid confidence sequence of the tested difference (of proportions, or of per-call means)."""
    p_always_valid: float
    p_adjusted: float
    """Holm-adjusted across the KPIs; the verdict is "better"/"worse" when it is at most alpha."""
    p_fixed: float
    """The single-look p-value (two-proportion z, Mann-Whitney, or z on means), for reference only."""
    verdict: Verdict
    effect: float
    calls_more: int | None
    note: str


@dataclass(frozen=True, slots=True)
class Comparison:
    spec: ComparisonSpec
    label_a: str
    label_b: str
    calls_a: int
    calls_b: int
    kpis: tuple[KpiResult, ...]
    guardrails: tuple[GuardrailCheck, ...]
    decision: Decision
    reasons: tuple[str, ...] = field(default=())

    def kpi(self, name: str) -> KpiResult:
        return next(k for k in self.kpis if k.name == name)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready (infinite bounds become None)."""
        out: dict[str, Any] = json_ready(asdict(self), drop={"of"})
        return out


def compare(warehouse: Warehouse, spec: ComparisonSpec, guardrails: Guardrails | None = None) -> Comparison:
    """Read both cohorts from ``calls FINAL`` and compare them."""
    rows_a, rows_b = (
        read_cohort(warehouse, spec.database, side, workflow=spec.workflow, since_ms=spec.since_ms,
                    until_ms=spec.until_ms)
        for side in (spec.a, spec.b)
    )  # fmt: skip
    return compare_rows(rows_a, rows_b, spec, guardrails or Guardrails())


def compare_by_workflow(
    warehouse: Warehouse, spec: ComparisonSpec, guardrails: Guardrails | None = None
) -> tuple[Comparison, dict[str, Comparison]]:
    """The comparison over all workflows of ``spec`` and one per workflow, from one read of each cohort.
    Each is its own family of tests (Holm within it): the overall one decides; the workflows say where."""
    if spec.workflow is not None:
        raise CohortError("a comparison by workflow covers every workflow: leave the workflow out")
    rows_a, rows_b = (
        read_cohort(warehouse, spec.database, side, since_ms=spec.since_ms, until_ms=spec.until_ms)
        for side in (spec.a, spec.b)
    )
    rails = guardrails or Guardrails()
    per_workflow = each_workflow(rows_a, rows_b, spec, lambda a, b, one: compare_rows(a, b, one, rails))
    return compare_rows(rows_a, rows_b, spec, rails), per_workflow


def each_workflow(
    rows_a: Sequence[CallRow],
    rows_b: Sequence[CallRow],
    spec: ComparisonSpec,
    judge: Callable[[list[CallRow], list[CallRow], ComparisonSpec], Judged],
) -> dict[str, Judged]:
    """``judge`` of each workflow either side has, on its own rows and ``spec`` narrowed to it (each its own
    family of tests), in name order."""
    names = sorted({r.workflow for r in rows_a} | {r.workflow for r in rows_b})
    return {
        name: judge(
            [r for r in rows_a if r.workflow == name], [r for r in rows_b if r.workflow == name],
            replace(spec, workflow=name),
        )
        for name in names
    }  # fmt: skip


def compare_rows(
    rows_a: Sequence[CallRow],
    rows_b: Sequence[CallRow],
    spec: ComparisonSpec,
    guardrails: Guardrails,
    *,
    kpis: Sequence[Kpi] = KPIS,
    labels: tuple[str, str] | None = None,
) -> Comparison:
    """Compare two cohorts' per-call rows on ``kpis`` (pure: no warehouse); B's guardrails are always
    checked. ``labels`` name A and B (default: the cohorts' own labels)."""
    results = judged(kpis, rows_a, rows_b, spec)
    checks = _guardrails(values_by_kpi(rows_b, KPIS), rows_b, guardrails, spec.alpha)
    decision, reasons = decide(results, checks)
    label_a, label_b = labels or (spec.a.label, spec.b.label)
    return Comparison(spec, label_a, label_b, len(rows_a), len(rows_b), results, checks, decision, reasons)


def values_by_kpi(rows: Sequence[CallRow], kpis: Sequence[Kpi]) -> dict[str, list[float]]:
    """Each KPI's values over ``rows``, calls outside its denominator left out (pure)."""
    return {k.name: [v for r in rows if (v := k.of(r)) is not None] for k in kpis}


def judged(
    kpis: Sequence[Kpi], rows_a: Sequence[CallRow], rows_b: Sequence[CallRow], spec: ComparisonSpec
) -> tuple[KpiResult, ...]:
    """``kpis`` judged on A's and B's rows: both values, the interval, the always-valid verdict, Holm across
    ``kpis`` (pure; what ``compare_rows`` and the comparison with the human baseline both decide on)."""
    values_a, values_b = values_by_kpi(rows_a, kpis), values_by_kpi(rows_b, kpis)
    judgements = judge(
        kpis, [Totals.of(values_a[k.name]) for k in kpis], [Totals.of(values_b[k.name]) for k in kpis],
        calls=len(rows_a) + len(rows_b), alpha=spec.alpha, effects=[spec.effect_of(k) for k in kpis],
    )  # fmt: skip
    return tuple(
        _result(j, values_a[k.name], values_b[k.name], spec) for j, k in zip(judgements, kpis, strict=True)
    )


def decide(
    results: Sequence[KpiResult], checks: Sequence[GuardrailCheck]
) -> tuple[Decision, tuple[str, ...]]:
    """Roll back on any KPI worse or any guardrail broken with confidence; hold while the headline lacks
    calls or a guardrail may be broken; promote otherwise. Reasons name every KPI and guardrail involved."""
    worse = [f"{r.label} is worse: {_difference(r)}" for r in results if r.verdict == "worse" and r.blocking]
    broken = [c.reason for c in checks if c.breach == "confident"]
    if worse or broken:
        return "roll back", tuple(worse + broken)
    headline = next(r for r in results if r.name == HEADLINE)
    waiting = [c.reason for c in checks if c.breach == "possible"]
    if headline.verdict == "not enough calls":
        waiting.insert(0, f"{headline.label}: {headline.note}")
    if waiting:
        return "hold", tuple(waiting)
    better = [f"{r.label} is better: {_difference(r)}" for r in results if r.verdict == "better"]
    longer = [
        f"{r.label} differs: {_difference(r)}" for r in results if r.verdict == "worse" and not r.blocking
    ]
    same = f"{headline.label}: no difference of {100 * headline.effect:.0f} points or more"
    return "promote", (*(better or [same]), *longer, "no KPI worse, every guardrail met")


def _result(j: Judgement, va: list[float], vb: list[float], spec: ComparisonSpec) -> KpiResult:
    kpi = j.kpi
    if kpi.kind == "rate":
        ka, kb = round(sum(va)), round(sum(vb))
        interval = newcombe_difference(ka, len(va), kb, len(vb), spec.alpha)
        value_a, value_b = wilson(ka, len(va)).estimate, wilson(kb, len(vb)).estimate
        p_fixed = two_proportion_z_p(ka, len(va), kb, len(vb))
    elif kpi.summary == "median":
        interval = bootstrap_median_difference(
            va, vb, alpha=spec.alpha, resamples=spec.resamples, seed=spec.seed
        )
        value_a, value_b = median_interval(va).estimate, median_interval(vb).estimate
        p_fixed = mann_whitney_p(va, vb)
    else:
        ta, tb = Totals.of(va), Totals.of(vb)
        value_a, value_b = ta.mean, tb.mean
        interval, p_fixed = mean_difference(ta, tb, spec.alpha)
    return KpiResult(
        kpi.name, kpi.label, kpi.unit, kpi.summary, kpi.higher_is_better, kpi.points, kpi.blocking,
        len(va), len(vb),
        value_a, value_b, value_b - value_a, interval, j.sequence, j.sequence.p_value, j.p_adjusted, p_fixed,
        j.verdict, j.effect, j.calls_more, _note(j, kpi),
    )  # fmt: skip


def _note(j: Judgement, kpi: Kpi) -> str:
    if j.verdict != "not enough calls":
        return ""
    size = f"{100 * j.effect:g}-point" if kpi.points else f"{j.effect:g}{' ' + kpi.unit if kpi.unit else ''}"
    if j.calls_more is None:
        return "not enough calls yet"
    return f"not enough calls yet: about {j.calls_more:,} more for a {size} difference"


def _guardrails(
    values_b: dict[str, list[float]], rows_b: Sequence[CallRow], g: Guardrails, alpha: float
) -> tuple[GuardrailCheck, ...]:
    failed = sum(r.agent_failed for r in rows_b)
    return (
        check("median handle time", g.max_handle_time_s, median_interval(values_b["handle_time_s"], alpha),
              upper=True, unit=" s"),
        check("tool failure rate", g.tool_failure_budget, mean_interval(values_b["tool_failure_rate"], alpha),
              upper=True, unit="%"),
        check("mean sentiment delta", g.sentiment_floor, mean_interval(values_b["sentiment_delta"], alpha),
              upper=False),
        check("agent-failed rate", g.agent_failed_ceiling, wilson(failed, len(rows_b), alpha),
              upper=True, unit="%"),
    )  # fmt: skip


def mean_difference(a: Totals, b: Totals, alpha: float) -> tuple[Interval, float]:
    """Fixed-sample normal interval and two-sided z p-value of ``mean_b - mean_a`` (Welch's standard
    error)."""
    if a.n < 2 or b.n < 2:
        return Interval(math.nan, -math.inf, math.inf), 1.0
    d = b.mean - a.mean
    se = math.sqrt(a.variance / a.n + b.variance / b.n)
    if se == 0:
        return Interval(d, d, d), 1.0 if d == 0 else 0.0
    z = z_two_sided(alpha)
    return Interval(d, d - z * se, d + z * se), 2 * (1 - NormalDist().cdf(abs(d) / se))


def _difference(r: KpiResult) -> str:
    s = r.sequence
    p = "always-valid p<0.001" if r.p_adjusted < 0.001 else f"always-valid p={r.p_adjusted:.2g}"
    if not r.points:
        return f"{r.difference:+.3g}{' ' + r.unit if r.unit else ''} ({p})"
    return f"{_points(r.difference)} points, sequence [{_points(s.lower)}, {_points(s.upper)}] ({p})"


def _points(share: float) -> str:
    return "n/a" if math.isnan(share) else f"{100 * share:+.1f}"
