"""Typed errors of the callpulse program (settings, warehouse, migrations).

One small hierarchy so that the CLI can catch ``CallpulseError`` and print one line saying what is
wrong and how to fix it, instead of a traceback. Messages never carry transcript text or secrets.
"""

from __future__ import annotations


class CallpulseError(Exception):
    """Base of every error callpulse raises on purpose."""


class ConfigError(CallpulseError):
    """A setting is missing, malformed or unsafe (e.g. a placeholder secret outside development)."""


class WarehouseError(CallpulseError):
    """The warehouse could not be reached or its DSN is not one callpulse understands."""


class MigrationError(CallpulseError):
    """The migration files or the recorded migration history are inconsistent, or a statement failed."""


class QueryError(CallpulseError):
    """An analyst's SQL was refused (not read-only, or aimed at the restricted database) or failed."""


class KafkaUnavailableError(CallpulseError):
    """The Kafka cluster did not answer (not running, wrong address, refused credentials or certificate)."""
