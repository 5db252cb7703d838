"""Typed errors of the per-call rules."""

from __future__ import annotations

from stream.errors import StreamError


class RuleFileError(StreamError):
    """A rule file that cannot be used, with the line (1-based) of the problem."""

    def __init__(self, line: int, message: str, path: str = "") -> None:
        self.line = line
        self.message = message
        self.path = path
        super().__init__(f"{path or '<rules>'}:{line}: {message}")
