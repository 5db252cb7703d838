"""The reference agent served on loopback with an in-process bus, for the live simulator's tests: the
simulator's options for it, and its events (once every call it ended has finished) through a pipeline
without redaction into a test's warehouse."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from fastapi import FastAPI

from agent.config import AgentConfig
from agent.server.app import create_app
from agent.server.testing import running_agent, settle
from agent.simulator.live.config import SimOptions
from ingest.clock import SystemClock
from ingest.emit.inprocess import InProcessBus
from stream.messages import Position, RawMessage
from stream.pipeline import Pipeline
from stream.runner import run


@dataclass(frozen=True)
class ServedAgent:
    opts: SimOptions
    """Where the simulator calls it, signed with the agent's token."""
    app: FastAPI
    bus: InProcessBus

    def values(self) -> list[bytes]:
        """Every event the agent emitted, read once it has finished every call the simulator ended."""
        settle(self.app)
        return [value for _, value, _ in self.bus.poll(1_000_000)]


@contextmanager
def served_agent(config: AgentConfig, token: str, **options: Any) -> Iterator[ServedAgent]:
    """``config``'s agent on a free loopback port until the block ends; ``options`` are the simulator's
    (``time_scale``, ``settle_ms``…)."""
    bus = InProcessBus()
    app = create_app(config, bus)
    with running_agent(app) as base:
        opts = SimOptions.served_at(
            base, public_url=config.ws_url, action_public_url=config.action_url, auth_token=token, **options
        )
        yield ServedAgent(opts, app, bus)


def store_events(warehouse: Any, values: list[bytes], source: str) -> Pipeline:
    """``values`` through a pipeline without redaction into ``warehouse``'s database; the closed pipeline
    (its counters) is returned."""
    clock = SystemClock()
    pipeline = Pipeline(warehouse.client, warehouse.database, clock, redaction=None)
    run(pipeline, (RawMessage(v, Position(source, 0, i), clock.now_ms()) for i, v in enumerate(values)))
    pipeline.close()
    return pipeline
