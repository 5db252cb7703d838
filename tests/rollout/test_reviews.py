"""After-call review over a chDB warehouse: the stratified weekly sample, labels, and the agreement
between the automatic task success and the reviewers."""

from __future__ import annotations

from typing import Any

import pytest

from rollout.reviews import (
    Label,
    ReviewError,
    agreement_by_workflow,
    read_sample,
    sample_week,
    save_label,
    week_range_ms,
)
from rollout.reviews_sample import Candidate, draw, week_of

WEEK = "2025-W48"  # the conftest's calls start on Monday 2025-11-24
NOW_MS = 1_764_900_000_000


def week_calls(calls: Any) -> None:
    """billing 1.0.0: 6 successes, 4 failures; refill 2.0.0: 3 successes; one shadow and one live call."""
    specs: list[dict[str, Any]] = []
    specs += [{"workflow": "billing", "agent_version": "1.0.0", "task_success": True}] * 6
    specs += [{"workflow": "billing", "agent_version": "1.0.0", "task_success": False}] * 4
    specs += [{"workflow": "refill", "agent_version": "2.0.0", "task_success": True}] * 3
    specs += [{"workflow": "refill", "agent_version": "2.0.0", "shadow": True}]
    specs += [{"workflow": "refill", "agent_version": "2.0.0", "ended": False}]
    calls.write(specs)


def test_the_sample_takes_up_to_n_calls_of_each_stratum_and_never_shadow_or_live_calls(
    warehouse: Any, calls: Any
) -> None:
    week_calls(calls)
    sample = sample_week(
        warehouse.client, WEEK, per_stratum=2, seed=7, now_ms=NOW_MS, database=warehouse.database
    )
    strata = [c.stratum for c in sample]
    assert strata.count("success · billing · 1.0.0") == 2
    assert strata.count("failure · billing · 1.0.0") == 2
    assert strata.count("success · refill · 2.0.0") == 2
    assert len(sample) == 6
    stored = read_sample(warehouse.client, WEEK, database=warehouse.database)
    assert [c.call_sid for c in stored] == [
        c.call_sid for c in sorted(sample, key=lambda c: (c.stratum, c.call_sid))
    ]
    assert all(c.label is None for c in stored)


def test_the_same_seed_gives_the_same_sample_and_another_seed_is_refused(warehouse: Any, calls: Any) -> None:
    week_calls(calls)
    first = sample_week(
        warehouse.client, WEEK, per_stratum=2, seed=7, now_ms=NOW_MS, database=warehouse.database
    )
    again = sample_week(
        warehouse.client, WEEK, per_stratum=2, seed=7, now_ms=NOW_MS, database=warehouse.database
    )
    assert first == again
    assert len(read_sample(warehouse.client, WEEK, database=warehouse.database)) == 6
    with pytest.raises(ReviewError, match="already sampled with --seed 7"):
        sample_week(warehouse.client, WEEK, per_stratum=2, seed=8, now_ms=NOW_MS, database=warehouse.database)


def test_the_draw_is_seeded_per_stratum() -> None:
    pool = [Candidate(f"CA{i:02d}", "billing", "1.0.0", i % 2 == 0) for i in range(40)]
    a, b = draw(pool, 5, seed=1), draw(pool, 5, seed=2)
    assert a == draw(list(reversed(pool)), 5, seed=1)  # order of the rows does not matter
    assert a != b and len(a) == len(b) == 10
    newcomer = [Candidate("CB00", "refill", "9.9.9", True)]
    assert [c for c in draw(pool + newcomer, 5, seed=1) if c.workflow == "billing"] == a


@pytest.mark.parametrize(
    ("week", "message"),
    [("2026-48", "not an ISO week"), ("2026-W54", "2026 has ISO weeks 1 to 53, not 54")],
    ids=["format", "range"],
)
def test_a_bad_week_is_one_sentence(week: str, message: str) -> None:
    with pytest.raises(ReviewError, match=message):
        week_range_ms(week)


def test_iso_weeks_are_monday_to_monday_utc() -> None:
    start, end = week_range_ms("2026-W48")
    assert (start, end - start) == (1_795_392_000_000, 7 * 86_400_000)  # Monday 2026-11-23 00:00 UTC
    assert week_of(start) == week_of(end - 1) == "2026-W48" != week_of(end)


def label(call_sid: str, task_done: bool, at_ms: int = NOW_MS, reviewer: str = "reviewer-1") -> Label:
    return Label(
        call_sid, WEEK, reviewer, at_ms, task_done, wrong_information=False, compliance_problem=False
    )


def test_agreement_per_workflow_counts_the_latest_label_of_each_call(warehouse: Any, calls: Any) -> None:
    week_calls(calls)
    db = warehouse.database
    sample = sample_week(warehouse.client, WEEK, per_stratum=10, seed=1, now_ms=NOW_MS, database=db)
    billing = [c for c in sample if c.workflow == "billing"]
    refill = [c for c in sample if c.workflow == "refill"]
    for c in billing:  # reviewers agree on every billing call but one success they say was not done
        save_label(warehouse.client, label(c.call_sid, c.task_success), database=db)
    wrong = next(c for c in billing if c.task_success)
    save_label(warehouse.client, label(wrong.call_sid, False, NOW_MS + 1, "reviewer-2"), database=db)
    save_label(warehouse.client, label(refill[0].call_sid, True), database=db)
    start, end = week_range_ms(WEEK)
    result = {a.workflow: a for a in agreement_by_workflow(warehouse.client, start, end, database=db)}
    assert (result["billing"].labelled, result["billing"].agreed) == (10, 9)
    assert [(d.call_sid, d.automatic, d.reviewer) for d in result["billing"].disagreements] == [
        (wrong.call_sid, True, False)
    ]
    assert result["billing"].interval.lower < 0.9 < result["billing"].interval.upper
    assert (result["refill"].labelled, result["refill"].agreed, result["refill"].disagreements) == (1, 1, [])
    assert agreement_by_workflow(warehouse.client, end, end + 7 * 86_400_000, database=db) == []
    shown = {c.call_sid: c.label for c in read_sample(warehouse.client, WEEK, database=db)}
    latest = shown[wrong.call_sid]
    assert latest is not None and latest.reviewer == "reviewer-2" and latest.task_done is False


def test_a_call_outside_every_sample_cannot_be_labelled(warehouse: Any, calls: Any) -> None:
    week_calls(calls)
    with pytest.raises(ReviewError, match="not in any review sample"):
        save_label(warehouse.client, label("CA" + "f" * 32, True), database=warehouse.database)
