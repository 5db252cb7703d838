"""How many calls a difference needs before the confidence sequence can see it ("not enough calls yet:
about N more for a 3-point difference").

The answer is for the always-valid method the verdicts use, not for a fixed-sample test: the smallest
total ``n`` (split between the arms as they are split now) at which a true difference ``effect`` lies
outside the sequence's half-width with probability ``power``:
``half_width(v_n) + z_power * sqrt(v_n) <= effect``, with ``v_n`` the variance of the difference at ``n``.
"""

from __future__ import annotations

import math
from statistics import NormalDist

from rollout.errors import StatsInputError
from rollout.stats.sequential import half_width

_MAX_CALLS = 100_000_000


def calls_needed(
    unit_var_a: float, unit_var_b: float, share_b: float, effect: float, tau2: float,
    alpha: float = 0.05, power: float = 0.8,
) -> int:  # fmt: skip
    """Total calls (both arms) at which a difference of ``effect`` is found with probability ``power``;
    ``unit_var_*`` is the variance of one call's value in each arm (``p(1-p)`` for a rate)."""
    if not 0 < share_b < 1:
        raise StatsInputError(f"the B arm's share must be in (0, 1), got {share_b}")
    if not effect > 0:
        raise StatsInputError(f"effect must be positive, got {effect}")
    z = NormalDist().inv_cdf(power)

    def enough(n: int) -> bool:
        v = unit_var_a / (n * (1 - share_b)) + unit_var_b / (n * share_b)
        return half_width(v, tau2, alpha) + z * math.sqrt(v) <= effect

    low, high = 1, 2
    while not enough(high):
        low, high = high, high * 2
        if high > _MAX_CALLS:
            return _MAX_CALLS
    while high - low > 1:
        mid = (low + high) // 2
        low, high = (low, mid) if enough(mid) else (mid, high)
    return high
