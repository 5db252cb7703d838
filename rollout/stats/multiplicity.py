"""Many KPIs at once: Holm's step-down adjustment (controls the family-wise error rate, never less powerful
than Bonferroni). Reference: S. Holm (1979), Scand. J. Statist. 6:65-70."""

from __future__ import annotations

from collections.abc import Sequence


def holm(p_values: Sequence[float]) -> list[float]:
    """Holm-adjusted p-values, in the input order: reject hypothesis i at level alpha when
    ``out[i] <= alpha``. Matches ``statsmodels.stats.multitest.multipletests(p, method="holm")[1]``."""
    m = len(p_values)
    order = sorted(range(m), key=lambda i: p_values[i])
    adjusted = [0.0] * m
    running = 0.0
    for rank, i in enumerate(order):
        running = max(running, min(1.0, (m - rank) * p_values[i]))
        adjusted[i] = running
    return adjusted
