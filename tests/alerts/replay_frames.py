"""The detector replayed over frames a test builds, minute by minute: the one setup of the replay tests
(``test_testN_misses.py``, ``test_cause_tails.py``, ``test_slow_agent.py``), which were each writing
the same frame reader, detector and tick loop. One home, so that a change in how the detector is
built or ticked is met in one place.

Tests import it as ``from tests.alerts.replay_frames import ...`` (as ``tests/bench_alerts_cases``
imports ``small_day``); it is used by tests/alerts only, so it is not in ``tests/support``.
"""

from __future__ import annotations

import pandas as pd
from empty_warehouse import EmptyWarehouse

from alerts.detector.detector import Detector, DetectorConfig

ONSET = 29_000_160  # epoch minutes: the incident's onset in the replays of a split's misses
WEEK = 7 * 24 * 60  # minutes
# the columns of the ``kpi`` frame after minute, workflow and agent_version
KPI = ["turns", "within", "settled", "contained", "uncontained", "sentiment_sum", "sentiment_n",
       "sentiment_drops", "failed"]  # fmt: skip

Page = tuple[int, dict[str, str], str]  # (minute after the origin, labels, summary)


def replay(data: dict[str, pd.DataFrame], first: int, last: int, origin: int = ONSET) -> list[Page]:
    """(minute after ``origin``, labels, summary) of every page opened ticking each minute of
    ``[origin + first, origin + last)``, the detector reading ``data`` (a frame it is not given is
    empty)."""

    def read(frame: str, now_minute: int, span_minutes: int) -> pd.DataFrame:
        return data.get(frame, pd.DataFrame({"minute": []}))

    detector = Detector(EmptyWarehouse(), "db", DetectorConfig(interval_s=60), poster=None, frames=read)
    return [
        (minute - origin, dict(i.labels), i.annotations.get("summary", ""))
        for minute in range(origin + first, origin + last)
        for i in detector.tick(minute * 60_000).transitions.opened
    ]


def alert_names(pages: list[Page]) -> list[tuple[int, str]]:
    """(minute, alert name) of each page: what the tests that only ask which page came when compare."""
    return [(minute, labels["alertname"]) for minute, labels, _ in pages]


def kpi_and_failures(rows: list[tuple[object, ...]]) -> dict[str, pd.DataFrame]:
    """The ``kpi`` frame of ``rows`` (minute, workflow, agent_version, then ``KPI``) and the
    ``failures`` frame the detector reads beside it (settled and failed calls per minute and
    workflow)."""
    kpi = pd.DataFrame(rows, columns=["minute", "workflow", "agent_version", *KPI])
    failures = kpi.groupby(["minute", "workflow"], as_index=False)[["settled", "failed"]].sum()
    return {"kpi": kpi, "failures": failures}
