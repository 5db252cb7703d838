"""test4's misses as tuning data (issue 20): a carrier keeping a third of every workflow's callers out
pages as traffic across every workflow; a prompt that hands callers off too eagerly pages as a
containment drop within minutes, named by the hand-off's trigger; neither pages on ordinary minutes."""

from __future__ import annotations

from collections.abc import Callable

import pandas as pd

from alerts.detector.incidents import IncidentBook
from alerts.detector.signals import SIGNALS, Signal, judge

NOW = 2_000_000
TRAFFIC = next(s for s in SIGNALS if s.alertname == "CallpulseDetectorTrafficStopped")
HANDOFFS = next(s for s in SIGNALS if s.frame == "handoffs")


def arrivals(per_workflow: dict[str, list[int]]) -> pd.DataFrame:
    rows = [
        (NOW - len(counts) + i, wf, c) for wf, counts in per_workflow.items() for i, c in enumerate(counts)
    ]
    return pd.DataFrame(rows, columns=["minute", "workflow", "arrivals"])


def first_page(
    per_workflow: dict[str, list[int]],
    signal: Signal = TRAFFIC,
    frame: Callable[[dict[str, list[int]]], pd.DataFrame] = arrivals,
) -> int | None:
    """Minutes from the first changed minute to the first finding, ticking each minute."""
    data = frame(per_workflow)
    for now in range(NOW - 30, NOW + 1):
        if judge(signal, data[data["minute"] < now], now):
            return now - (NOW - 30)
    return None


def test_a_third_of_every_workflows_callers_cut_off_is_not_told_from_a_quiet_day() -> None:
    """12 calls a minute over three workflows; a carrier keeps a third of them out for 30 minutes: 67%
    of the expected calls arrive. It paged across every workflow within 20 minutes until round 14; a
    long-weekend Friday keeps 30% of callers away on every line alike (test12-benign) and is not an
    outage, and arrivals alone cannot tell the two apart (``arrivals.DIP_SHARE``): neither pages now."""
    normal = {"appointment": [5, 4] * 60, "billing": [4, 4] * 60, "refill": [3, 3] * 60}
    cut = {"appointment": [3, 3] * 15, "billing": [3, 2] * 15, "refill": [2, 2] * 15}
    assert first_page({wf: normal[wf] + cut[wf] for wf in normal}) is None


def test_a_tenth_fewer_calls_across_workflows_does_not_page() -> None:
    normal = {"appointment": [5, 4] * 60, "billing": [4, 4] * 60, "refill": [3, 3] * 60}
    fewer = {"appointment": [4, 4] * 15, "billing": [4, 3] * 15, "refill": [3, 3] * 15}
    assert first_page({wf: normal[wf] + fewer[wf] for wf in normal}) is None


def handoffs(per_trigger: dict[str, list[int]]) -> pd.DataFrame:
    """billing: 5 calls settle a minute; per trigger, the calls handed off with it each minute."""
    rows = [
        (NOW - len(counts) + i, "billing", trigger, 5, c)
        for trigger, counts in per_trigger.items()
        for i, c in enumerate(counts)
    ]
    return pd.DataFrame(rows, columns=["minute", "workflow", "trigger", "settled", "handed"])


def test_a_prompt_that_hands_off_half_of_the_calls_pages_within_minutes() -> None:
    """Policy hand-offs: one in 30 calls for six hours, then 2-3 of every 5 calls: a containment drop
    named by its trigger within five minutes."""
    usual = [1] + [0] * 5
    data = {"policy": usual * 60 + [3, 2] * 15, "frustration": [1, 0, 0] * 130}
    minutes = first_page(data, HANDOFFS, handoffs)
    assert minutes is not None and minutes <= 5
    found = judge(HANDOFFS, handoffs(data), NOW)
    assert [(f.signal.alertname, f.group) for f in found] == [
        ("CallpulseDetectorContainmentDrop", {"workflow": "billing", "trigger": "policy"})
    ]
    assert "handed to a person (policy)" in found[0].summary


def test_hand_offs_at_their_usual_share_do_not_page() -> None:
    data = {"policy": [1, 0, 0, 0, 0, 0] * 65, "frustration": [2, 0, 1, 0, 0] * 78}
    assert first_page(data, HANDOFFS, handoffs) is None


LABELS = {
    "alertname": "CallpulseDetectorToolFailures",
    "workflow": "appointment",
    "tool": "lookup_appointment",
}
MIN = 60_000


def episodes(book: IncidentBook, spans: list[tuple[int, int]], effect: float = 1.0) -> list[int]:
    """Tick every minute of 08:00-12:00 with the finding present in ``spans`` (minutes of the day);
    the minutes at which a page opened."""
    opened = []
    for minute in range(8 * 60, 12 * 60):
        seen = [(LABELS, {"summary": "x"}, effect)] if any(a <= minute < b for a, b in spans) else []
        opened += [minute for _ in book.update(minute * MIN, seen).opened]
    return opened


def test_a_tool_that_times_out_at_the_top_of_every_hour_pages_once() -> None:
    """Minutes :01-:08 of 08:00, 09:00 and 10:00 fail (test4-b's hourly batch job): one page, and
    the incident is back (firing) at 09:01 and 10:01, not a new page."""
    book = IncidentBook(quiet_ticks=5, cooldown_ms=10 * MIN)
    assert episodes(book, [(h * 60 + 1, h * 60 + 9) for h in (8, 9, 10)]) == [8 * 60 + 1]
    assert book.open == []  # resolved after the last burst


def test_a_second_incident_off_the_hourly_beat_still_pages() -> None:
    """The 08:01 episode resolves; the tool fails again at 09:30 (not on the hour, past the cooldown):
    a new page."""
    book = IncidentBook(quiet_ticks=5, cooldown_ms=10 * MIN)
    assert episodes(book, [(8 * 60 + 1, 8 * 60 + 9), (9 * 60 + 30, 9 * 60 + 45)]) == [8 * 60 + 1, 9 * 60 + 30]
