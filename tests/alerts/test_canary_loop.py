"""A loop shipped on the canary build (a tenth of every workflow's calls) is named by the build, not by
the thinnest workflow where it shows first (test3-a: paged as billing's loop after 1080 s); a loop on
one workflow of the build every call runs is still named by its workflow."""

from __future__ import annotations

import pandas as pd
from empty_warehouse import EmptyWarehouse

from alerts.detector.detector import Detector, DetectorConfig

NOW = 29_000_000  # epoch minutes
STABLE, CANARY = "1.4.0", "1.7.0-rc1"


Row = tuple[int, str, str, int, int]  # (minute, workflow, agent_version, active calls, looping of them)


def calls(rows: list[Row]) -> pd.DataFrame:
    frame = pd.DataFrame(rows, columns=["minute", "workflow", "agent_version", "active", "looping"])
    return frame.assign(ended=frame["active"], unanswered=0, left=frame["active"], stranded=0)


def first_pages(frame: pd.DataFrame) -> list[dict[str, str]]:
    def frames(name: str, now_minute: int, span: int) -> pd.DataFrame:
        return frame if name == "calls" else pd.DataFrame({"minute": []})

    detector = Detector(EmptyWarehouse(), "db", DetectorConfig(), poster=None, frames=frames)
    return [i.labels for i in detector.tick(NOW * 60_000).transitions.opened]


def normal(volume: dict[str, int], until: int) -> list[Row]:
    return [(m, wf, STABLE, n, 0) for m in range(NOW - 180, until) for wf, n in volume.items()]


def test_a_loop_on_the_canary_build_is_named_by_the_build() -> None:
    """Each workflow's canary calls of the last three minutes all loop; on billing, the thinnest line,
    they are half of its calls, news on their own in the same tick as the build's."""
    volume = {"billing": 2, "refill": 4, "appointment": 4}
    canary = [(m, wf, CANARY, 2 if wf == "billing" else 1, 2 if wf == "billing" else 1)
              for m in range(NOW - 3, NOW) for wf in volume]  # fmt: skip
    [page] = first_pages(calls(normal(volume, NOW) + canary))
    assert page["alertname"] == "CallpulseDetectorAgentLoop"
    assert page.get("agent_version") == CANARY and "workflow" not in page


def test_a_loop_on_one_workflow_of_the_stable_build_is_named_by_the_workflow() -> None:
    volume = {"billing": 4, "refill": 4, "appointment": 4}
    looping = [(m, wf, STABLE, n, n if wf == "refill" else 0)
               for m in range(NOW - 3, NOW) for wf, n in volume.items()]  # fmt: skip
    [page] = first_pages(calls(normal(volume, NOW - 3) + looping))
    assert page["alertname"] == "CallpulseDetectorAgentLoop"
    assert page.get("workflow") == "refill" and "agent_version" not in page
