"""The ``test22`` split's own effects (``faults14``), each its case alone on the split's seed on a small
day: billing's half-ported number losing its calls from the ported regions only, the holiday eve's rush
line by line, and the maintenance notice lengthening every greeting and nothing else. Its shape and
separation are test_later_splits.py's."""

from __future__ import annotations

import statistics
from collections import Counter
from typing import Any

from bench.alerts_cases.faults14 import EveRush, GreetingNotice, PortedLineDrop
from tests.bench_alerts_cases.small_day import split_case_alone

SPLIT = "test22"
Event = dict[str, Any]


def _end(call: list[Event]) -> tuple[str, str]:
    return call[-1]["data"]["status"], call[-1]["data"]["reason"]


def test_the_half_ported_line_loses_its_calls_from_the_ported_regions_only() -> None:
    case, calls, normal, ledger = split_case_alone(SPLIT, "billing_number_half_ported", 400)
    effect = case.effect
    assert isinstance(effect, PortedLineDrop)
    window = [c for c in normal.values() if case.active(c[0]["ts"])]
    lost = [
        c
        for c in window
        if c[0]["workflow"] == "billing" and c[0]["data"]["caller"][2:5] in effect.area_codes
    ]
    came = {c[0]["call_sid"] for c in calls}
    assert len(lost) > 60 and not came & {c[0]["call_sid"] for c in lost}
    assert len(ledger.marks[case.name]) == len(lost)
    assert all(normal[c[0]["call_sid"]] == c for c in calls)  # every call that arrives is as it was
    kept = Counter(c[0]["workflow"] for c in window) - Counter(c[0]["workflow"] for c in lost)
    assert Counter(c[0]["workflow"] for c in calls if case.active(c[0]["ts"])) == kept
    assert 0 < kept["billing"] < 0.35 * (kept["billing"] + len(lost))


def test_the_holiday_eve_adds_healthy_calls_line_by_line() -> None:
    case, calls, normal, ledger = split_case_alone(SPLIT, "holiday_eve_morning_rush", 400)
    assert isinstance(case.effect, EveRush)
    added = [c for c in calls if c[0]["call_sid"] not in normal]
    assert {c[0]["call_sid"] for c in added} == ledger.calls(case.name)
    assert all(normal[c[0]["call_sid"]] == c for c in calls if c[0]["call_sid"] in normal)
    usual = Counter(c[0]["workflow"] for c in normal.values() if case.active(c[0]["ts"]))
    more = Counter(c[0]["workflow"] for c in added)
    rates = {line: more[line] / usual[line] for line in usual}
    assert rates["refill"] > rates["appointment"] > rates["billing"] > 0, rates
    assert 0.4 < rates["refill"] < 0.8 and 0.3 < rates["appointment"] < 0.6 and rates["billing"] < 0.25
    assert all(case.active(c[0]["ts"]) for c in added)


def test_the_notice_lengthens_every_greeting_in_its_window_and_nothing_else() -> None:
    case, calls, normal, ledger = split_case_alone(SPLIT, "maintenance_notice_greeting", 40)
    effect = case.effect
    assert isinstance(effect, GreetingNotice)
    marked = ledger.calls(case.name)
    window = {c[0]["call_sid"] for c in calls if case.active(c[0]["ts"])}
    assert marked == window and len(window) > 200
    later = []
    for call in calls:
        sid, before = call[0]["call_sid"], normal[call[0]["call_sid"]]
        if sid not in marked:
            assert call == before
            continue
        greeting = next(e for e in call if e["type"] == "agent.utterance")["data"]["text"]
        assert effect.notice in greeting and _end(call) == _end(before)
        later.append(call[-1]["ts"] - before[-1]["ts"])
    assert 800 <= statistics.median(later) <= 2500
