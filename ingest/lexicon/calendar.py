"""Month and weekday names, and a date as the agent reads it out (``Tuesday, June 14th``)."""

from __future__ import annotations

from datetime import date

MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def day_suffix(day: int) -> str:
    """``1`` -> ``st``, ``12`` -> ``th``, ``22`` -> ``nd``."""
    return "th" if 11 <= day % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")


def day_phrase(d: date) -> str:
    """``Tuesday, June 14th``."""
    return f"{WEEKDAYS[d.weekday()]}, {MONTHS[d.month - 1]} {d.day}{day_suffix(d.day)}"
