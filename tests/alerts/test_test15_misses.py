"""test15's platform fault paged once per workflow, as tuning data (issue 20, seventeenth run): the fix's
test fails on the detector frozen for test15 (647e1de); the guards pass both ways. Detector replays
over night frames shaped like test15-a's night_scale_in_drop (and test13-a's night_cert_half): failed
calls on every line in the same minutes."""

from __future__ import annotations

import pandas as pd

from tests.alerts.replay_frames import ONSET as T
from tests.alerts.replay_frames import WEEK, kpi_and_failures
from tests.alerts.replay_frames import replay as _replay

STABLE, CANARY = "1.4.0", "1.5.0-rc1"
FAILURES = "CallpulseDetectorAgentFailures"


def _calls(m: int, wf: str) -> bool:
    """A night's calls: billing ends one at even minutes, appointment at odd ones, refill every fifth."""
    return m % 5 == 0 if wf == "refill" else m % 2 == (0 if wf == "billing" else 1)


def _night(
    failed: dict[str, tuple[int, ...]], version: dict[str, str] | None = None
) -> dict[str, pd.DataFrame]:
    """A week of night calls on three lines, none failed; from onset the calls of each workflow at the
    minutes after onset in ``failed`` fail (``version``: the build a workflow's failed calls ran on,
    the stable one otherwise)."""
    rows = []
    for m in range(T - WEEK, T + 40):
        after = m - T
        for wf in ("billing", "appointment", "refill"):
            if not _calls(m, wf):
                continue
            bad = int(after >= 0 and after in failed.get(wf, ()))
            build = (version or {}).get(wf, STABLE) if bad else STABLE
            rows.append(
                (m, wf, build, 0 if bad else 5, 0 if bad else 5, 1, 1 - bad, bad, 0.0, 1 - bad, 0, bad)
            )
    return kpi_and_failures(rows)


# test15-a's night_scale_in_drop: 60% of every line's live calls cut from onset (appointment first,
# then two of billing's, then refill's and more of every line's)
SCALE_IN = {"appointment": (3, 15, 19, 25), "billing": (8, 10, 16, 22), "refill": (15, 25)}


def test_calls_failing_on_every_line_page_once_across_lines() -> None:
    """test15-a 02:24: a gateway scaling in cut 60% of every line's calls at night; billing's two failed
    calls paged first as "billing: calls are failing", appointment's and refill's as two more pages,
    and no page said every line fails. Now one page across lines, saying how many fail, and no
    workflow's own failure page while it is open."""
    pages = _replay(_night(SCALE_IN), 0, 40)
    failing = [p for p in pages if p[1]["alertname"] == FAILURES]
    assert len(failing) == 1
    minute, labels, summary = failing[0]
    assert minute <= 11 and "workflow" not in labels and "agent_version" not in labels
    assert "calls are failing on 2 of 3 lines" in summary


def test_one_workflow_failing_alone_still_pages_as_that_workflow() -> None:
    """Guard (passes before and after): only refill's calls fail (test14-a's night_refill_deploy): the
    page names refill."""
    pages = _replay(_night({"refill": (5, 10, 15, 20, 25, 30)}), 0, 40)
    assert [(p[1]["alertname"], p[1].get("workflow")) for p in pages] == [(FAILURES, "refill")]


def test_a_canary_failing_on_one_workflow_still_pages_as_before() -> None:
    """Guard (passes before and after): a canary's calls fail on billing alone; the page is what it was
    before this change (billing's failures), and there is one."""
    pages = _replay(_night({"billing": (2, 4, 6, 8)}, version={"billing": CANARY}), 0, 40)
    assert len(pages) == 1 and pages[0][1]["alertname"] == FAILURES
    assert "workflow" in pages[0][1] or pages[0][1].get("agent_version") == CANARY
