"""The ``test15`` split: the billing and refill numbers receiving no call while appointment's arrive as
usual, as its table says, on a small day. Its shape and separation are test_later_splits.py's, its
account lookup past the 7 s deadline test_past_deadline.py's. It adds no effect, so no new effect is
tested here."""

from __future__ import annotations

from collections import Counter

from bench.alerts_cases.faults11 import LinesStop
from tests.bench_alerts_cases.small_day import split_case_alone

SPLIT = "test15"


def test_billing_and_refill_receive_no_call_while_appointment_arrives_as_usual() -> None:
    case, calls, normal, _ = split_case_alone(SPLIT, "office_hours_stop", 600)
    assert isinstance(case.effect, LinesStop) and set(case.effect.workflows) == {"billing", "refill"}
    came = Counter(c[0]["workflow"] for c in calls if case.active(c[0]["ts"]))
    usual = Counter(c[0]["workflow"] for c in normal.values() if case.active(c[0]["ts"]))
    assert usual["billing"] > 20 and usual["refill"] > 10
    assert came["billing"] == came["refill"] == 0 and came["appointment"] == usual["appointment"] > 20
