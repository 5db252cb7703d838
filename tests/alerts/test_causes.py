"""Each cause of issue 20 pages under its own name, fast, with links at the turn where it shows.

Two normal hours, then four incidents 40 minutes apart on simulated traffic (the simulator's
scenarios, valid v1 events) through the real step chain into the embedded warehouse; the detector
ticks every minute. The page must name the cause (alert and summary), within five minutes of onset,
and be the only page of its incident (no TTFHW or containment page for the same thing).
"""

from __future__ import annotations

from typing import Any

import orjson
import pytest

from agent.simulator.incidents import Incident, calls, stream
from alerts.detector.detector import Detector, DetectorConfig
from ingest.clock import ManualClock
from stream.messages import Position, RawMessage
from stream.metrics.types import MetricsConfig
from stream.pipeline import Pipeline, PipelineConfig

pytestmark = pytest.mark.slow
MINUTE, HOUR = 60_000, 3_600_000
T0 = 1_767_254_400_000  # 2026-01-01T08:00Z
API = "http://callpulse.test"
INCIDENTS = (
    Incident("dead-air", T0 + 120 * MINUTE, T0 + 140 * MINUTE, workflow="billing"),
    Incident("slow-tool", T0 + 160 * MINUTE, T0 + 180 * MINUTE, workflow="appointment", tool="find_slots"),
    Incident("agent-loop", T0 + 200 * MINUTE, T0 + 220 * MINUTE, workflow="refill"),
    Incident("traffic-stop", T0 + 240 * MINUTE, T0 + 260 * MINUTE, workflow="billing"),
)
CAUSE = {
    "dead-air": ("CallpulseDetectorDeadAir", "the agent stopped answering"),
    "slow-tool": ("CallpulseDetectorSlowTool", "find_slots answers in"),
    "agent-loop": ("CallpulseDetectorAgentLoop", "the agent is looping"),
    "traffic-stop": ("CallpulseDetectorTrafficStopped", "calls are not getting through"),
}


@pytest.fixture(scope="module")
def pages(chdb_client: Any) -> list[tuple[int, dict[str, str], dict[str, str]]]:
    from callpulse.warehouse import Migrator

    database = "cp_causes_test"
    for db in (database, f"{database}_r"):
        chdb_client.command(f"DROP DATABASE IF EXISTS {db} SYNC")
    Migrator(chdb_client, database, f"{database}_r", raw_ttl_days=7).apply()
    clock = ManualClock(T0)
    config = PipelineConfig(batch_max_age_ms=10 * MINUTE, live_update_interval_ms=30_000,
                            metrics=MetricsConfig(ttfhw_budget_ms=3_000))  # fmt: skip
    pipeline = Pipeline(chdb_client, database, clock, config=config, redaction=None)
    hours = (calls(700, 11 + h, T0 + (h + 1) * HOUR, HOUR, INCIDENTS) for h in range(5))
    for offset, event in enumerate(stream(c for hour in hours for c in hour)):
        clock._now_ms = max(clock.now_ms(), event["ts"])
        pipeline.submit(RawMessage(orjson.dumps(event), Position("sim", 0, offset), event["ts"]))
        if offset % 500 == 0:
            pipeline.poll()
    pipeline.join()
    detector = Detector(chdb_client, database, DetectorConfig(api_base_url=API, interval_s=60), poster=None)
    opened = []
    for minute in range(100, 290):
        now = T0 + minute * MINUTE
        opened += [(now, i.labels, i.annotations) for i in detector.tick(now).transitions.opened]
    yield opened
    for db in (database, f"{database}_r"):
        chdb_client.command(f"DROP DATABASE IF EXISTS {db} SYNC")


@pytest.mark.parametrize("incident", INCIDENTS, ids=lambda i: i.kind)
def test_each_cause_pages_by_name_within_five_minutes(pages: list[Any], incident: Incident) -> None:
    during = [(t, labels, notes) for t, labels, notes in pages
              if incident.onset_ms <= t <= incident.end_ms + 10 * MINUTE]  # fmt: skip
    assert during, f"{incident.kind}: no page"
    when, labels, notes = during[0]
    alertname, words = CAUSE[incident.kind]
    assert labels["alertname"] == alertname and labels["workflow"] == incident.workflow, notes["summary"]
    assert words in notes["summary"]
    assert when - incident.onset_ms <= 5 * MINUTE
    assert len(during) == 1, [p[2]["summary"] for p in during]  # one incident, one page


def test_links_land_on_the_turn_inside_the_window(pages: list[Any]) -> None:
    for _, labels, notes in pages:
        if labels["alertname"] == "CallpulseDetectorTrafficStopped":
            continue
        links = notes["transcripts"].splitlines()
        assert links and all(link.startswith(f"{API}/calls/CA") and "#turn-" in link for link in links)


def test_normal_hours_and_the_ends_of_incidents_do_not_page(pages: list[Any]) -> None:
    stray = [(round((t - T0) / MINUTE), labels["alertname"]) for t, labels, _ in pages
             if not any(i.onset_ms <= t <= i.end_ms + 10 * MINUTE for i in INCIDENTS)]  # fmt: skip
    assert stray == []
