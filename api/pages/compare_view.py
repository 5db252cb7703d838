"""The compare page's form and wording, pure: query-string values in, a ``ComparisonSpec`` (or the messages
to show beside the form) out; a ``Comparison`` out as rows a contact-center lead reads. Every figure comes
from ``rollout.compare``: this module only formats it (no statistics here)."""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any

from api.pages.forms import VERSION, parsed
from ingest.contract.models import is_workflow
from rollout.compare import MIN_EFFECT, Comparison, ComparisonSpec, KpiResult
from rollout.errors import RolloutError
from rollout.kpis import HEADLINE

DEFAULT_DAYS = 7
DAY_MS = 86_400_000
VERDICT_TONE = {"better": "good", "worse": "bad", "no difference": "neutral", "not enough calls": "warn"}
DECISION_TONE = {"promote": "good", "hold": "warn", "roll back": "bad"}


@dataclass(frozen=True, slots=True)
class CompareForm:
    """The form as filled in (echoed back) and the comparison it asks for (None: nothing to run yet)."""

    values: dict[str, str]
    spec: ComparisonSpec | None
    errors: list[str] = field(default_factory=list)


def _day(text: str, name: str, errors: list[str]) -> int | None:
    day = parsed(text, date.fromisoformat, f"{name} is not a date (YYYY-MM-DD): {text!r}", errors)
    if day is None:
        return None
    return int(datetime(day.year, day.month, day.day, tzinfo=UTC).timestamp() * 1000)


def parse_form(
    query: Mapping[str, str], now_ms: int, database: str, min_effect: float = MIN_EFFECT
) -> CompareForm:
    """``mode`` (canary | versions), ``a``, ``b``, ``workflow``, ``since``, ``until`` (UTC days, the
    ``until`` day included). With no query at all: the canary against the rest over the last 7 days."""
    today = datetime.fromtimestamp(now_ms / 1000, UTC).date()
    first = today - timedelta(days=DEFAULT_DAYS - 1)
    defaults = {
        "mode": "canary", "a": "", "b": "", "workflow": "",
        "since": first.isoformat(), "until": today.isoformat(),
    }  # fmt: skip
    values = {k: query.get(k, v).strip() for k, v in defaults.items()}
    errors: list[str] = []
    if values["mode"] not in ("canary", "versions"):
        errors.append("choose canary vs the rest, or version A vs version B")
    if values["workflow"] and not is_workflow(values["workflow"]):
        errors.append(f"not a workflow name: {values['workflow']!r}")
    since_ms = _day(values["since"], "From", errors)
    until_day = _day(values["until"], "To", errors)
    until_ms = None if until_day is None else until_day + DAY_MS
    if since_ms is not None and until_ms is not None and since_ms >= until_ms:
        errors.append("From must be on or before To")
    if values["mode"] == "versions":
        for side in ("a", "b"):
            if not values[side]:
                errors.append(f"choose version {side.upper()}")
            elif not VERSION.match(values[side]):
                errors.append(f"not an agent version: {values[side]!r}")
    if errors:
        return CompareForm(values, None, errors)
    options: dict[str, Any] = {
        "workflow": values["workflow"] or None, "since_ms": since_ms, "until_ms": until_ms,
        "database": database, "min_effect": min_effect,
    }  # fmt: skip
    try:
        spec = (
            ComparisonSpec.canary(**options)
            if values["mode"] == "canary"
            else ComparisonSpec.versions(values["a"], values["b"], **options)
        )
    except RolloutError as err:
        return CompareForm(values, None, [str(err)])
    return CompareForm(values, spec)


@dataclass(frozen=True, slots=True)
class KpiLine:
    """One KPI as the page prints it."""

    name: str
    label: str
    value_a: str
    value_b: str
    difference: str
    interval: str
    verdict: str
    tone: str
    note: str
    calls: str


def value(k: KpiResult, v: float) -> str:
    if v is None or (isinstance(v, float) and math.isnan(v)):
        return "n/a"
    if k.points:
        return f"{100 * v:.1f}%"
    return f"{number(v)}{' ' + k.unit if k.unit else ''}"


def number(v: float, sign: str = "") -> str:
    """``1,940`` from 100 up (whole numbers), three significant digits below (``47.3``, ``0.0226``)."""
    return f"{v:{sign},.0f}" if abs(v) >= 100 else f"{v:{sign}.3g}"


def difference(k: KpiResult, d: float) -> str:
    if d is None or math.isnan(d):
        return "n/a"
    if k.points:
        return f"{100 * d:+.1f} points"
    return f"{number(d, '+')}{' ' + k.unit if k.unit else ''}"


def bound(k: KpiResult, b: float) -> str:
    """One end of an interval; a difference of two shares cannot pass ±100 points, so it is shown clipped."""
    if math.isnan(b):
        return "?"
    if k.points:
        return f"{max(-100.0, min(100.0, 100 * b)):+.1f}"
    if math.isinf(b):
        return "-∞" if b < 0 else "+∞"
    return number(b, "+")


def kpi_line(k: KpiResult) -> KpiLine:
    s = k.sequence
    unit = " points" if k.points else (f" {k.unit}" if k.unit else "")
    interval = f"{bound(k, s.lower)} to {bound(k, s.upper)}{unit}"
    note = k.note or ("higher is better" if k.higher_is_better else "lower is better")
    label = k.label[:1].upper() + k.label[1:]
    return KpiLine(
        k.name, label, value(k, k.value_a), value(k, k.value_b), difference(k, k.difference), interval,
        k.verdict, VERDICT_TONE.get(k.verdict, "neutral"), note, f"{k.calls_a:,} / {k.calls_b:,}",
    )  # fmt: skip


def lines(result: Comparison) -> list[KpiLine]:
    return [kpi_line(k) for k in result.kpis]


def guardrail_tone(breach: str | None) -> str:
    return {"confident": "bad", "possible": "warn"}.get(breach or "", "good")


@dataclass(frozen=True, slots=True)
class WorkflowLine:
    """One workflow compared on its own: where to look (the overall decision is the one to act on)."""

    workflow: str
    calls: str
    headline: str
    verdict: str
    tone: str
    decision: str
    decision_tone: str
    because: str


def workflow_line(workflow: str, result: Comparison) -> WorkflowLine:
    head = result.kpi(HEADLINE)
    return WorkflowLine(
        workflow, f"{result.calls_a:,} / {result.calls_b:,}",
        f"{value(head, head.value_a)} → {value(head, head.value_b)}", head.verdict,
        VERDICT_TONE.get(head.verdict, "neutral"), result.decision, DECISION_TONE[result.decision],
        result.reasons[0] if result.reasons else "",
    )  # fmt: skip
