"""Which scope a page names when an alert is judged per workflow and per build: a canary's failures
name the canary build; one workflow's failures on the build everyone runs name the workflow."""

from __future__ import annotations

import pandas as pd
from empty_warehouse import EmptyWarehouse

from alerts.detector.detector import Detector, DetectorConfig

NOW = 29_000_000  # epoch minutes
STABLE, CANARY = "1.4.0", "1.5.0-rc3"


def kpi(rows: list[tuple[int, str, str, int, int]]) -> pd.DataFrame:
    """(minute, workflow, agent_version, settled calls, failed of them) -> the detector's kpi frame."""
    frame = pd.DataFrame(rows, columns=["minute", "workflow", "agent_version", "settled", "failed"])
    return frame.assign(turns=10, within=9, contained=frame["settled"] - frame["failed"], uncontained=frame["failed"],
                        sentiment_sum=0.0, sentiment_n=0, sentiment_drops=0)  # fmt: skip


def first_pages(frame: pd.DataFrame) -> list[dict[str, str]]:
    def frames(name: str, now_minute: int, span: int) -> pd.DataFrame:
        return frame if name == "kpi" else pd.DataFrame({"minute": []})

    detector = Detector(EmptyWarehouse(), "db", DetectorConfig(), poster=None, frames=frames)
    return [i.labels for i in detector.tick(NOW * 60_000).transitions.opened]


def normal_hours(per_minute: dict[str, int]) -> list[tuple[int, str, str, int, int]]:
    return [(m, wf, STABLE, n, 0) for m in range(NOW - 180, NOW - 3) for wf, n in per_minute.items()]


def test_a_canary_that_fails_in_every_workflow_is_named_by_its_build_not_by_a_workflow() -> None:
    """A tenth of the calls go to a new build that fails every call, in every workflow. Billing, the
    thinnest workflow, shows it first (6 of its 12 calls in 3 min); the page must say the build."""
    volume = {"billing": 2, "refill": 4, "appointment": 4}
    last = [(m, wf, STABLE, n, 0) for m in range(NOW - 3, NOW) for wf, n in volume.items()]
    canary = [(m, wf, CANARY, 2 if wf == "billing" else 1, 2 if wf == "billing" else 1)
              for m in range(NOW - 3, NOW) for wf in volume]  # fmt: skip
    [page] = first_pages(kpi(normal_hours(volume) + last + canary))
    assert page["alertname"] == "CallpulseDetectorAgentFailures"
    assert page.get("agent_version") == CANARY and "workflow" not in page


def test_one_workflow_failing_on_the_build_every_call_runs_is_named_by_its_workflow() -> None:
    """Billing's agent endpoint is unreachable: its calls fail on the one build every workflow runs.
    The build's share moves too, but the page names the workflow whose line to check."""
    volume = {"billing": 3, "refill": 3, "appointment": 3}
    last = [
        (m, wf, STABLE, n, n if wf == "billing" else 0)
        for m in range(NOW - 3, NOW)
        for wf, n in volume.items()
    ]
    [page] = first_pages(kpi(normal_hours(volume) + last))
    assert page["alertname"] == "CallpulseDetectorAgentFailures"
    assert page.get("workflow") == "billing" and "agent_version" not in page
