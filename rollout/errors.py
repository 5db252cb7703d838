"""Typed errors of ``rollout``."""

from __future__ import annotations


class RolloutError(Exception):
    """Base of the errors of ``rollout`` (the CLI prints them as one sentence)."""


class StatsInputError(RolloutError, ValueError):
    """A statistic was asked of impossible input (``successes > n``, ``alpha`` outside (0, 1), …)."""


class CohortError(RolloutError, ValueError):
    """A comparison was asked of cohorts that cannot be compared (no selector, the same cohort twice, …)."""


class WeekError(RolloutError, ValueError):
    """Not an ISO week (``2026-W48``), or a week the year does not have."""
