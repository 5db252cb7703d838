"""Fixtures of the agent server tests: the app on a real 127.0.0.1 port, a Twilio-side WebSocket
client that signs its handshake like Twilio, and the events the agent emitted."""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field, replace
from types import SimpleNamespace
from typing import Any

import pytest
from twilio.request_validator import RequestValidator
from websockets.asyncio.client import ClientConnection, connect

from agent.backend.sample import SampleBackend
from agent.config import AgentConfig
from agent.server.app import create_app
from agent.server.testing import running_agent
from ingest.codec import decode
from ingest.contract.models import TurnEvent
from ingest.emit.inprocess import InProcessBus
from ingest.relay.frames import Prompt, Setup

TOKEN = "test_auth_token"
PUBLIC = "https://agent.example.com"
CALL_SID = "CA" + "0" * 31 + "1"
FAST = AgentConfig(
    public_base_url=PUBLIC,
    twilio_auth_token=TOKEN,
    tts_chars_per_s=1_000_000.0,  # nothing to wait for before `end`
    idle_timeout_s=30.0,
    filler_after_ms=5_000,
    admin_token="admin-secret",
)


def setup_frame(call_sid: str = CALL_SID, **params: str) -> dict[str, Any]:
    return Setup(
        session_id="VX" + "0" * 32,
        call_sid=call_sid,
        account_sid="AC" + "0" * 32,
        from_="+14155550198",
        to="+18005550101",
        call_status="RINGING",
        custom_parameters=params or {"workflow": "billing"},
    ).frame()


def prompt(text: str, last: bool = True) -> dict[str, Any]:
    return Prompt(text, last, "en-US").frame()


def ws_signature(url: str = "wss://agent.example.com/ws", params: dict[str, str] | None = None) -> str:
    return str(RequestValidator(TOKEN).compute_signature(url, params or {}))


@dataclass
class Reply:
    """One agent talk cycle as Twilio received it."""

    frames: list[dict[str, Any]] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "".join(f.get("token", "") for f in self.frames if f["type"] == "text")


class Caller:
    """Twilio's side of one call."""

    def __init__(self, ws: ClientConnection) -> None:
        self.ws = ws
        self.end: dict[str, Any] | None = None

    async def send(self, frame: dict[str, Any] | str) -> None:
        await self.ws.send(frame if isinstance(frame, str) else json.dumps(frame))

    async def say(self, text: str) -> Reply:
        await self.send(prompt(text))
        return await self.reply()

    async def reply(self, timeout: float = 10.0) -> Reply:
        """Frames up to the end of the next talk cycle (or an ``end`` frame)."""
        reply = Reply()
        while True:
            frame = json.loads(await asyncio.wait_for(self.ws.recv(), timeout))
            reply.frames.append(frame)
            if frame["type"] == "end":
                self.end = frame
                return reply
            if frame.get("last"):
                return reply

    async def until_end(self, timeout: float = 10.0) -> list[Reply]:
        replies = []
        while self.end is None:
            replies.append(await self.reply(timeout))
        return replies


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

    def events(self, call_sid: str = CALL_SID, wait_for: str | None = "call.ended") -> list[TurnEvent]:
        """The call's events so far; waits (briefly) until ``wait_for`` was emitted."""
        deadline = time.monotonic() + 5
        while True:
            self.seen += [decode(v) for _, v, _ in self.bus.poll(10_000)]
            mine = [e for e in self.seen if e.call_sid == call_sid]
            if wait_for is None or any(e.type == wait_for for e in mine) or time.monotonic() > deadline:
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


def types(events: list[TurnEvent]) -> list[str]:
    return [e.type for e in events]


@pytest.fixture
def kit() -> SimpleNamespace:
    """The helpers above, for test modules (conftest modules are not importable by name here)."""
    return SimpleNamespace(
        setup_frame=setup_frame,
        prompt=prompt,
        ws_signature=ws_signature,
        Caller=Caller,
        types=types,
        CALL_SID=CALL_SID,
        TOKEN=TOKEN,
        PUBLIC=PUBLIC,
    )
