"""Errors of `callpulse stack`."""

from __future__ import annotations

from devstack.errors import DevstackError


class StackError(DevstackError):
    """A service of the local stack could not start, pass its health check or be stopped."""
