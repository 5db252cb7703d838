"""The detector's statistics: robust to one bad minute, quiet on noise, loud on a real shift."""

from __future__ import annotations

import math

import pytest

from alerts.detector.stats import (
    Baseline,
    binomial_tail,
    cusum_high,
    deviation_score,
    ewma,
    robust_baseline,
    seasonal_points,
    surprise,
)


def test_one_bad_minute_in_the_history_does_not_move_the_baseline() -> None:
    normal = robust_baseline([0.1, 0.12, 0.09, 0.11, 0.1])
    with_outage = robust_baseline([0.1, 0.12, 0.09, 0.11, 0.1, 1.0])
    assert normal is not None and with_outage is not None
    assert with_outage.median == pytest.approx(normal.median, abs=0.01)
    assert with_outage.mad == pytest.approx(normal.mad, abs=0.01)


def test_no_history_gives_no_baseline_rather_than_a_made_up_one() -> None:
    assert robust_baseline([]) is None
    assert robust_baseline([math.nan]) is None


@pytest.mark.parametrize(
    ("observed", "volume", "pages"),
    [
        pytest.param(1.0, 10, True, id="all-of-10-calls-fail"),
        pytest.param(0.3, 10, False, id="3-of-10-fail-against-13%-normal"),
        pytest.param(1.0, 1, False, id="one-failing-call-is-not-evidence"),
    ],
)
def test_a_share_is_judged_against_binomial_noise(observed: float, volume: int, pages: bool) -> None:
    baseline = Baseline(median=0.13, mad=0.0, points=60)
    score = deviation_score(observed, baseline, volume=volume, window_minutes=2, floor=0.02)
    assert (score >= 4) is pages


def test_ewma_follows_a_level_shift_gradually() -> None:
    smoothed = ewma([0.0] * 5 + [1.0] * 5, alpha=0.5)
    assert smoothed[4] == 0.0 and 0.9 < smoothed[-1] < 1.0


def test_cusum_adds_up_a_slow_drift_no_single_minute_would_flag() -> None:
    drift = [0.8] * 30  # every minute 0.8 standard errors worse than normal: never news on its own
    assert max(drift) < 3 and cusum_high(drift, slack=0.5)[-1] == pytest.approx(9.0)
    noise = [1.0, -1.0, 0.5, -0.5] * 10  # ordinary minute-to-minute noise does not accumulate
    assert cusum_high(noise, slack=0.5)[-1] < 1


def test_seasonal_points_come_from_the_same_time_of_week() -> None:
    week = 7 * 24 * 60
    history = [(10_000 - week, 0.5), (10_020 - 2 * week, 0.6), (10_000 - week + 600, 0.9)]
    assert sorted(seasonal_points(10_000 % week, history, halfwidth=30)) == [0.5, 0.6]


def test_binomial_tail_is_the_exact_chance_of_at_least_k_failures() -> None:
    assert binomial_tail(4, 4, 0.13) == pytest.approx(0.13**4)
    assert binomial_tail(1, 3, 0.5) == pytest.approx(1 - 0.5**3)
    assert binomial_tail(0, 5, 0.2) == 1.0 and binomial_tail(6, 5, 0.2) == 0.0
    assert surprise(3, 7, 0.0005) > 8  # three failures of a code never seen: news at once
    assert surprise(4, 4, 0.13) < 4  # four of a common code: a few times a day by chance
