"""Typed errors of the sample backend. ``code`` is stable and PII-free; it ends up in events."""

from __future__ import annotations


class BackendError(Exception):
    """A backend operation failed; ``code`` says how (``upstream_500``, ``not_found``, ...)."""

    def __init__(self, code: str, message: str = "") -> None:
        super().__init__(message or code)
        self.code = code


class NotFoundError(BackendError):
    def __init__(self, what: str) -> None:
        super().__init__("not_found", f"{what} not found")
