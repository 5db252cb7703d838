"""Judging a window: pages on a real incident, not at night, not on ordinary noise; state dedupes."""

from __future__ import annotations

import random
from typing import Any

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
    first = book.update(0, [(labels, {"summary": "a"}, 1.0)])
    second = book.update(30_000, [(labels, {"summary": "b"}, 1.0)])
    assert len(first.opened) == 1 and second.opened == [] and len(second.firing) == 1
    assert book.update(60_000, []).resolved == []  # one quiet tick: still firing (hysteresis)
    [resolved] = book.update(90_000, []).resolved
    assert resolved.fingerprint == fingerprint(labels) and resolved.starts_ms == 0


CONTAINMENT = [s for s in SIGNALS if s.alertname == "CallpulseDetectorContainmentDrop" and s.frame == "kpi"]


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
    assert (window.method, early.method, cusum.method) == ("binomial", "binomial", "cusum")
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


def kpi_frame(minutes: list[int], **columns: list[Any]) -> pd.DataFrame:
    """kpi rows as ``queries.kpi_frame`` returns them; missing columns are zero."""
    n = len(minutes)
    base = {c: [0] * n for c in ("turns", "within", "settled", "contained", "uncontained", "sentiment_sum",
                                 "sentiment_n", "sentiment_drops")}  # fmt: skip
    return pd.DataFrame({"minute": minutes, "workflow": ["billing"] * n, "agent_version": ["1.4.0"] * n,
                         **base, **columns})  # fmt: skip


TTFHW = next(s for s in SIGNALS if s.alertname.endswith("TTFHWRegression") and s.method == "window")


def test_the_same_time_last_week_is_the_baseline_when_minutes_come_unsigned_from_the_warehouse() -> None:
    """ClickHouse returns minutes as unsigned integers; a difference of two of them wrapped around,
    no minute of last week matched, and with a week of history no TTFHW baseline was ever found."""
    week = 7 * 24 * 60
    history = list(range(NOW - week - 45, NOW - week + 45))
    today = list(range(NOW - 3, NOW))
    frame = kpi_frame(history + today, turns=[20] * 93, within=[18] * 90 + [2, 2, 2])
    frame["minute"] = frame["minute"].astype("uint32")
    [finding] = judge(TTFHW, frame, NOW)
    assert finding.baseline == 0.9 and finding.value == 0.1


def test_a_version_is_judged_by_its_own_history_and_a_new_one_by_its_workflows() -> None:
    """A canary that has always been slower is no news; a new version that is slow is."""
    minutes = list(range(NOW - 180, NOW))
    mainline = kpi_frame(minutes, turns=[20] * 180, within=[18] * 180)
    canary = kpi_frame(minutes, turns=[6] * 180, within=[3] * 180).assign(agent_version="1.5.0-rc1")
    release = kpi_frame(minutes[-3:], turns=[8] * 3, within=[0] * 3).assign(agent_version="1.6.0")
    findings = judge(TTFHW, pd.concat([mainline, canary, release], ignore_index=True), NOW)
    # the new version against its workflow: every version's turns pooled (18 + 3 of 26 a minute)
    assert [(f.group["agent_version"], f.baseline) for f in findings] == [("1.6.0", 21 / 26)]


def test_an_open_incident_that_thin_traffic_cannot_reconfirm_is_held_not_paged_again() -> None:
    """The refill tool fails on every call, but it is reached about once a minute: some minutes
    have one failing call, some none. Three in two minutes paged; the next minutes cannot say so
    again, yet nothing shows it recovered."""
    calls = [4] * 60 + [2, 2, 1, 0, 1, 1]
    frame = tool_minutes(calls, [0] * 60 + [2, 2, 1, 0, 1, 1])
    group = ("refill", "lookup_prescription", "schema_mismatch")
    assert judge(TOOLS, frame, NOW) == []  # on its own this minute would not page
    [held] = judge(TOOLS, frame, NOW, open_since={group: NOW - 5})
    assert held.held and held.value == 1.0
    recovered = tool_minutes(calls, [0] * 60 + [2, 0, 0, 0, 0, 0])  # five clean minutes
    assert judge(TOOLS, recovered, NOW, open_since={group: NOW - 5}) == []


def test_a_drift_against_a_baseline_that_chance_put_high_does_not_page() -> None:
    """Three hours of three calls a minute drawn at 79% contained, then an hour drawn at 68% (64% in
    this draw): a CUSUM that took the baseline as exact added that gap up into a "drift" (score 14.8
    for this draw); a real drift is tested above."""
    rng = random.Random(10)
    lucky = [sum(rng.random() < 0.79 for _ in range(3)) for _ in range(180)]
    ordinary = [sum(rng.random() < 0.68 for _ in range(3)) for _ in range(60)]
    frame = kpi_minutes([3] * 240, lucky + ordinary)
    *_, cusum = CONTAINMENT
    assert judge(cusum, frame, NOW) == []


def test_most_callers_leaving_angrier_pages_within_two_minutes() -> None:
    """About one caller in twelve leaves clearly angrier; then seven in a row do."""
    early = next(s for s in SIGNALS if s.alertname.endswith("SentimentDip") and s.method == "binomial")
    usual = [1 if i % 3 == 0 else 0 for i in range(178)]  # 1 of 12 (4 calls a minute)
    frame = kpi_frame(list(range(NOW - 180, NOW)), sentiment_n=[4] * 178 + [4, 3],
                      sentiment_drops=[*usual, 4, 3])  # fmt: skip
    [finding] = judge(early, frame, NOW)
    assert finding.minutes == 2 and finding.value == 1.0
    assert "100% of callers left clearly angrier in the last 2 min" in finding.summary


def test_the_minute_still_under_way_is_not_judged() -> None:
    """A tick judges whole minutes: failures of the current minute (more may come) wait for the next."""
    now_failing = pd.concat([tool_minutes([4] * 62, [0] * 62),
                             pd.DataFrame({"minute": [NOW], "workflow": "refill", "tool": "lookup_prescription",
                                           "error_code": "schema_mismatch", "calls": [8], "failures": [8]})])  # fmt: skip
    assert judge(TOOLS, now_failing, NOW) == []
    [finding] = judge(TOOLS, now_failing, NOW + 1)
    assert finding.events == 8


def test_a_slow_tool_that_thin_traffic_reaches_every_few_minutes_pages_once_its_answers_add_up() -> None:
    """At night a tool answers a call every few minutes: four slow answers in a quarter hour are the
    evidence against two hours of its answers (a window of a few minutes never holds enough)."""
    slow_tool = next(s for s in SIGNALS if s.alertname == "CallpulseDetectorSlowTool")
    results = [1, 0, 0] * 40 + [1, 0, 0] * 3 + [1, 0]
    slow = [0] * 120 + [1, 0, 0] * 3 + [1, 0]
    frame = pd.DataFrame({"minute": range(NOW - len(results), NOW), "workflow": "appointment",
                          "tool": "find_slots", "results": results, "slow": slow,
                          "latency_ms": [7000.0 * s or 500.0 * r for s, r in zip(slow, results, strict=True)],
                          "normal_ms": 500.0})  # fmt: skip
    [finding] = judge(slow_tool, frame, NOW)
    assert (finding.events, finding.volume) == (4, 4)
    assert judge(slow_tool, frame[frame["minute"] < NOW - 2], NOW - 2) == []  # three: not yet
    assert "find_slots answers in 7.0 s, normally 0.5 s" in finding.summary
