"""Causes on thin traffic page once their evidence is there: a slow tool at night (judged against
hours of its answers, not the couple of dozen of the last two hours) and an agent loop on a workflow
of two calls a minute (whose looping calls end minutes apart)."""

from __future__ import annotations

import pandas as pd

from alerts.detector.signals import SIGNALS, judge
from tests.alerts.failure_frames import agent_failures, settled_frame

NOW = 1_000_000
SLOW_TOOL = next(s for s in SIGNALS if s.alertname == "CallpulseDetectorSlowTool")
LOOP = next(s for s in SIGNALS if s.alertname == "CallpulseDetectorAgentLoop")


def tool(results: list[int], slow: list[int]) -> pd.DataFrame:
    return pd.DataFrame({"minute": range(NOW - len(results), NOW), "workflow": "appointment",
                         "tool": "find_slots", "results": results, "slow": slow,
                         "latency_ms": [7500.0 * s or 900.0 * r for s, r in zip(slow, results, strict=True)],
                         "normal_ms": 900.0})  # fmt: skip


def test_a_slow_tool_at_night_pages_at_its_third_slow_answer() -> None:
    """The evening's four hours answer once a minute, the night's two hours once every three minutes,
    none slow; then its next three answers, nine minutes, are all slow (7.5 s instead of 0.9 s)."""
    evening, night = [1] * 240, [1, 0, 0] * 40
    incident = [1, 0, 0] * 3
    findings = judge(SLOW_TOOL, tool(evening + night + incident, [0] * 360 + incident), NOW)
    assert [(f.group["tool"], f.events, f.volume) for f in findings] == [("find_slots", 3, 3)]


def test_three_slow_answers_among_the_nights_usual_ones_do_not_page() -> None:
    """The same night, but the three slow answers come among nine ordinary ones."""
    evening, night = [1] * 240, [1, 0, 0] * 40
    busy = [1] * 12
    slow = [0] * 360 + [1, 0, 0, 0] * 3
    assert judge(SLOW_TOOL, tool(evening + night + busy, slow), NOW) == []


def loops(active: list[int], looping: list[int]) -> pd.DataFrame:
    return pd.DataFrame({"minute": range(NOW - len(active), NOW), "workflow": "refill", "agent_version": "1.4.0",
                         "ended": active, "unanswered": 0, "active": active, "looping": looping})  # fmt: skip


def test_a_loop_on_a_thin_workflow_pages_at_its_third_looping_call() -> None:
    """Two calls a minute, none looping; then the workflow's calls that end are looping ones (their
    third asking), minutes apart: the third ends five minutes after the first (as refill on tune-a)."""
    usual = [0] * 180
    incident = [1, 1, 0, 0, 1]
    [finding] = judge(LOOP, loops([2] * 180 + incident, usual + incident), NOW)
    assert (finding.events, finding.volume, finding.group) == (3, 3, {"workflow": "refill"})
    assert judge(LOOP, loops([2] * 180 + incident[:4], usual + incident[:4]), NOW - 1) == []  # two: not yet


WORKFLOW_FAILURES = agent_failures("workflow")


def ended(settled: list[int], failed: list[int]) -> pd.DataFrame:
    return settled_frame(NOW, settled, failed, workflow="billing")


def test_a_workflow_unreachable_at_night_pages_at_its_third_failed_call() -> None:
    """Six night hours of a call ending every two or three minutes, none failed (about 140); then the
    agent is unreachable: of the 4 calls that end in 3 minutes, 3 failed (one had started before)."""
    night = [1, 0, 1, 0, 0] * 72
    [finding] = judge(WORKFLOW_FAILURES, ended([*night, 2, 1, 1], [0] * 360 + [1, 1, 1]), NOW)
    assert (finding.events, finding.volume, finding.group) == (3, 4, {"workflow": "billing"})


def test_one_failed_call_among_the_nights_ordinary_ones_does_not_page() -> None:
    night = [1, 0, 1, 0, 0] * 72
    assert judge(WORKFLOW_FAILURES, ended([*night, 2, 1, 1], [0] * 360 + [0, 1, 0]), NOW) == []
