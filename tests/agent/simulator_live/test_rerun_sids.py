"""``callpulse simulate`` run twice against the same agent adds the second run's calls: every call
has its own SID, seeded or not, so no SID holds two ``call.started`` and the call count grows."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from fastapi import FastAPI
from settings_env import settings_env

from agent.config import AgentConfig
from agent.server.app import create_app
from agent.server.testing import running_agent, settle
from callpulse.cli import main
from ingest.clock import SystemClock
from ingest.emit.inprocess import InProcessBus
from stream.messages import Position, RawMessage
from stream.pipeline import Pipeline
from stream.runner import run

FAST = [
    "--calls",
    "3",
    "--rate",
    "0",
    "--persona",
    "standard",
    "--template",
    "billing.success",
    "--time-scale",
    "100",
    "--settle-ms",
    "100",
]


@pytest.fixture
def agent_url(monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[str, InProcessBus, FastAPI]]:
    """The reference agent on loopback, unsigned (the simulator signs nothing without a token)."""
    with settings_env(monkeypatch, {"CALLPULSE_RELAY_AUTH_TOKEN": ""}):
        bus = InProcessBus()
        config = AgentConfig(public_base_url="https://agent.example.com", validate_signatures=False)
        app = create_app(config, bus)
        with running_agent(app) as base:
            yield base.replace("http", "ws", 1) + "/ws", bus, app


def simulate(url: str, *extra: str) -> None:
    assert main(["simulate", "--url", url, *FAST, *extra]) == 0


def store(bus: InProcessBus, warehouse: Any) -> None:
    clock = SystemClock()
    pipeline = Pipeline(warehouse.client, warehouse.database, clock, redaction=None)
    messages = bus.poll(1_000_000)
    run(pipeline, (RawMessage(v, Position("sim", 0, o), clock.now_ms()) for _, v, o in messages))
    pipeline.close()


@pytest.mark.parametrize("seed", [[], ["--seed", "11"]], ids=["unseeded", "same-seed"])
def test_two_runs_store_two_runs_of_calls(agent_url: Any, warehouse: Any, seed: list[str]) -> None:
    url, bus, app = agent_url
    simulate(url, *seed)
    simulate(url, *seed)
    settle(app)
    store(bus, warehouse)

    starts = warehouse.rows(
        "SELECT call_sid, count() FROM {db}.events FINAL WHERE type = 'call.started' GROUP BY call_sid"
    )
    assert len(starts) == 6 and all(n == 1 for _, n in starts)  # six calls, one start each
    assert warehouse.rows("SELECT count() FROM {db}.calls FINAL") == [(6,)]
