"""The shadow report: of the calls a person handled while the agent listened in shadow and proposed, how
often the agent would have contained the ones the person resolved, where it would have handed off, and how
fast its proposals came — per workflow and overall, with intervals.

A shadow call (``calls.shadow``) is matched with the person's outcome from the baseline import by the
keyed hash of its ``call_sid`` (``ingest.baseline.keys.call_key_of_id``): the contact center exports the
Twilio CallSid of the call as ``call_id``. "Would have contained" is the shadow call's own
``resolved_contained``: it proposed no hand-off and its task succeeded (``docs/metrics.md``). Hand-off
reasons are the warehouse's (already redacted by the stream), cut to ``REASON_CHARS``. Latency is the
time to first helpful word of its proposals: the median over calls of each call's p50 and p95, with a
distribution-free interval of that median.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from typing import Any

from ingest.baseline.keys import call_key_of_id
from rollout.guardrails import median_interval
from rollout.json_ready import json_ready
from rollout.sql import checked_database, started_within
from rollout.stats.proportions import Interval, wilson
from stream.warehouse import Warehouse

REASON_CHARS = 80
KEYS_PER_QUERY = 1_000
TOP_REASONS = 5
ALL = "all workflows"


@dataclass(frozen=True, slots=True)
class ShadowCall:
    """What the report reads of one ended shadow call, and the person's outcome when one was imported."""

    call_sid: str
    workflow: str
    started_at_ms: int
    resolved_contained: bool
    escalated: bool
    handoff_reason: str | None
    handoff_trigger: str | None
    ttfhw_p50_ms: float | None
    ttfhw_p95_ms: float | None
    person_resolved: bool | None
    """``None``: no imported human call has this call's key."""


@dataclass(frozen=True, slots=True)
class Share:
    k: int
    n: int
    interval: Interval


@dataclass(frozen=True, slots=True)
class ShadowFigures:
    workflow: str
    shadow_calls: int
    matched: int
    """Shadow calls with a person's outcome (the others cannot be judged)."""
    person_resolved: int
    would_contain: Share
    """Of the calls the person resolved: the agent would have contained them."""
    would_claim_unresolved: Share
    """Of the calls the person did not resolve: the agent would have called them contained (a warning)."""
    handoffs: Share
    """Of every shadow call: the agent proposed a hand-off."""
    top_handoff_reasons: tuple[tuple[str, str, int], ...]
    """(reason, trigger, calls), most frequent first, over every shadow call."""
    missed_reasons: tuple[tuple[str, str, int], ...]
    """The same over the calls the person resolved and the agent would have handed off."""
    ttfhw_p50_ms: Interval
    ttfhw_p95_ms: Interval
    calls_with_latency: int


@dataclass(frozen=True, slots=True)
class ShadowReport:
    since_ms: int | None
    until_ms: int | None
    overall: ShadowFigures
    workflows: dict[str, ShadowFigures]

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready (an interval bound not known yet becomes None)."""
        out: dict[str, Any] = json_ready(asdict(self))
        return out


def figures(calls: Sequence[ShadowCall], workflow: str, alpha: float = 0.05) -> ShadowFigures:
    """The report's figures over ``calls`` (pure)."""
    matched = [c for c in calls if c.person_resolved is not None]
    resolved = [c for c in matched if c.person_resolved]
    unresolved = [c for c in matched if not c.person_resolved]
    p50 = [c.ttfhw_p50_ms for c in calls if c.ttfhw_p50_ms is not None]
    p95 = [c.ttfhw_p95_ms for c in calls if c.ttfhw_p95_ms is not None]
    return ShadowFigures(
        workflow, len(calls), len(matched), len(resolved),
        _share(sum(c.resolved_contained for c in resolved), len(resolved), alpha),
        _share(sum(c.resolved_contained for c in unresolved), len(unresolved), alpha),
        _share(sum(c.escalated for c in calls), len(calls), alpha),
        _reasons(c for c in calls if c.escalated),
        _reasons(c for c in resolved if c.escalated),
        median_interval(p50, alpha), median_interval(p95, alpha), len(p50),
    )  # fmt: skip


