"""Always-valid inference: the normal-mixture confidence sequence for a difference ``theta = B - A``.

Leads look at a comparison every day. A fixed-sample p-value read daily and acted on the first time it
dips below alpha has a false-alarm rate far above alpha (``bench/rollout_calibration.py`` measures it).
The mixture sequential probability ratio test integrates the Gaussian likelihood ratio of the estimate
``d`` (variance ``v``) over a prior ``N(0, tau2)`` on the difference:

    Lambda = sqrt(v / (v + tau2)) * exp(tau2 * d**2 / (2 * v * (v + tau2)))

Under "no difference" ``Lambda`` is (asymptotically) a nonnegative martingale with mean 1, so by Ville's
inequality it ever reaches ``1/alpha`` with probability at most alpha: ``p = min(1, 1/Lambda)`` may be
read after every call, and the set of differences it does not reject,

    d +/- sqrt(v * (v + tau2) / tau2 * (log((v + tau2) / v) - 2 * log(alpha))),

is a confidence sequence, valid at every look at once.

References: R. Johari, P. Koomen, L. Pekelis, D. Walsh (2017, Oper. Res. 2022), "Peeking at A/B tests:
why it matters, and what to do about it" (the mSPRT and always-valid p-values); S. R. Howard,
A. Ramdas, J. McAuliffe, J. Sekhon (2021), "Time-uniform, nonparametric, nonasymptotic confidence
sequences", Ann. Statist. 49:1055-1080 (the normal-mixture boundary); H. Robbins (1970).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from rollout.errors import StatsInputError


@dataclass(frozen=True, slots=True)
class Sequential:
    """The always-valid view of one difference at one look."""

    estimate: float
    lower: float
    upper: float
    p_value: float
    """Always-valid p: ``min(1, 1/Lambda)``; rejecting when it is <= alpha, at any look, errs <= alpha."""


def mixture(estimate: float, variance: float, tau2: float, alpha: float = 0.05) -> Sequential:
    """The mixture test of ``theta = 0`` and the confidence sequence at level ``1 - alpha``.

    ``variance`` is the variance of ``estimate`` (for two independent means: ``s_a**2/n_a + s_b**2/n_b``);
    ``tau2`` the prior variance of the difference, best set to the square of the smallest difference
    worth finding. A non-positive or infinite variance (no data) gives the whole line and p = 1.
    """
    if not 0 < alpha < 1:
        raise StatsInputError(f"alpha must be in (0, 1), got {alpha}")
    if not tau2 > 0:
        raise StatsInputError(f"tau2 must be positive, got {tau2}")
    if not (variance > 0 and math.isfinite(variance) and math.isfinite(estimate)):
        return Sequential(estimate, -math.inf, math.inf, 1.0)
    ratio = (variance + tau2) / variance
    log_lambda = -0.5 * math.log(ratio) + tau2 * estimate * estimate / (2 * variance * (variance + tau2))
    p_value = 1.0 if log_lambda <= 0 else math.exp(-log_lambda)
    half = math.sqrt(variance * (variance + tau2) / tau2 * (math.log(ratio) - 2 * math.log(alpha)))
    return Sequential(estimate, estimate - half, estimate + half, p_value)


def half_width(variance: float, tau2: float, alpha: float = 0.05) -> float:
    """Half the width of the confidence sequence at this variance (how small a difference it can see)."""
    if not variance > 0:
        return math.inf
    ratio = (variance + tau2) / variance
    return math.sqrt(variance * (variance + tau2) / tau2 * (math.log(ratio) - 2 * math.log(alpha)))


def proportions(k_a: int, n_a: int, k_b: int, n_b: int, tau2: float, alpha: float = 0.05) -> Sequential:
    """The mixture test of ``p_b - p_a``. The variance uses each arm's rate with one success and one failure
    added (Agresti-Caffo), so an arm at 0% or 100% after a few calls cannot make the variance 0."""
    if n_a == 0 or n_b == 0:
        return Sequential(math.nan, -1.0, 1.0, 1.0)
    p_a, p_b = k_a / n_a, k_b / n_b
    s_a, s_b = (k_a + 1) / (n_a + 2), (k_b + 1) / (n_b + 2)
    variance = s_a * (1 - s_a) / n_a + s_b * (1 - s_b) / n_b
    result = mixture(p_b - p_a, variance, tau2, alpha)
    return Sequential(result.estimate, max(-1.0, result.lower), min(1.0, result.upper), result.p_value)


def means(
    mean_a: float,
    var_a: float,
    n_a: int,
    mean_b: float,
    var_b: float,
    n_b: int,
    tau2: float,
    alpha: float = 0.05,
) -> Sequential:
    """The mixture test of ``mean_b - mean_a`` for per-call values (sample variances ``var_a``, ``var_b``)."""
    if n_a < 2 or n_b < 2:
        return Sequential(math.nan, -math.inf, math.inf, 1.0)
    return mixture(mean_b - mean_a, var_a / n_a + var_b / n_b, tau2, alpha)
