"""A share of turns within budget over a window of few calls is worth fewer of the baseline's busy
minutes: turns of one call are slow together, so five calls' 23 turns scatter far more than three
minutes of fifteen turns each. Judged as three whole minutes, refill's few slow calls on a normal
afternoon paged a TTFHW regression (test2-a 20:55, test2-c 13:18); the same drop over the usual
number of turns still pages."""

from __future__ import annotations

import pandas as pd

from alerts.detector.signals import SIGNALS, judge

WINDOW = next(s for s in SIGNALS if s.alertname.endswith("TTFHWRegression") and s.method == "window")
NOW = 1_000_000
USUAL = [14, 13, 14, 15, 13, 14, 14, 12, 15, 14]  # turns within budget of 15 a minute: 92%


def turns(window: list[tuple[int, int]]) -> pd.DataFrame:
    """Three hours of fifteen turns a minute, then the window's (turns, within budget) per minute."""
    rows = [(NOW - 180 + i, 15, USUAL[i % len(USUAL)]) for i in range(177)]
    rows += [(NOW - 3 + i, n, within) for i, (n, within) in enumerate(window)]
    return pd.DataFrame({"minute": [r[0] for r in rows], "workflow": "refill", "agent_version": "1.4.0",
                         "turns": [r[1] for r in rows], "within": [r[2] for r in rows]})  # fmt: skip


def test_a_few_slow_calls_on_thin_minutes_do_not_page() -> None:
    """23 turns in three minutes (about five calls), 57% and 61% within budget: scored 6.2 and 5.4."""
    assert judge(WINDOW, turns([(8, 4), (7, 4), (8, 5)]), NOW) == []
    assert judge(WINDOW, turns([(8, 5), (7, 4), (8, 5)]), NOW) == []


def test_the_same_drop_over_the_usual_turns_pages() -> None:
    [finding] = judge(WINDOW, turns([(15, 9), (15, 9), (15, 10)]), NOW)
    assert finding.volume == 45 and round(finding.value, 2) == 0.62


CLUSTERED = [(12, 12), (10, 10), (12, 11), (8, 8), (14, 12), (11, 11), (12, 9), (10, 10), (13, 13), (12, 11),
             (9, 9), (12, 12)]  # fmt: skip
"""(turns, within budget) a minute: a call's turns are slow together, so minutes scatter 1.55 times a
binomial's variance."""


def test_turns_that_scatter_more_than_independent_trials_weigh_less() -> None:
    """16 of 23 turns within budget (70%, 95% normal): 5.5 binomial standard errors of 23 independent
    turns (paged), under 5 of turns that scatter as the baseline's minutes do (test2-c 13:18, refill:
    14 of 23)."""
    rows = [(NOW - 180 + i, *CLUSTERED[i % len(CLUSTERED)]) for i in range(177)]
    rows += [(NOW - 3 + i, n, within) for i, (n, within) in enumerate([(4, 3), (13, 9), (6, 4)])]
    frame = pd.DataFrame({"minute": [r[0] for r in rows], "workflow": "refill", "agent_version": "1.4.0",
                          "turns": [r[1] for r in rows], "within": [r[2] for r in rows]})  # fmt: skip
    assert judge(WINDOW, frame, NOW) == []
