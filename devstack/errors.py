"""Errors of the development tooling: one base, so the CLI prints one line instead of a traceback."""

from __future__ import annotations


class DevstackError(Exception):
    """Base of every error the development tooling raises on purpose."""
