"""Typed errors of the processing pipeline.

A step raises one of these instead of swallowing a problem: the runner logs it once (with the call
SID, never transcript text) and stops without committing, so the messages are read again.
"""

from __future__ import annotations


class StreamError(Exception):
    """Base of every error the pipeline raises on purpose."""


class InvalidRatioExceeded(StreamError):  # noqa: N818 - the name callers already import
    """Too many invalid messages in the recent window: a producer is broken, so stop rather than
    dead-letter its whole stream."""

    def __init__(self, *, invalid: int, window: int, limit: float) -> None:
        super().__init__(
            f"{invalid} of the last {window} messages were invalid (limit {limit:.0%}); "
            "stopping without committing; fix the producer or raise max_invalid_ratio"
        )
        self.invalid = invalid
        self.window = window
        self.limit = limit


class WriteError(StreamError):
    """A warehouse insert failed; the batch was not committed and will be read again."""

    def __init__(self, message: str, *, rows: int, messages: int, table: str | None = None) -> None:
        super().__init__(message)
        self.rows = rows
        self.messages = messages
        self.table = table
