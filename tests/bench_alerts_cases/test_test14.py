"""The ``test14`` split: billing's menu option sending its callers to refill, as its table says, on a
small day. Its shape and separation are test_later_splits.py's, its pharmacy lookup past the 9 s
deadline test_past_deadline.py's. It adds no effect, so no new effect is tested here."""

from __future__ import annotations

from collections import Counter

from bench.alerts_cases.faults7 import Rerouted
from tests.bench_alerts_cases.small_day import split_case_alone

SPLIT = "test14"


def test_billing_receives_no_call_while_its_callers_reach_refill() -> None:
    case, calls, normal, _ = split_case_alone(SPLIT, "menu_option_reroute", 600)
    assert isinstance(case.effect, Rerouted)
    came = Counter(c[0]["workflow"] for c in calls if case.active(c[0]["ts"]))
    usual = Counter(c[0]["workflow"] for c in normal.values() if case.active(c[0]["ts"]))
    assert usual["billing"] > 20 and came["billing"] == 0
    assert came["refill"] > usual["refill"] and came["appointment"] == usual["appointment"]
