"""Every split, including ``test3`` (listed last, here, as when it was a module outside ``schedule.py``;
it is a data file like the splits from ``test2`` on): ``days(split)``, ``cases(split)`` and ``seeds(split)``
as ``schedule.py`` has them, for one more split."""

from __future__ import annotations

from bench.alerts_cases import schedule, split_file
from bench.alerts_cases.case import Case, Day

SPLITS = (*schedule.SPLITS, "test3")  # test3: split_files/test3.toml


def days(split: str) -> list[Day]:
    """The simulated days of a split, each with its cases."""
    if split == "test3":
        return split_file.days(split)
    if split not in SPLITS:
        raise ValueError(f"split must be one of {SPLITS}")
    return schedule.days(split)


def cases(split: str) -> list[Case]:
    """Every case of a split (incidents and benign shifts), day by day, in onset order."""
    return [case for day in days(split) for case in sorted(day.cases, key=lambda c: c.onset_ms)]


def seeds(split: str) -> list[int]:
    """The seeds a split's days use (the eval needs a normal day and a last week for each)."""
    return sorted({day.seed for day in days(split)})
