"""A warehouse filled with a demo-sized load, shared by the dashboard and analyst-SQL tests.

300 simulated calls of the last 50 minutes go through the real step chain (validate -> redact ->
call state -> metrics -> batch -> ClickHouse writer), every 20th ended by an agent or platform
failure (agent_failed); eight minutes before the end the refill tool
``lookup_prescription`` starts failing (the on-call demo's incident), the anomaly detector ticks over
the result and records its page in ``alerts``, and three malformed messages are dead-lettered. It is
the ``warehouse`` fixture's recipe (fresh uniquely named databases on the session's chDB path, every
migration, dropped afterwards) at session scope, so the ~10 s load runs once for every panel.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import orjson
import pytest
from migrated import migrated_databases

from agent.simulator.incidents import Incident, calls, stream
from alerts.detector.detector import Detector, DetectorConfig
from ingest.clock import ManualClock
from stream.messages import Position, RawMessage
from stream.pipeline import Pipeline, Redaction
from stream.redaction.base import Tokenizer
from stream.redaction.patterns import PatternRedactor

MINUTE = 60_000
CALLS = 300
FAILED_EVERY = 20
"""Every 20th simulated call ends by a failure of the agent, the tap or the platform (agent_failed)."""
FAILURE_REASONS = ("agent_error", "upstream_lost", "protocol_error")
BAD_MESSAGES = (b"{not json", orjson.dumps({"schema_version": 9}), b"[]")


@dataclass(frozen=True, slots=True)
class Loaded:
    """The loaded databases and the time range the load covers (epoch ms)."""

    client: Any
    database: str
    restricted_database: str
    from_ms: int
    to_ms: int
    alerts: int

    def rows(self, sql: str) -> list[tuple[Any, ...]]:
        return [tuple(r) for r in self.client.query(sql.replace("{db}", self.database)).result_rows]


def with_failures(calls_: Iterator[list[dict[str, Any]]]) -> Iterator[list[dict[str, Any]]]:
    """The calls, every ``FAILED_EVERY``th one ended by a failure instead (cycling the reasons), so the
    agent_failed panels have calls to show."""
    for n, events in enumerate(calls_):
        if n % FAILED_EVERY == FAILED_EVERY - 1:
            reason = FAILURE_REASONS[(n // FAILED_EVERY) % len(FAILURE_REASONS)]
            for event in events:
                if event["type"] == "call.ended":
                    event["data"] = {"status": "failed", "reason": reason}
        yield events


@pytest.fixture(scope="session")
def loaded(chdb_client: Any) -> Iterator[Loaded]:
    with migrated_databases(chdb_client) as dbs:
        yield _load(chdb_client, dbs.database, dbs.restricted_database)


def _load(chdb_client: Any, database: str, restricted: str) -> Loaded:
    """The simulated calls (an incident on refill) through the pipeline, then the detector's ticks."""
    now = int(time.time()) // 60 * MINUTE
    onset = now - 8 * MINUTE
    incident = Incident(
        "tool-failure", onset, now + 60 * MINUTE, workflow="refill", tool="lookup_prescription"
    )
    clock = ManualClock(now - 60 * MINUTE)
    tokens = Tokenizer(b"dashboards-test")
    pipeline = Pipeline(chdb_client, database, clock, redaction=Redaction(PatternRedactor(tokens), tokens))
    mix = {"refill": 0.5, "billing": 0.25, "appointment": 0.25}
    offset = 0
    simulated = with_failures(calls(CALLS, 7, now - MINUTE, 50 * MINUTE, (incident,), mix=mix))
    for offset, event in enumerate(stream(simulated)):
        clock.advance(max(0, event["ts"] - clock.now_ms()))
        pipeline.submit(RawMessage(orjson.dumps(event), Position("dashboards", 0, offset), event["ts"]))
        if offset % 500 == 0:
            pipeline.poll()
    for extra, message in enumerate(BAD_MESSAGES, start=offset + 1):
        pipeline.submit(RawMessage(message, Position("dashboards", 0, extra), clock.now_ms()))
    pipeline.join()
    detector = Detector(chdb_client, database, DetectorConfig(), poster=None)
    for minute in range(-3, 8):
        detector.tick(onset + minute * MINUTE)
    [[alerts]] = chdb_client.query(f"SELECT count() FROM {database}.alerts").result_rows
    return Loaded(chdb_client, database, restricted, now - 2 * 60 * MINUTE, now + 60 * MINUTE, int(alerts))
