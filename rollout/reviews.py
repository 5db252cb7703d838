"""After-call review: the weekly stratified sample, reviewers' labels, and how far to trust the automatic
task success (``agreement_by_workflow``).

``sample_week`` draws the week's sample (``rollout.reviews_sample.draw``: task success or failure x
workflow x agent version, seeded) from the ended, non-shadow calls started in that ISO week and stores it
in ``review_samples`` (migration 0017). Reviewers label the redacted transcripts (the review page); each
label is a row of ``review_labels``: flags only, never free text, and the reviewer is the API key's name.
``agreement_by_workflow`` joins the labels with ``calls FINAL``: per workflow, how often the automatic
``task_success`` agrees with the reviewers' ``task_done``, with Wilson's interval, and the calls on which
they disagree. The unit is the call: when several reviewers labelled one call, the latest label counts.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from rollout.reviews_sample import Candidate, ReviewError, draw, week_range_ms
from rollout.sql import checked_database
from rollout.stats.proportions import Interval, wilson
from stream.warehouse import Warehouse

SAMPLE_COLUMNS = (
    "week", "call_sid", "stratum", "workflow", "agent_version", "task_success", "seed", "per_stratum",
    "sampled_at",
)  # fmt: skip
LABEL_COLUMNS = (
    "call_sid", "week", "reviewer", "labelled_at", "task_done", "wrong_information", "compliance_problem",
    "handoff_justified",
)  # fmt: skip
__all__ = [
    "Agreement", "Disagreement", "Label", "ReviewError", "SampledCall", "agreement_by_workflow",
    "agreement_of", "read_sample", "sample_week", "save_label", "week_range_ms",
]  # fmt: skip


@dataclass(frozen=True, slots=True)
class SampledCall:
    """One call of a week's sample, with its latest label when it has one."""

    call_sid: str
    stratum: str
    workflow: str
    agent_version: str
    task_success: bool
    label: Label | None = None


@dataclass(frozen=True, slots=True)
class Label:
    """A reviewer's verdict on one call: flags only (``handoff_justified`` is None when no hand-off)."""

    call_sid: str
    week: str
    reviewer: str
    labelled_at_ms: int
    task_done: bool
    wrong_information: bool
    compliance_problem: bool
    handoff_justified: bool | None = None


@dataclass(frozen=True, slots=True)
class Disagreement:
    call_sid: str
    agent_version: str
    automatic: bool
    """The pipeline's ``task_success``."""
    reviewer: bool
    """The reviewer's ``task_done``."""


@dataclass(frozen=True, slots=True)
class Agreement:
    """One workflow: labelled calls, how many agree (with Wilson's interval), and the rest."""

    workflow: str
    labelled: int
    agreed: int
    interval: Interval
    wrong_information: int
    compliance_problems: int
    disagreements: list[Disagreement] = field(default_factory=list)

    @property
    def rate(self) -> float | None:
        return self.agreed / self.labelled if self.labelled else None


def _db(database: str) -> str:
    return checked_database(database, ReviewError)


def candidates(warehouse: Warehouse, week: str, *, database: str = "callpulse") -> list[Candidate]:
    """The ended, non-shadow calls started in ``week``."""
    start_ms, end_ms = week_range_ms(week)
    rows = warehouse.query(
        "SELECT call_sid, toString(workflow), toString(agent_version), task_success "
        f"FROM {_db(database)}.calls FINAL WHERE ended AND NOT shadow "
        "AND started_at >= fromUnixTimestamp64Milli({start_ms:Int64}, 'UTC') "
        "AND started_at < fromUnixTimestamp64Milli({end_ms:Int64}, 'UTC') ORDER BY call_sid",
        parameters={"start_ms": start_ms, "end_ms": end_ms},
        settings={"readonly": 1},
    ).result_rows
    return [Candidate(str(sid), str(wf), str(version), bool(ok)) for sid, wf, version, ok in rows]


def sample_week(
    warehouse: Warehouse, week: str, *, per_stratum: int, seed: int, now_ms: int, database: str = "callpulse"
) -> list[SampledCall]:
    """Draw and store ``week``'s sample; drawing it again with the same seed and size is a no-op (the
    same rows), with another seed or size a ``ReviewError`` (the labelled sample would silently change)."""
    db = _db(database)
    existing = warehouse.query(
        f"SELECT DISTINCT seed, per_stratum FROM {db}.review_samples WHERE week = {{week:String}}",
        parameters={"week": week},
    ).result_rows
    if existing and any((int(s), int(n)) != (seed, per_stratum) for s, n in existing):
        s, n = existing[0]
        raise ReviewError(
            f"{week} was already sampled with --seed {s} --per-stratum {n}; reviewers may have labelled it"
        )
    drawn = draw(candidates(warehouse, week, database=db), per_stratum, seed)
    rows = [
        (week, c.call_sid, c.stratum, c.workflow, c.agent_version, c.task_success, seed, per_stratum, now_ms)
        for c in drawn
    ]
    if rows and not existing:
        warehouse.insert(f"{db}.review_samples", rows, column_names=list(SAMPLE_COLUMNS))
    return [SampledCall(c.call_sid, c.stratum, c.workflow, c.agent_version, c.task_success) for c in drawn]


