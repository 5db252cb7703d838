"""The schedules: every kind is in both splits, the TEST set shares no seed, onset or setting with
the TUNE set, and a day's incidents do not overlap; the normal day is the eval's normal day."""

from __future__ import annotations

import itertools
from collections import Counter
from typing import Any

from bench.alerts_cases import (
    CALLS_PER_HOUR,
    DAY0,
    HOUR,
    KINDS,
    MINUTE,
    Ledger,
    cases,
    days,
    seeds,
    simulate_day,
)


def test_every_kind_is_in_both_splits_with_a_cause_unless_benign() -> None:
    for split in ("tune", "test"):
        found = {c.kind for c in cases(split)}
        assert found == set(KINDS), split
        for case in cases(split):
            assert (case.cause is None) == KINDS[case.kind].benign, case.name
            assert case.real_world


def test_test_split_differs_from_tune_in_seeds_and_settings() -> None:
    tune, test = cases("tune"), cases("test")
    # with the eval's last week (seed + 1), no simulated day of one split is also in the other
    tune_days = {s + d for s in seeds("tune") for d in (0, 1)}
    test_days = {s + d for s in seeds("test") for d in (0, 1)}
    assert not tune_days & test_days
    for kind in KINDS:
        if kind == "holiday":
            continue  # a holiday is the whole day; only its seed differs
        a = {(c.onset_ms, repr(c.effect)) for c in tune if c.kind == kind}
        b = {(c.onset_ms, repr(c.effect)) for c in test if c.kind == kind}
        assert not {o for o, _ in a} & {o for o, _ in b}, kind
        if kind != "surge":  # "+20% everywhere for an hour" has nothing else to vary
            assert not {e for _, e in a} & {e for _, e in b}, kind


def test_case_names_are_unique_and_a_days_incidents_do_not_overlap() -> None:
    all_cases = cases("tune") + cases("test")
    assert len({c.name for c in all_cases}) == len(all_cases)
    for day in days("tune") + days("test"):
        incidents = [c for c in day.cases if not c.benign]
        for a, b in itertools.combinations(incidents, 2):
            assert a.end_ms <= b.onset_ms or b.end_ms <= a.onset_ms, (a.name, b.name)
        assert all(c.onset_ms >= DAY0 and c.end_ms <= DAY0 + 24 * HOUR for c in day.cases)


def test_schedules_cover_busy_hours_night_and_a_second_incident_on_the_same_workflow() -> None:
    for split in ("tune", "test"):
        hours = [(c.onset_ms - DAY0) // HOUR for c in cases(split) if not c.benign]
        assert any(CALLS_PER_HOUR[h] == max(CALLS_PER_HOUR) for h in hours)
        assert any(CALLS_PER_HOUR[h] == min(CALLS_PER_HOUR) for h in hours)
        repeated = Counter((c.day, c.scope.get("workflow")) for c in cases(split) if c.scope.get("workflow"))
        assert max(repeated.values()) >= 2, split


def test_the_normal_day_is_the_simulators_normal_day() -> None:
    from agent.simulator.incidents import calls  # the harness bench/alerts_eval.py feeds today

    cph = tuple(25 if h in (10, 11) else 0 for h in range(24))
    ours = list(simulate_day(2026, calls_per_hour=cph))
    theirs = [c for h, n in enumerate(cph) for c in calls(n, 2026 + h, DAY0 + (h + 1) * HOUR, HOUR)]
    assert ours == theirs and len(ours) == 50


def test_a_day_is_reproducible() -> None:
    day = days("tune")[0]
    cph = tuple(20 if h in (2, 3, 9, 10, 11, 12) else 0 for h in range(24))
    assert list(day.calls(calls_per_hour=cph)) == list(day.calls(calls_per_hour=cph))


def test_every_scheduled_case_changes_calls_soon_after_its_onset_and_they_validate(invalid: Any) -> None:
    """At half the day's volume: a case that names a tool or workflow that does not exist
    would change nothing, and this fails."""
    half = tuple(n // 2 for n in CALLS_PER_HOUR)
    for day in days("tune") + days("test"):
        ledger = Ledger()
        calls = list(day.calls(ledger, calls_per_hour=half))
        for case in day.cases:
            first = ledger.first(case.name)
            assert first is not None, case.name
            assert 0 <= first - case.evidence_ms < 15 * MINUTE, case.name
            assert first < case.end_ms, case.name
        marked = set().union(*(sorted(ledger.calls(c.name))[:20] for c in day.cases))  # 20 a case
        assert invalid([c for c in calls if c[0]["call_sid"] in marked]) == [], day.name
