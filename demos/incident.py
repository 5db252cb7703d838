"""``callpulse demo --incident refill-field-rename``: the on-call story end to end, offline.

Simulated calls of the last 50 minutes go through the embedded pipeline; eight minutes ago the
refill API renamed a response field, so the refill tool ``lookup_prescription`` starts failing with
``error_code=schema_mismatch`` (the same incident ``agent/backend/faults.py`` injects into the
reference agent's sample backend). The detector then replays the last minutes and prints the page
as Alertmanager would receive it: workflow, failing tool, error code and transcript links.
"""

from __future__ import annotations

import time
from collections.abc import Callable

import orjson
from rich.console import Console
from rich.panel import Panel

from agent.simulator.incidents import Incident, calls, stream
from alerts.detector.detector import Detector, DetectorConfig
from ingest.clock import Clock, ManualClock
from stream.messages import Position, RawMessage
from stream.pipeline import Pipeline
from stream.warehouse import Warehouse

MINUTE = 60_000
INCIDENTS = ("refill-field-rename",)


def run_incident_demo(
    client: Warehouse,
    database: str,
    pipeline_on: Callable[[Clock], Pipeline],
    detector_config: DetectorConfig,
    *,
    seed: int,
    console: Console,
) -> int:
    """Replay 50 minutes of calls with the incident through ``pipeline_on(clock)`` (a simulated clock)
    into ``database`` of the migrated warehouse ``client``; print the pages the detector raises."""
    now = int(time.time()) // 60 * MINUTE
    onset = now - 8 * MINUTE
    incident = Incident(
        "tool-failure", onset, now + 60 * MINUTE, workflow="refill", tool="lookup_prescription"
    )
    console.print(
        "[bold]callpulse demo --incident refill-field-rename[/bold]: 500 calls over 50 min; "
        f"the refill API renames a field at {time.strftime('%H:%M', time.gmtime(onset / 1000))} UTC"
    )
    clock = ManualClock(now - 60 * MINUTE)
    pipeline = pipeline_on(clock)
    mix = {"refill": 0.6, "billing": 0.2, "appointment": 0.2}
    events = stream(calls(500, seed, now - MINUTE, 50 * MINUTE, (incident,), mix=mix))
    for offset, event in enumerate(events):
        clock.advance(max(0, event["ts"] - clock.now_ms()))
        pipeline.submit(RawMessage(orjson.dumps(event), Position("demo-incident", 0, offset), event["ts"]))
        if offset % 500 == 0:
            pipeline.poll()
    pipeline.join()
    detector = Detector(client, database, detector_config, poster=None)
    for minute in range(-3, 8):
        tick_ms = onset + minute * MINUTE
        for opened in detector.tick(tick_ms).transitions.opened:
            delay_s = (tick_ms - onset) / 1000
            notes = opened.annotations
            body = "\n".join(
                [f"[bold]{notes['summary']}[/bold]", notes["description"], f"labels: {opened.labels}",
                 f"runbook: {notes['runbook']}", f"dashboard: {notes['dashboard']}", "example calls:"]
                + [f"  {link}" for link in notes["transcripts"].splitlines()]
            )  # fmt: skip
            console.print(Panel(body, title=f"PAGE {delay_s:.0f} s after the onset", border_style="red"))
    if not detector.open_incidents:
        console.print("[yellow]no page: the incident was not detected[/yellow]")
        return 1
    return 0
