"""``callpulse demo``: simulated calls through the embedded pipeline into the warehouse, then KPIs.

The calls come from the caller simulator's scenario library (``agent/simulator``); their events go
through the in-process bus with the same codec as Kafka, and through the same steps a production
worker runs. Calls are anchored to the current UTC hour and derived from the seed, so running the
demo twice in one hour writes the same rows again - which the warehouse collapses - and the KPI
table does not change.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from pydantic import TypeAdapter
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from agent.simulator.library import generate_calls
from demos.kpi_tables import kpi_table
from demos.kpis import kpi_rows
from ingest.clock import Clock
from ingest.contract.models import TurnEvent
from ingest.emit.inprocess import InProcessBus
from stream.bus_drain import bus_messages
from stream.messages import Position, RawMessage
from stream.pipeline import Pipeline
from stream.runner import run
from stream.warehouse import Warehouse

HOUR_MS = 3_600_000
SOURCE = "bus:turn-events"
MALFORMED = (
    b'{"schema_version": 1, "type": "caller.utterance", "call_sid": "CA',  # cut off mid-message
    b'{"schema_version": 1, "type": "caller.utterance"}',  # required fields missing
    b'{"schema_version": 1, "type": "caller.sneezed", "call_sid": "CA00000000000000000000000000000000"}',
)
"""Bad input the demo sends after the calls: each is dead-lettered with its reason, nothing is lost
(``SELECT reason_code, reason FROM dlq``), and the dashboards' dead-letter panels have data."""
_EVENTS = TypeAdapter(list[TurnEvent])

EXPLORE_SQL = """\
Explore further with read-only SQL (the command is .venv/bin/callpulse, or `callpulse` in the activated venv):
  callpulse query "SELECT workflow, round(avg(resolved_contained), 3) AS resolved_containment FROM calls FINAL WHERE ended AND NOT abandoned_early GROUP BY workflow"
  callpulse query "SELECT workflow, quantileExact(0.95)(ttfhw_ms) AS ttfhw_p95_ms FROM turn_metrics FINAL GROUP BY workflow"
  callpulse query "SELECT workflow, avg(yielded), avg(answered), avg(not_repeated), avg(recovered) FROM interruptions FINAL GROUP BY workflow"
  callpulse query "SELECT handoff_reason, count() FROM calls FINAL WHERE escalated GROUP BY handoff_reason ORDER BY 2 DESC"
  callpulse query "SELECT speaker, text FROM turns FINAL WHERE call_sid = (SELECT call_sid FROM calls FINAL WHERE escalated LIMIT 1) ORDER BY ts"
"""


@dataclass(frozen=True)
class DemoWarehouse:
    """Where the demo's events go: a migrated warehouse ``client`` and its analytics ``database``;
    ``where`` names it for people (a DSN without credentials)."""

    client: Warehouse
    database: str
    where: str


def run_demo(
    warehouse: DemoWarehouse,
    pipeline: Pipeline,
    clock: Clock,
    *,
    calls: int,
    seed: int,
    hour_ms: int | None = None,
    console: Console,
) -> int:
    """Simulate ``calls`` calls, feed their events (and ``MALFORMED``) through ``pipeline`` (built on
    ``clock``, writing to ``warehouse``), print what was stored and the KPI table."""
    anchor_ms = (hour_ms if hour_ms is not None else clock.now_ms()) // HOUR_MS * HOUR_MS
    call_seed = _derived_seed(seed, anchor_ms)
    console.print(
        f"[bold]callpulse demo[/bold]: {calls} simulated calls (seed {seed}), warehouse {warehouse.where}"
    )

    started = time.perf_counter()
    events = _interleaved(generate_calls(calls, seed=call_seed, start_ms=anchor_ms))
    bus = InProcessBus(capacity=len(events) + 1)
    for event in events:
        bus.emit(event)

    with Progress(
        TextColumn("pipeline"), BarColumn(), MofNCompleteColumn(), TextColumn("events"), TimeElapsedColumn(),
        console=console, transient=True,
    ) as progress:  # fmt: skip
        task = progress.add_task("events", total=len(events) + len(MALFORMED))
        run(pipeline, _bus_messages(bus, clock), progress=lambda n: progress.update(task, completed=n))
    pipeline.close()
    elapsed = time.perf_counter() - started

    writer, validate = pipeline.writer, pipeline.validate
    console.print(
        f"{len(events):,} events from {calls} calls and {len(MALFORMED)} malformed messages: {validate.valid:,} stored, "
        f"{validate.invalid:,} dead-lettered (SELECT reason_code, reason FROM dlq); {writer.batches:,} batches, "
        f"{writer.rows:,} rows written in {elapsed:.1f} s"
    )
    rows = kpi_rows(warehouse.client, warehouse.database, anchor_ms - HOUR_MS, anchor_ms)
    console.print(kpi_table(rows))
    console.print(EXPLORE_SQL, soft_wrap=True, highlight=False)
    return 0


def _interleaved(calls: Any) -> list[TurnEvent]:
    """All calls' events in event-time order, as a bus fed by concurrent calls would carry them."""
    events = [event for call in calls for event in _EVENTS.validate_python(call)]
    events.sort(key=lambda e: (e.ts, e.call_sid, e.seq))
    return events


def _bus_messages(bus: InProcessBus, clock: Clock) -> Iterator[RawMessage]:
    """Every event on the bus, then the malformed messages at the offsets after them."""
    last = -1
    for message in bus_messages(bus, SOURCE, clock):
        last = message.position.offset
        yield message
    for i, payload in enumerate(MALFORMED, start=last + 1):
        yield RawMessage(payload, Position(SOURCE, 0, i), clock.now_ms())


def _derived_seed(seed: int, anchor_ms: int) -> int:
    digest = hashlib.sha256(f"{seed}:{anchor_ms}".encode()).digest()
    return int.from_bytes(digest[:8], "big")
