"""Typed errors of redaction and of the restricted (raw text) store. Messages never carry text."""

from __future__ import annotations

from stream.errors import StreamError


class RedactionError(StreamError):
    """Base of redaction errors."""


class RedactionSetupError(RedactionError):
    """The redactor cannot be built: a model is not installed, a pattern does not compile."""


class RedactionTimeout(RedactionError):  # noqa: N818 - reads as what happened
    """Analysis did not finish within its time budget; the text is replaced, never passed through."""
