"""Errors raised below the CLI, told in the CLI's terms: which setting to change. The layers that raise
them (``stream``) do not know the settings' names; the CLI does."""

from __future__ import annotations

from stream.errors import InvalidRatioExceeded


def explain(err: BaseException) -> str:
    """One line for a person: what happened and, when a setting decides it, which one to change."""
    if isinstance(err, InvalidRatioExceeded):
        return (
            f"{err.invalid:,} of the last {err.window:,} messages were invalid (limit {err.limit:.0%}); "
            "stopped without committing, so nothing was lost. Fix the producer, or raise "
            f"CALLPULSE_MAX_INVALID_RATIO (now {err.limit:g}) if so many invalid messages are expected"
        )
    return str(err)
