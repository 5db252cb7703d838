"""Errors of `callpulse stack`."""

from __future__ import annotations

from callpulse.errors import CallpulseError


class StackError(CallpulseError):
    """A service of the local stack could not start, pass its health check or be stopped."""
