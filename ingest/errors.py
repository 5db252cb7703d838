"""Typed errors of the ingest package.

Every error has a stable ``code`` (used as the dead-letter ``reason_code`` and in metrics) and a
one-line ``reason`` meant for humans. ``str(error) == error.reason``. Reasons name field paths and
the kind of problem but never echo field values: a value in a broken message may be a phone number
or transcript text, and reasons are logged and stored beside dead letters.
"""

from __future__ import annotations

from typing import ClassVar


class IngestError(Exception):
    """Base of every error raised by ``ingest``."""

    code: ClassVar[str] = "ingest_error"

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class MalformedMessage(IngestError):  # noqa: N818 (public name other packages catch)
    """The message is not JSON, or not a JSON object."""

    code: ClassVar[str] = "malformed_json"


class UnsupportedSchemaVersion(IngestError):  # noqa: N818 (public name other packages catch)
    """``schema_version`` is missing or is not a version this code reads (1)."""

    code: ClassVar[str] = "unknown_schema_version"


class InvalidEvent(IngestError):  # noqa: N818 (public name other packages catch)
    """The message is a v1 envelope that breaks the contract (missing field, wrong type, range, ...)."""

    code: ClassVar[str] = "invalid_event"


class UnknownEventType(InvalidEvent):
    """``type`` is not one of the v1 event types (a subclass so callers may catch ``InvalidEvent``)."""

    code: ClassVar[str] = "unknown_event_type"
