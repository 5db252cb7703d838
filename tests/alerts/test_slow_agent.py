"""An agent whose turns grow slow (a slow rise: a memory leak, GC pauses) is one incident, named as
its TTFHW regression: callers then wait over 3 s in silence on most calls, which is what a slow agent
makes (not a second page, dead air); a minute-gap without calls on a thin evening workflow does not
resolve the regression (it re-opened five minutes later). Calls left unanswered still page as dead air."""

from __future__ import annotations

import pandas as pd

from alerts.detector.signals import SIGNALS, judge
from tests.alerts.replay_frames import alert_names, replay

T = 29_000_000  # epoch minutes: the start of the replay
SLOW_FROM = 180  # minutes after T: from here most turns miss the budget and most calls wait in silence


def frames(unanswered_from: int | None = None) -> dict[str, pd.DataFrame]:
    minutes = list(range(T, T + 240))
    slow = [m - T >= SLOW_FROM for m in minutes]
    kpi = pd.DataFrame({"minute": minutes, "workflow": "refill", "agent_version": "1.4.0", "turns": 20,
                        "within": [4 if s else 18 for s in slow], "settled": 4, "contained": 3, "uncontained": 1,
                        "sentiment_sum": 0.0, "sentiment_n": 0, "sentiment_drops": 0, "failed": 0})  # fmt: skip
    dead_air = pd.DataFrame({"minute": minutes, "workflow": "refill", "agent_version": "1.4.0", "calls": 5,
                             "silent": [4 if m - T >= SLOW_FROM + 5 else 0 for m in minutes]})  # fmt: skip
    unanswered = [2 if unanswered_from is not None and m - T >= unanswered_from else 0 for m in minutes]
    calls = pd.DataFrame({"minute": minutes, "workflow": "refill", "agent_version": "1.4.0", "ended": 4,
                          "unanswered": unanswered, "active": 4, "looping": 0})  # fmt: skip
    return {"kpi": kpi, "dead_air": dead_air, "calls": calls}


def pages(unanswered_from: int | None = None) -> list[tuple[int, str]]:
    """(minute after T, alert name) of every page opened from T + 170 to T + 230."""
    return alert_names(replay(frames(unanswered_from), 170, 230, origin=T))


def test_callers_waiting_on_a_slow_agent_are_its_ttfhw_page_not_dead_air() -> None:
    assert [name for _, name in pages()] == ["CallpulseDetectorTTFHWRegression"]


def test_unanswered_calls_on_a_slow_agent_still_page_as_dead_air() -> None:
    assert [name for _, name in pages(unanswered_from=SLOW_FROM + 20)] == [
        "CallpulseDetectorTTFHWRegression",
        "CallpulseDetectorDeadAir",
    ]


WINDOW = next(
    s for s in SIGNALS if s.alertname == "CallpulseDetectorTTFHWRegression" and s.method == "window"
)


def test_an_open_regression_holds_over_minutes_without_a_call() -> None:
    """Three hours at 90% within budget, 20 minutes at 20%, then six minutes without any turn."""
    minutes = list(range(T, T + 200)) + list(range(T + 200, T + 206))
    within = [18] * 180 + [4] * 20 + [0] * 6
    turns = [20] * 200 + [0] * 6
    frame = pd.DataFrame({"minute": minutes, "workflow": "refill", "agent_version": "1.4.0", "turns": turns,
                          "within": within})  # fmt: skip
    [finding] = judge(WINDOW, frame, T + 206, open_since={("refill", "1.4.0"): T + 183})
    assert finding.held and finding.value == 0.2
