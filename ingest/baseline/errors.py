"""Typed errors of the baseline import. A reason names the column and the rule broken, never the value
(a contact center's export may hold a phone number in any column)."""

from __future__ import annotations

from typing import Literal

Code = Literal[
    "baseline_missing_field",
    "baseline_bad_time",
    "baseline_end_before_start",
    "baseline_bad_boolean",
    "baseline_bad_number",
    "baseline_bad_csat",
    "baseline_bad_workflow",
    "baseline_unmapped_queue",
    "baseline_malformed_row",
]
"""Reason codes of a dead-lettered row (``dlq.reason_code``)."""


class BaselineError(Exception):
    """The file as a whole cannot be imported (no header, a required column missing, unknown format)."""


class BadRowError(ValueError):
    """One row that cannot be imported: a stable code and a reason without the value."""

    def __init__(self, code: Code, reason: str) -> None:
        super().__init__(reason)
        self.code: Code = code
        self.reason = reason
