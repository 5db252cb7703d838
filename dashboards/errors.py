"""Typed errors of the dashboards package."""

from __future__ import annotations


class DashboardsError(Exception):
    """A dashboard could not be built or pushed; the message says what to fix (never a secret)."""
