"""Judging a window: pages on a real incident, not at night, not on ordinary noise; state dedupes."""

from __future__ import annotations

import random

import pandas as pd

from alerts.detector.incidents import IncidentBook, fingerprint
from alerts.detector.signals import SIGNALS, judge

TOOLS = next(s for s in SIGNALS if s.frame == "tools")
NOW = 1_000_000


def tool_minutes(calls: list[int], failures: list[int], code: str = "schema_mismatch") -> pd.DataFrame:
    minutes = range(NOW - len(calls), NOW)
    return pd.DataFrame({"minute": list(minutes), "workflow": "refill", "tool": "lookup_prescription",
                         "error_code": code, "calls": calls, "failures": failures})  # fmt: skip


def test_a_tool_that_starts_failing_with_a_new_code_is_named() -> None:
    frame = tool_minutes([4] * 60 + [4, 4], [0] * 60 + [3, 4])
    [finding] = judge(TOOLS, frame, NOW)
    assert finding.group == {
        "workflow": "refill",
        "tool": "lookup_prescription",
        "error_code": "schema_mismatch",
    }
    assert finding.value == 7 / 8
    assert "lookup_prescription fails with schema_mismatch on 88%" in finding.summary


def test_three_failing_calls_at_night_do_not_page() -> None:
    frame = tool_minutes([1] * 60 + [1, 1], [0] * 60 + [1, 1])
    assert judge(TOOLS, frame, NOW) == []


def test_ordinary_failures_at_the_usual_rate_do_not_page() -> None:
    frame = tool_minutes([4] * 62, [0, 1, 0, 1] * 15 + [1, 1], code="not_found")
    assert judge(TOOLS, frame, NOW) == []


def test_a_common_code_bunching_up_by_chance_does_not_page_but_a_surge_does() -> None:
    """not_found fails 1 call in 8: 4 of 4 in two minutes happens by chance a few times a day (the
    normal approximation paged on it); 8 of 8 does not."""
    usual = [0, 1] * 30  # 30 of 240 calls
    assert judge(TOOLS, tool_minutes([4] * 60 + [2, 2], [*usual, 2, 2], code="not_found"), NOW) == []
    [surge] = judge(TOOLS, tool_minutes([4] * 60 + [4, 4], [*usual, 4, 4], code="not_found"), NOW)
    assert surge.group["error_code"] == "not_found"


def test_one_incident_pages_once_and_resolves_after_it_is_quiet() -> None:
    book = IncidentBook(quiet_ticks=2)
    labels = {
        "alertname": "CallpulseDetectorToolFailures",
        "workflow": "refill",
        "tool": "lookup_prescription",
    }
    first = book.update(0, [(labels, {"summary": "a"})])
    second = book.update(30_000, [(labels, {"summary": "b"})])
    assert len(first.opened) == 1 and second.opened == [] and len(second.firing) == 1
    assert book.update(60_000, []).resolved == []  # one quiet tick: still firing (hysteresis)
    [resolved] = book.update(90_000, []).resolved
    assert resolved.fingerprint == fingerprint(labels) and resolved.starts_ms == 0


CONTAINMENT = [s for s in SIGNALS if s.alertname == "CallpulseDetectorContainmentDrop"]


def kpi_minutes(settled: list[int], contained: list[int]) -> pd.DataFrame:
    minutes = range(NOW - len(settled), NOW)
    n = len(settled)
    return pd.DataFrame({"minute": list(minutes), "workflow": ["billing"] * n, "agent_version": ["1.4.0"] * n,
                         "turns": [0] * n, "within": [0] * n, "settled": settled, "contained": contained,
                         "uncontained": [s - c for s, c in zip(settled, contained, strict=True)],
                         "sentiment_sum": [0.0] * n, "sentiment_n": [0] * n})  # fmt: skip


def test_a_slow_containment_drift_pages_through_the_cusum_where_no_window_would() -> None:
    """80% for three hours, then sliding to 55% over an hour: no 10-minute window is 20 points down
    until late, but the per-minute shortfalls add up."""
    drift = [round(10 * (0.8 - 0.25 * i / 60)) for i in range(60)]
    frame = kpi_minutes([10] * 240, [8] * 180 + drift)
    window, early, cusum = CONTAINMENT
    assert (window.method, early.method, cusum.method) == ("window", "binomial", "cusum")
    assert judge(window, frame, NOW) == [] and judge(early, frame, NOW) == []
    [finding] = judge(cusum, frame, NOW)
    assert finding.group == {"workflow": "billing"} and finding.baseline == 0.8
    assert "drifting down" in finding.summary


def test_ordinary_minute_to_minute_noise_does_not_add_up_to_a_drift() -> None:
    rng = random.Random(7)
    contained = [sum(rng.random() < 0.8 for _ in range(10)) for _ in range(240)]
    frame = kpi_minutes([10] * 240, contained)
    assert [f for s in CONTAINMENT for f in judge(s, frame, NOW)] == []


def test_a_sudden_containment_drop_pages_after_four_minutes_of_hand_offs() -> None:
    """Four billing calls a minute, 80% contained; then four minutes where all sixteen leave the agent."""
    _, early, _ = CONTAINMENT
    usual = [3, 3, 4, 3, 3] * 35 + [3]
    [finding] = judge(early, kpi_minutes([4] * 180, [*usual, 0, 0, 0, 0]), NOW)
    assert finding.value == 1.0 and finding.group == {"workflow": "billing"}
    half = kpi_minutes([4] * 180, [*usual, 2, 2, 2, 2])  # half of them: not yet news
    assert judge(early, half, NOW) == []