def read_sample(warehouse: Warehouse, week: str, *, database: str = "callpulse") -> list[SampledCall]:
    """``week``'s sample by stratum and call, each with its latest label (None: not labelled yet)."""
    db = _db(database)
    week_range_ms(week)
    latest = (
        "argMax((reviewer, labelled_at, task_done, wrong_information, compliance_problem, "
        "handoff_justified), labelled_at)"
    )  # one tuple: argMax of a Nullable alone would skip NULLs
    rows = warehouse.query(
        "SELECT s.call_sid, s.stratum, toString(s.workflow), toString(s.agent_version), s.task_success, "
        "l.x.1, toUnixTimestamp64Milli(l.x.2), l.x.3, l.x.4, l.x.5, l.x.6, l.call_sid != '' "
        f"FROM (SELECT * FROM {db}.review_samples FINAL WHERE week = {{week:String}}) AS s "
        f"LEFT JOIN (SELECT call_sid, {latest} AS x FROM {db}.review_labels "
        "WHERE week = {week:String} GROUP BY call_sid) AS l "
        "ON s.call_sid = l.call_sid ORDER BY s.stratum, s.call_sid",
        parameters={"week": week},
        settings={"join_use_nulls": 0},
    ).result_rows
    return [_sampled(week, row) for row in rows]


def _sampled(week: str, row: Sequence[Any]) -> SampledCall:
    sid, stratum, workflow, version, success, reviewer, at, done, wrong, compliance, justified, has = row
    label = None
    if has:
        label = Label(
            str(sid), week, str(reviewer), int(at), bool(done), bool(wrong), bool(compliance),
            None if justified is None else bool(justified),
        )  # fmt: skip
    return SampledCall(str(sid), str(stratum), str(workflow), str(version), bool(success), label)


def sampled_week_of(warehouse: Warehouse, call_sid: str, *, database: str = "callpulse") -> str | None:
    """The week whose sample holds ``call_sid`` (the latest such week), or None."""
    rows = warehouse.query(
        f"SELECT max(week) FROM {_db(database)}.review_samples WHERE call_sid = {{sid:String}} "
        "HAVING count() > 0",
        parameters={"sid": call_sid},
    ).result_rows
    return str(rows[0][0]) if rows else None


def save_label(warehouse: Warehouse, label: Label, *, database: str = "callpulse") -> None:
    """Store ``label``; the call must be in that week's sample (``ReviewError`` otherwise)."""
    db = _db(database)
    if sampled_week_of(warehouse, label.call_sid, database=db) is None:
        raise ReviewError(f"call {label.call_sid} is not in any review sample")
    if not label.reviewer.strip():
        raise ReviewError("a label needs the reviewer's key name")
    row = (
        label.call_sid, label.week, label.reviewer, label.labelled_at_ms, int(label.task_done),
        int(label.wrong_information), int(label.compliance_problem),
        None if label.handoff_justified is None else int(label.handoff_justified),
    )  # fmt: skip
    warehouse.insert(f"{db}.review_labels", [row], column_names=list(LABEL_COLUMNS))


def agreement_by_workflow(
    warehouse: Warehouse, start_ms: int, end_ms: int, *, database: str = "callpulse", alpha: float = 0.05
) -> list[Agreement]:
    """Per workflow (by name), over the labelled ended non-shadow calls started in ``[start_ms, end_ms)``:
    how often the automatic task success agrees with the reviewers (latest label per call)."""
    db = _db(database)
    rows = warehouse.query(
        "SELECT toString(c.workflow), l.call_sid, toString(c.agent_version), c.task_success, l.task_done, "
        "l.wrong_information, l.compliance_problem "
        f"FROM (SELECT call_sid, argMax(task_done, labelled_at) AS task_done, "
        "argMax(wrong_information, labelled_at) AS wrong_information, "
        "argMax(compliance_problem, labelled_at) AS compliance_problem "
        f"FROM {db}.review_labels GROUP BY call_sid) AS l "
        f"INNER JOIN (SELECT call_sid, workflow, agent_version, task_success FROM {db}.calls FINAL "
        "WHERE ended AND NOT shadow AND started_at >= fromUnixTimestamp64Milli({start_ms:Int64}, 'UTC') "
        "AND started_at < fromUnixTimestamp64Milli({end_ms:Int64}, 'UTC')) AS c ON l.call_sid = c.call_sid "
        "ORDER BY 1, 2",
        parameters={"start_ms": start_ms, "end_ms": end_ms},
        settings={"readonly": 1},
    ).result_rows
    return agreement_of(rows, alpha)


def agreement_of(rows: Sequence[Sequence[Any]], alpha: float = 0.05) -> list[Agreement]:
    """Pure: rows of (workflow, call SID, version, automatic success, reviewer's task_done, wrong
    information, compliance problem), one per call, into one ``Agreement`` per workflow."""
    by_workflow: dict[str, list[Sequence[Any]]] = defaultdict(list)
    for row in rows:
        by_workflow[str(row[0])].append(row)
    out = []
    for workflow in sorted(by_workflow):
        calls = by_workflow[workflow]
        disagreements = [
            Disagreement(str(r[1]), str(r[2]), bool(r[3]), bool(r[4]))
            for r in calls
            if bool(r[3]) != bool(r[4])
        ]
        agreed = len(calls) - len(disagreements)
        wrong = sum(1 for r in calls if r[5])
        compliance = sum(1 for r in calls if r[6])
        interval = wilson(agreed, len(calls), alpha)
        out.append(Agreement(workflow, len(calls), agreed, interval, wrong, compliance, disagreements))
    return out
