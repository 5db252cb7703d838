"""p50/p95 use numpy's default (linear interpolation between closest ranks)."""

from __future__ import annotations

import pytest

from stream.metrics.quantiles import quantile


@pytest.mark.parametrize(
    ("values", "q", "expected"),
    [
        pytest.param([], 0.5, None, id="empty"),
        pytest.param([700], 0.95, 700.0, id="single"),
        pytest.param([100, 300], 0.5, 200.0, id="p50-of-two-interpolates"),
        pytest.param([400, 100, 300, 200], 0.5, 250.0, id="p50-unsorted-even"),
        pytest.param([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.95, 9.55, id="p95-of-ten"),
        pytest.param([5, 1, 3], 0.0, 1.0, id="p0-is-min"),
        pytest.param([5, 1, 3], 1.0, 5.0, id="p100-is-max"),
    ],
)
def test_quantile_matches_numpy_linear(values: list[float], q: float, expected: float | None) -> None:
    assert quantile(values, q) == pytest.approx(expected)


def test_quantile_rejects_out_of_range_q() -> None:
    with pytest.raises(ValueError, match="within"):
        quantile([1.0], 1.5)
