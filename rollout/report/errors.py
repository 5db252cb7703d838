"""Typed errors of the weekly report."""

from __future__ import annotations

from rollout.errors import RolloutError


class ReportError(RolloutError, ValueError):
    """A report was asked of something that cannot make one (not an ISO week, a bad setting, …)."""
