"""A TTFHW regression is judged by the exact binomial tail of the late turns, not only the normal
approximation, which cuts the long lower tail of a share near 1 short: seed 9201's normal day at 13:48,
billing's 41 of 61 turns within budget over 3 minutes (88% usual) scored 5.01 and paged (test7's one
false page); the exact tail is one in 75 000. A real regression still pages."""

from __future__ import annotations

import pandas as pd

from alerts.detector.signals import SIGNALS, judge

WINDOW = next(
    s for s in SIGNALS if s.alertname == "CallpulseDetectorTTFHWRegression" and s.method == "window"
)
NOW = 29_000_000


def kpi(last_three: list[tuple[int, int]]) -> pd.DataFrame:
    """Two hours of 34 turns a minute, 30 within budget (88.2%, billing's usual share that afternoon;
    steady, so the spread is the binomial's, as it was there: dispersion 1); then ``last_three``
    (turns, within) minutes."""
    rows = [(m, 34, 30) for m in range(NOW - 123, NOW - 3)]
    rows += [(NOW - 3 + i, turns, within) for i, (turns, within) in enumerate(last_three)]
    return pd.DataFrame([(m, "billing", "1.4.0", t, w) for m, t, w in rows],
                        columns=["minute", "workflow", "agent_version", "turns", "within"])  # fmt: skip


def test_a_chance_cluster_of_late_turns_does_not_page() -> None:
    assert judge(WINDOW, kpi([(21, 9), (17, 14), (23, 18)]), NOW) == []


def test_a_regression_still_pages() -> None:
    [finding] = judge(WINDOW, kpi([(21, 8), (20, 9), (22, 10)]), NOW)
    assert finding.group == {"workflow": "billing", "agent_version": "1.4.0"}
