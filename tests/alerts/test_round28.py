"""Round 28 (issue 20): a build's turns within budget are judged on the calls they came from. Turns of
one call share its model session and its latency, so a slow call's turns are not independent trials;
test24's normal day (seed 5901) paged "refill: 38% of turns within budget on 1.5.0-rc1 (normally 92%)"
at 10:37 on 13 turns of two slow canary calls. The late turns must now be on three calls or more that
turned slow in the window (``slow_calls``: each call counted once, at its first turn out of budget).

Each test fails on round 27's detector (b5c54d6): its kpi frame had no ``slow_calls`` and the TTFHW
judgement paged two slow calls' turns."""

from __future__ import annotations

from typing import Any

import pandas as pd

from alerts.detector import queries
from alerts.detector.signals import SIGNALS, judge
from tests.alerts.replay_frames import alert_names, replay

WINDOW = next(
    s for s in SIGNALS if s.alertname == "CallpulseDetectorTTFHWRegression" and s.method == "window"
)
NOW = 29_000_000  # epoch minutes
CANARY = ("refill", "1.5.0-rc1")


def _canary(slow_calls: int) -> pd.DataFrame:
    """Two hours of a canary's three calls a minute, two turns each, 92% of turns within budget; then
    three minutes in which ``slow_calls`` calls answer every turn late (two turns a minute each) among
    two normal calls. The slow calls turn slow in the window's first minutes."""
    history = [(NOW - 123 + i, 6, 5 if i % 2 else 6, 0) for i in range(120)]
    first = [min(slow_calls, 3), max(slow_calls - 3, 0), 0]
    window = [(NOW - 3 + i, 2 * slow_calls + 4, 4, first[i]) for i in range(3)]
    rows = history + window
    return pd.DataFrame({"minute": [m for m, _, _, _ in rows], "workflow": CANARY[0],
                         "agent_version": CANARY[1], "turns": [t for _, t, _, _ in rows],
                         "within": [w for _, _, w, _ in rows],
                         "slow_calls": [c for _, _, _, c in rows]})  # fmt: skip


def test_two_slow_calls_among_normal_ones_do_not_page() -> None:
    """Two calls late on every turn: 12 of 24 turns within budget where 92% are usual (round 27's
    detector scored it 7.0 and paged), but two callers' sessions, not the build's."""
    assert judge(WINDOW, _canary(2), NOW) == []


def test_five_slow_calls_page() -> None:
    [finding] = judge(WINDOW, _canary(5), NOW)
    assert finding.group == {"workflow": CANARY[0], "agent_version": CANARY[1]}
    assert "of turns within budget on 1.5.0-rc1" in finding.summary


def _release(with_calls: bool) -> dict[str, pd.DataFrame]:
    """A release that slows every call of a busy line (``test_slow_agent``'s: 20 turns a minute, 90%
    within budget, then 20%); its five calls a minute each turn slow when it starts."""
    minutes = list(range(NOW - 180, NOW + 20))
    kpi = pd.DataFrame({"minute": minutes, "workflow": "refill", "agent_version": "1.4.0", "turns": 20,
                        "within": [4 if m >= NOW else 18 for m in minutes], "settled": 4, "contained": 3,
                        "uncontained": 1, "sentiment_sum": 0.0, "sentiment_n": 0, "sentiment_drops": 0,
                        "failed": 0})  # fmt: skip
    if with_calls:
        kpi["slow_calls"] = [5 if m >= NOW else (1 if m % 3 == 0 else 0) for m in minutes]
    return {"kpi": kpi}


def test_a_release_that_slows_every_call_pages_no_later() -> None:
    pages = alert_names(replay(_release(True), 170, 195, origin=NOW - 180))
    assert pages == alert_names(replay(_release(False), 170, 195, origin=NOW - 180))
    assert pages and pages[0][1] == "CallpulseDetectorTTFHWRegression" and pages[0][0] <= 183, pages


def _turns(warehouse: Any, rows: list[tuple[str, int, int, bool, bool]]) -> None:
    """turn_metrics rows (call_sid, turn_index, minute after ``NOW``'s hour, within_budget, shadow)."""
    values = ", ".join(
        f"('{sid}', {index}, toDateTime64({(NOW - 60 + minute) * 60}, 3, 'UTC'), {str(within).lower()}, "
        f"'refill', '1.5.0-rc1', {str(shadow).lower()})"
        for sid, index, minute, within, shadow in rows
    )
    warehouse.client.command(
        f"INSERT INTO {warehouse.database}.turn_metrics "
        f"(call_sid, turn_index, start_at, within_budget, workflow, agent_version, shadow) VALUES {values}"
    )


def test_a_call_counts_once_at_its_first_late_turn(warehouse: Any) -> None:
    """Call A is late from its second turn on (minutes 11-13), call B from its first (12-13), call C
    never; a shadow call's late turn is no caller's."""
    _turns(warehouse, [("A", 0, 10, True, False), ("A", 1, 11, False, False), ("A", 2, 12, False, False),
                       ("A", 3, 13, False, False), ("B", 0, 12, False, False), ("B", 1, 13, False, False),
                       ("C", 0, 11, True, False), ("C", 1, 12, True, False),
                       ("S", 0, 12, False, True)])  # fmt: skip
    frame = queries.slow_calls_frame(warehouse.client, warehouse.database, NOW, 120)
    assert sorted(zip(frame["minute"] - NOW + 60, frame["slow_calls"], strict=True)) == [(11, 1), (12, 1)]
    kpi = queries.kpi_frame(warehouse.client, warehouse.database, NOW, 120)
    assert int(kpi["slow_calls"].sum()) == 2 and int(kpi["turns"].sum()) == 8
