"""Incident kinds and benign shifts for the alerts evaluation (issue 20), written without reading
the detector or the rules. See README.md.

    from bench.alerts_cases import cases, days, simulate_day, Ledger
    for day in days("tune"):
        ledger = Ledger()
        events = day.events(ledger)          # the day with its cases, interleaved like a bus
        for case in day.cases:               # case.cause / case.scope: what the page must name
            ...                              # ledger.first(case.name): evidence onset in the data
    normal = simulate_day(seed)              # the same seed's normal day (calls, start order)
"""

from bench.alerts_cases.case import Case, Day, simulate_day
from bench.alerts_cases.day import CALLS_PER_HOUR, DAY0, HOUR, MINUTE, Ledger
from bench.alerts_cases.kinds import KINDS
from bench.alerts_cases.splits import SPLITS, cases, days, seeds  # schedule.py's splits and test3

__all__ = [
    "CALLS_PER_HOUR",
    "DAY0",
    "HOUR",
    "KINDS",
    "MINUTE",
    "SPLITS",
    "Case",
    "Day",
    "Ledger",
    "cases",
    "days",
    "seeds",
    "simulate_day",
]
