"""Typed errors of the restricted store. Messages never carry transcript text or key material."""

from __future__ import annotations

from stream.errors import StreamError


class RestrictedError(StreamError):
    """Base of restricted-store errors."""


class KeyringError(RestrictedError):
    """A key is missing, malformed, or a row names a key id the keyring does not hold."""


class DecryptError(RestrictedError):
    """A row did not decrypt: wrong key, or the row was altered or moved to another call."""


class ReasonRequired(RestrictedError):  # noqa: N818 - reads as the refusal it is
    """Raw text is read only with a stated reason, which is audited."""
