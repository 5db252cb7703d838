"""Failures that hit only part of the calls page by their cause (issue 20, test2's misses): a
text-to-speech stall (the agent's text goes out, nothing plays), a tool failing a fifth of its calls
with no single error code that is news, and a carrier dropping half of every workflow's callers."""

from __future__ import annotations

import pandas as pd

from alerts.detector.detector import one_page_per_tool
from alerts.detector.incidents import Incident
from alerts.detector.signals import SIGNALS, judge
from tests.alerts.failure_frames import agent_failures, settled_frame

NOW = 2_000_000
UNPLAYED = next(s for s in SIGNALS if s.frame == "tts")
TOOL_ANY = next(
    s for s in SIGNALS if s.alertname == "CallpulseDetectorToolFailures" and "error_code" not in s.keys
)
TOOL_CODE = next(
    s for s in SIGNALS if s.alertname == "CallpulseDetectorToolFailures" and "error_code" in s.keys
)
TRAFFIC = next(s for s in SIGNALS if s.alertname == "CallpulseDetectorTrafficStopped")


def replies(calls: list[int], unplayed: list[int], workflow: str = "appointment") -> pd.DataFrame:
    return pd.DataFrame({"minute": range(NOW - len(calls), NOW), "workflow": workflow, "agent_version": "1.4.0",
                         "replies": calls, "unplayed": unplayed})  # fmt: skip


def test_replies_that_do_not_play_page_as_dead_air_at_night() -> None:
    """Three hours of a call replying every other minute, every reply played; then three calls in six
    minutes whose replies went out as text and never played: dead air, named for the workflow."""
    usual = [1, 0] * 90
    stalled = [1, 0, 1, 0, 1, 0]
    [finding] = judge(UNPLAYED, replies(usual + stalled, [0] * 180 + stalled), NOW)
    assert finding.signal.alertname == "CallpulseDetectorDeadAir"
    assert (finding.group, finding.events) == ({"workflow": "appointment"}, 3)
    assert "not playing" in finding.summary


def test_one_unplayed_reply_among_many_does_not_page() -> None:
    usual = [4] * 180
    assert judge(UNPLAYED, replies(usual + [4] * 5, [0] * 180 + [1, 0, 0, 0, 1]), NOW) == []


def tools(calls: list[int], failed: list[int]) -> pd.DataFrame:
    return pd.DataFrame({"minute": range(NOW - len(calls), NOW), "workflow": "appointment",
                         "tool": "find_patient", "calls": calls, "failed": failed})  # fmt: skip


def test_a_tool_failing_a_fifth_of_its_calls_pages_naming_the_tool() -> None:
    """Five calls a minute reach the tool, one in a hundred fail; then one in five fail (503s and
    timeouts alike: no single code is news in two minutes)."""
    usual_calls, usual_failed = [5] * 360, ([1] + [0] * 19) * 18
    bad = [1, 1, 1, 1, 1, 1, 1]
    findings = judge(TOOL_ANY, tools(usual_calls + [5] * 7, usual_failed + bad), NOW)
    assert [(f.group, f.signal.alertname) for f in findings] == [
        ({"workflow": "appointment", "tool": "find_patient"}, "CallpulseDetectorToolFailures")
    ]
    assert "fails on 20% of calls" in findings[0].summary


def test_a_tool_at_its_usual_failures_does_not_page() -> None:
    usual_calls, usual_failed = [5] * 360, ([1] + [0] * 19) * 18
    assert judge(TOOL_ANY, tools(usual_calls + [5] * 15, usual_failed + [1] + [0] * 14), NOW) == []


def test_a_tool_with_a_page_open_for_one_code_is_one_page() -> None:
    """The error code's page is open; the tool's failures of any code keep it firing, not a second page."""
    usual_calls, usual_failed = [5] * 360, ([1] + [0] * 19) * 18
    [finding] = judge(TOOL_ANY, tools(usual_calls + [5] * 7, usual_failed + [2] * 7), NOW)
    labels = {"alertname": TOOL_CODE.alertname, "severity": "page", "workflow": "appointment",
              "tool": "find_patient", "error_code": "upstream_503"}  # fmt: skip
    open_page = Incident("fp", labels, {}, 0, 0)
    [kept] = one_page_per_tool([finding], [open_page])
    assert kept.group == {"workflow": "appointment", "tool": "find_patient", "error_code": "upstream_503"}
    assert one_page_per_tool([finding], []) == [finding]


def arrivals(per_workflow: dict[str, list[int]]) -> pd.DataFrame:
    rows = [
        (NOW - len(counts) + i, wf, c) for wf, counts in per_workflow.items() for i, c in enumerate(counts)
    ]
    return pd.DataFrame(rows, columns=["minute", "workflow", "arrivals"])


def test_half_of_every_workflows_callers_cut_off_pages_across_workflows() -> None:
    """Three workflows of 4-6 calls a minute; a carrier drops half the callers of each for 20 minutes:
    no one workflow's calls are news, every workflow's together are. Since round 14 (docs/oncall-measured.md,
    fourteenth run) a window under 20 minutes pages only when its calls are also a one-in-10 000 chance
    at 70% of the expected rate, so that a day with 30% fewer callers on every line is no stop: a half cut
    is told from such a day only with about 300 calls due in 20 minutes (at 9 calls a minute it is not
    paged as traffic; `arrivals.DIP_SHARE`)."""
    normal = {"appointment": [6] * 120, "billing": [5] * 120, "refill": [4] * 120}
    halved = {"appointment": [3] * 20, "billing": [3, 2] * 10, "refill": [2] * 20}
    frame = arrivals({wf: normal[wf] + halved[wf] for wf in normal})
    found = judge(TRAFFIC, frame, NOW)
    assert [f.group for f in found] == [{}]
    assert found[0].summary.startswith("every workflow: ")


def test_ordinary_minutes_across_workflows_do_not_page() -> None:
    normal = {"appointment": [5, 4] * 65, "billing": [3, 2] * 65, "refill": [2, 2] * 65}
    assert judge(TRAFFIC, arrivals(normal), NOW) == []


CANARY_FAILURES = agent_failures("agent_version")


def settled(calls: list[int], failed: list[int]) -> pd.DataFrame:
    return settled_frame(NOW, calls, failed, agent_version="1.5.0-rc1")


def test_an_open_episode_holds_until_its_last_quarter_hour_is_clean() -> None:
    """A canary of a call a minute, none failed for two hours; then a fifth to a half of its calls
    fail: after its page opened, five minutes without a failure do not end the episode while the
    quarter hour still holds its failures; a clean quarter hour does."""
    usual = [1] * 120
    episode = [0, 1, 1, 0, 1, 1, 0, 0, 0, 0, 0, 0]  # failures: 4 in 12 calls, the last 6 minutes clean
    open_since: dict[tuple[str, ...], int] = {("1.5.0-rc1",): NOW - 8}
    [held] = judge(
        CANARY_FAILURES, settled(usual + [1] * 12, [0] * 120 + episode), NOW, open_since=open_since
    )
    assert held.held and held.group == {"agent_version": "1.5.0-rc1"}
    clean = episode + [0] * 15
    later = judge(CANARY_FAILURES, settled(usual + [1] * 27, [0] * 120 + clean), NOW, open_since=open_since)
    assert later == []