def _share(k: int, n: int, alpha: float) -> Share:
    return Share(k, n, wilson(k, n, alpha))


def _reasons(calls: Any) -> tuple[tuple[str, str, int], ...]:
    counts = Counter(
        ((c.handoff_reason or "unknown")[:REASON_CHARS], c.handoff_trigger or "-") for c in calls
    )
    ordered = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    return tuple((reason, trigger, n) for (reason, trigger), n in ordered[:TOP_REASONS])


def report(
    calls: Sequence[ShadowCall], since_ms: int | None, until_ms: int | None, alpha: float = 0.05,
    label: str = ALL,
) -> ShadowReport:  # fmt: skip
    """Overall (named ``label``) and one per workflow (pure)."""
    names = sorted({c.workflow for c in calls})
    per_workflow = {name: figures([c for c in calls if c.workflow == name], name, alpha) for name in names}
    return ShadowReport(since_ms, until_ms, figures(calls, label, alpha), per_workflow)


def read_shadow_calls(
    warehouse: Warehouse, key: bytes, *, database: str = "callpulse", since_ms: int | None = None,
    until_ms: int | None = None, workflow: str | None = None,
) -> list[ShadowCall]:  # fmt: skip
    """Every ended shadow call started in ``[since_ms, until_ms)``, with the person's outcome matched by
    the keyed hash of its ``call_sid`` (``key``: the baseline import's key, ``CALLPULSE_REDACTION_KEY``)."""
    checked_database(database)
    window, parameters = started_within(since_ms, until_ms, workflow)
    where = ["ended", "shadow", *window]
    rows = warehouse.query(
        "SELECT call_sid, toString(workflow), toUnixTimestamp64Milli(started_at), resolved_contained, "
        f"escalated, handoff_reason, handoff_trigger, ttfhw_p50_ms, ttfhw_p95_ms FROM {database}.calls FINAL "
        f"WHERE {' AND '.join(where)} ORDER BY started_at, call_sid",
        parameters=parameters, settings={"readonly": 1},
    ).result_rows  # fmt: skip
    keys = {str(r[0]): call_key_of_id(key, str(r[0])) for r in rows}
    outcomes = _person_outcomes(warehouse, database, sorted(set(keys.values())))
    return [
        ShadowCall(
            str(sid), str(wf), int(start), bool(contained), bool(escalated),
            None if reason is None else str(reason), None if trigger is None else str(trigger),
            None if p50 is None else float(p50), None if p95 is None else float(p95),
            outcomes.get(keys[str(sid)]),
        )
        for sid, wf, start, contained, escalated, reason, trigger, p50, p95 in rows
    ]  # fmt: skip


def _person_outcomes(warehouse: Warehouse, database: str, keys: list[str]) -> dict[str, bool]:
    out: dict[str, bool] = {}
    for i in range(0, len(keys), KEYS_PER_QUERY):  # a week of shadow calls stays within the query size
        rows = warehouse.query(
            f"SELECT call_key, resolved FROM {database}.human_calls FINAL "
            "WHERE keyed_by = 'call_id' AND call_key IN {keys:Array(String)}",
            parameters={"keys": keys[i : i + KEYS_PER_QUERY]}, settings={"readonly": 1},
        ).result_rows  # fmt: skip
        out.update((str(k), bool(resolved)) for k, resolved in rows)
    return out


def shadow_report(
    warehouse: Warehouse, key: bytes, *, database: str = "callpulse", since_ms: int | None = None,
    until_ms: int | None = None, workflow: str | None = None, alpha: float = 0.05,
) -> ShadowReport:  # fmt: skip
    """Read the shadow calls and their people's outcomes, and report."""
    calls = read_shadow_calls(
        warehouse, key, database=database, since_ms=since_ms, until_ms=until_ms, workflow=workflow
    )
    return report(calls, since_ms, until_ms, alpha, label=workflow or ALL)
