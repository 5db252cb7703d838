"""Typed errors of the detector."""

from __future__ import annotations


class DetectorError(Exception):
    """Base of the detector's errors."""


class AlertmanagerError(DetectorError):
    """Alertmanager refused or could not be reached; the alerts are re-posted on the next tick."""
