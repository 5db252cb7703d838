"""Fixtures of the agent server tests: the app on a real 127.0.0.1 port and the events it emitted;
Twilio's side of a call is in ``tests/support/agent_calls.py``."""

from __future__ import annotations

import time
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field, replace
from typing import Any

import pytest
from agent_calls import CALL_SID, PUBLIC, TOKEN, Caller, setup_frame, ws_signature
from websockets.asyncio.client import connect

from agent.backend.sample import SampleBackend
from agent.config import AgentConfig
from agent.server.app import create_app
from agent.server.testing import running_agent
from ingest.codec import decode
from ingest.contract.models import TurnEvent
from ingest.emit.inprocess import InProcessBus

FAST = AgentConfig(
    public_base_url=PUBLIC,
    twilio_auth_token=TOKEN,
    tts_chars_per_s=1_000_000.0,  # nothing to wait for before `end`
    idle_timeout_s=30.0,
    filler_after_ms=5_000,
    admin_token="admin-secret",
)


@dataclass
class Agent:
    base_url: str
    bus: InProcessBus
    backend: SampleBackend
    config: AgentConfig
    seen: list[TurnEvent] = field(default_factory=list)

    @property
    def ws_url(self) -> str:
        return self.base_url.replace("http", "ws", 1) + "/ws"

    def call(self, headers: dict[str, str] | None = None, query: str = "") -> Any:
        sig = {"X-Twilio-Signature": ws_signature()} if headers is None else headers
        return connect(self.ws_url + query, additional_headers=sig)

    @asynccontextmanager
    async def started(
        self, headers: dict[str, str] | None = None, query: str = "", call_sid: str = CALL_SID, **params: str
    ) -> AsyncIterator[Caller]:
        """A signed call whose ``setup`` was sent (``params``: its custom parameters)."""
        async with self.call(headers, query) as ws:
            caller = Caller(ws)
            await caller.send(setup_frame(call_sid, **params))
            yield caller

    def events(
        self, call_sid: str = CALL_SID, wait_for: str | None = "call.ended", count: int = 1
    ) -> list[TurnEvent]:
        """The call's events so far; waits (briefly) until ``count`` events of type ``wait_for`` were
        emitted (a call SID with two sessions has two ``call.ended``: the agent emits off its event loop,
        so the second session's events may still be on their way when its socket has closed)."""
        deadline = time.monotonic() + 5
        while True:
            self.seen += [decode(v) for _, v, _ in self.bus.poll(10_000)]
            mine = [e for e in self.seen if e.call_sid == call_sid]
            done = wait_for is None or sum(e.type == wait_for for e in mine) >= count
            if done or time.monotonic() > deadline:
                return mine
            time.sleep(0.02)


@pytest.fixture
def make_agent() -> Iterator[Callable[..., Agent]]:
    stack: list[Any] = []

    def make(policy: Any = None, **overrides: Any) -> Agent:
        config = replace(FAST, **overrides)
        bus = InProcessBus()
        backend = SampleBackend()
        cm = running_agent(create_app(config, bus, backend, policy=policy))
        base = cm.__enter__()
        stack.append(cm)
        return Agent(base, bus, backend, config)

    yield make
    for cm in reversed(stack):
        cm.__exit__(None, None, None)


@pytest.fixture
def agent(make_agent: Callable[..., Agent]) -> Agent:
    return make_agent()
