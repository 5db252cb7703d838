"""Simulated calls played through the tap to the reference agent on 127.0.0.1, and what each side's
events store: the agent's own events and the tap's go through the embedded pipeline into two
databases, so a test can compare the two call by call."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

from agent.config import AgentConfig
from agent.server.app import create_app
from agent.server.testing import running_agent
from agent.simulator.live.config import RelayConfig, SimOptions
from callpulse.warehouse import Migrator
from ingest.clock import SystemClock
from ingest.emit.inprocess import InProcessBus
from ingest.tap.proxy import TapConfig, TapServer
from stream.messages import Position, RawMessage
from stream.pipeline import Pipeline
from stream.runner import run

T = TypeVar("T")
TOKEN = "test_auth_token"
TAP_PUBLIC = "wss://tap.example.com/ws"
AGENT = AgentConfig(public_base_url="https://agent.example.com", twilio_auth_token=TOKEN)
Play = Callable[[SimOptions, RelayConfig], Awaitable[T]]


def through_the_tap(agent_bus: InProcessBus, tap_bus: InProcessBus, play: Play[T]) -> T:
    """Run ``play(options, relay)`` with the simulator pointed at a signed tap in front of the
    reference agent; the agent emits into ``agent_bus``, the tap into ``tap_bus``."""

    async def go(base: str) -> T:
        config = TapConfig(
            upstream_url=base.replace("http", "ws", 1) + "/ws",
            auth_token=TOKEN,
            public_url=TAP_PUBLIC,
            upstream_auth_token=TOKEN,
            upstream_public_url=AGENT.ws_url,
        )
        async with TapServer(config, tap_bus).running() as port:
            opts = SimOptions(
                url=f"ws://127.0.0.1:{port}/ws",
                public_url=TAP_PUBLIC,
                auth_token=TOKEN,
                time_scale=20.0,
                settle_ms=300,
            )
            return await play(opts, RelayConfig(welcome_greeting=AGENT.welcome_greeting))

    with running_agent(create_app(AGENT, agent_bus)) as base:
        return asyncio.run(go(base))


def pipe(client: Any, database: str, bus: InProcessBus) -> None:
    """Run everything ``bus`` holds through the embedded pipeline into ``database``."""
    clock = SystemClock()
    pipeline = Pipeline(client, database, clock, redaction=None)
    values = [value for _, value, _ in bus.poll(1_000_000)]
    run(
        pipeline,
        (RawMessage(v, Position("tap-vs-agent", 0, i), clock.now_ms()) for i, v in enumerate(values)),
    )
    pipeline.close()


def stored_by_both(
    warehouse: Any, agent_bus: InProcessBus, tap_bus: InProcessBus, columns: str
) -> tuple[dict[str, tuple[Any, ...]], dict[str, tuple[Any, ...]]]:
    """Per call SID, ``columns`` of ``calls FINAL`` as stored from the agent's events and from the
    tap's (the agent's in a database of its own, dropped afterwards)."""

    def store(database: str, bus: InProcessBus) -> dict[str, tuple[Any, ...]]:
        pipe(warehouse.client, database, bus)
        rows = warehouse.client.query(f"SELECT call_sid, {columns} FROM {database}.calls FINAL").result_rows
        return {r[0]: tuple(r[1:]) for r in rows}

    other = f"cp_{uuid.uuid4().hex[:12]}"
    Migrator(warehouse.client, other, f"cpr_{other[3:]}", raw_ttl_days=7).apply()
    try:
        return store(other, agent_bus), store(warehouse.database, tap_bus)
    finally:
        warehouse.client.command(f"DROP DATABASE IF EXISTS {other} SYNC")
        warehouse.client.command(f"DROP DATABASE IF EXISTS cpr_{other[3:]} SYNC")
