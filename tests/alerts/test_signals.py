"""Judging a window: pages on a real incident, not at night, not on ordinary noise; state dedupes."""

from __future__ import annotations

import pandas as pd

from alerts.detector.incidents import IncidentBook, fingerprint
from alerts.detector.signals import SIGNALS, judge

TOOLS = next(s for s in SIGNALS if s.frame == "tools")
NOW = 1_000_000


def tool_minutes(calls: list[int], failures: list[int]) -> pd.DataFrame:
    minutes = range(NOW - len(calls), NOW)
    return pd.DataFrame({"minute": list(minutes), "workflow": "refill", "tool": "lookup_prescription",
                         "calls": calls, "failures": failures})  # fmt: skip


def test_a_tool_that_starts_failing_is_named() -> None:
    frame = tool_minutes([4] * 60 + [4, 4], [0, 1, 0, 0] * 15 + [4, 4])
    [finding] = judge(TOOLS, frame, NOW)
    assert finding.group == {"workflow": "refill", "tool": "lookup_prescription"}
    assert finding.value == 1.0
    assert "lookup_prescription fails on 100%" in finding.summary


def test_three_failing_calls_at_night_do_not_page() -> None:
    frame = tool_minutes([1] * 60 + [1, 1], [0] * 60 + [1, 1])
    assert judge(TOOLS, frame, NOW) == []


def test_ordinary_failures_at_the_usual_rate_do_not_page() -> None:
    frame = tool_minutes([4] * 62, [0, 1, 0, 1] * 15 + [1, 1])
    assert judge(TOOLS, frame, NOW) == []


def test_one_incident_pages_once_and_resolves_after_it_is_quiet() -> None:
    book = IncidentBook(quiet_ticks=2)
    labels = {
        "alertname": "CallpulseDetectorToolFailures",
        "workflow": "refill",
        "tool": "lookup_prescription",
    }
    first = book.update(0, [(labels, {"summary": "a"})])
    second = book.update(30_000, [(labels, {"summary": "b"})])
    assert len(first.opened) == 1 and second.opened == [] and len(second.firing) == 1
    assert book.update(60_000, []).resolved == []  # one quiet tick: still firing (hysteresis)
    [resolved] = book.update(90_000, []).resolved
    assert resolved.fingerprint == fingerprint(labels) and resolved.starts_ms == 0
