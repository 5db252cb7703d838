"""How a tapped call ends names the side that ended it: only Twilio's side closing is a hang-up; an
agent that drops, errors or breaks the protocol is a failed call with that cause (never a caller who
abandoned). Each test runs a real tap between a WebSocket caller and a scripted agent on 127.0.0.1."""

from __future__ import annotations

import asyncio
import contextlib
import json
from collections.abc import Awaitable, Callable

import pytest
from relay_setup import ringing
from websockets.asyncio.client import ClientConnection, connect
from websockets.asyncio.server import ServerConnection, serve
from websockets.exceptions import ConnectionClosed

from ingest.clock import SystemClock
from ingest.codec import decode
from ingest.contract.models import TurnEvent
from ingest.emit.inprocess import InProcessBus
from ingest.tap.compiled_relay import CompiledRelay, RelayArgs
from ingest.tap.observing import LocalAnalytics
from ingest.tap.proxy import TapConfig, TapServer

SETUP = json.dumps(ringing("CA" + "2" * 32, "VX" + "1" * 32).frame())
PROMPT = json.dumps({"type": "prompt", "voicePrompt": "What do I owe?", "lang": "en-US", "last": True})
TOKEN = json.dumps({"type": "text", "token": "You owe nothing.", "last": True})
INVALID_UTF8 = b"\xff\xfe not text"

AgentScript = Callable[[ServerConnection], Awaitable[None]]
CallerScript = Callable[[ClientConnection], Awaitable[None]]


async def _answer_then(ws: ServerConnection, then: Callable[[ServerConnection], Awaitable[None]]) -> None:
    await ws.recv()  # setup
    await ws.recv()  # prompt
    await ws.send(TOKEN)
    await then(ws)


def _run(
    agent: AgentScript, caller: CallerScript, relay: str = "python"
) -> tuple[list[TurnEvent], int | None, int]:
    """One call through the ``relay`` (this process's, or the compiled one): the caller sends setup and
    a prompt, reads the answer, then follows its script. Returns the events, the caller's close code
    and the observer errors."""
    bus = InProcessBus()
    codes: list[int | None] = []

    async def caller_side(url: str) -> None:
        async with connect(url, compression=None) as ws:
            await ws.send(SETUP)
            await ws.send(PROMPT)
            assert json.loads(await ws.recv()) == json.loads(TOKEN)
            await caller(ws)
            with pytest.raises(ConnectionClosed):
                while True:
                    await ws.recv()
            codes.append(ws.close_code)

    async def go() -> int:
        async def handler(ws: ServerConnection) -> None:
            with contextlib.suppress(ConnectionClosed):
                await agent(ws)
                while True:
                    await ws.recv()

        async with serve(handler, "127.0.0.1", 0, compression=None) as server:
            port = next(iter(server.sockets)).getsockname()[1]
            upstream = f"ws://127.0.0.1:{port}/ws"
            if relay == "go":
                return await _through_compiled(upstream, bus, caller_side)
            tap = TapServer(TapConfig(upstream_url=upstream), bus)
            async with tap.running() as tap_port:
                await asyncio.wait_for(caller_side(f"ws://127.0.0.1:{tap_port}/ws"), 20)
        return tap.stats.observer_errors

    errors = asyncio.run(go())
    return [decode(v) for _, v, _ in bus.poll(10_000)], codes[0], errors


async def _through_compiled(
    upstream: str, bus: InProcessBus, caller_side: Callable[[str], Awaitable[None]]
) -> int:
    """The call through ``callpulse-relay`` (``make tap-relay``), observed on a thread here."""
    analytics = LocalAnalytics(TapConfig(upstream_url=upstream).observer_spec, bus, SystemClock())
    relay = CompiledRelay(RelayArgs(listen="127.0.0.1:0", upstream=upstream, drain_s=0.0), analytics)
    port = await relay.start()
    try:
        await asyncio.wait_for(caller_side(f"ws://127.0.0.1:{port}/ws"), 20)
    finally:
        assert await relay.stop(10.0) == 0
        assert analytics.close(10.0) == 0
    return analytics.errors


def _ending(events: list[TurnEvent]) -> tuple[str, str]:
    ended = [e for e in events if e.type == "call.ended"]
    assert len(ended) == 1, [e.type for e in events]
    return ended[0].data.status, ended[0].data.reason  # type: ignore[union-attr]


async def _wait_for_close(ws: ServerConnection) -> None:
    while True:
        await ws.recv()


async def _agent_drops(ws: ServerConnection) -> None:
    await _answer_then(ws, _abort)


async def _abort(ws: ServerConnection) -> None:
    ws.transport.abort()


async def _agent_closes_1011(ws: ServerConnection) -> None:
    await _answer_then(ws, lambda w: w.close(1011, "agent crashed"))


async def _agent_sends_bad_utf8(ws: ServerConnection) -> None:
    await _answer_then(ws, lambda w: w.send(INVALID_UTF8, text=True))


async def _agent_waits(ws: ServerConnection) -> None:
    await _answer_then(ws, _wait_for_close)


async def _caller_hangs_up(ws: ClientConnection) -> None:
    await ws.close(1000)


async def _twilio_closes_malformed(ws: ClientConnection) -> None:
    await ws.close(1007, "Too many consecutive malformed messages")


async def _caller_sends_bad_utf8(ws: ClientConnection) -> None:
    await ws.send(INVALID_UTF8, text=True)


async def _caller_waits(ws: ClientConnection) -> None:
    pass  # the agent's script ends the call


@pytest.mark.parametrize(
    ("agent", "caller", "ending", "twilio_close"),
    [
        pytest.param(_agent_waits, _caller_hangs_up, ("completed", "hangup"), 1000, id="caller-hangs-up"),
        pytest.param(_agent_drops, _caller_waits, ("failed", "upstream_lost"), 1011, id="agent-socket-drops"),
        pytest.param(
            _agent_closes_1011, _caller_waits, ("failed", "agent_error"), 1011, id="agent-closes-1011"
        ),
        pytest.param(
            _agent_sends_bad_utf8,
            _caller_waits,
            ("failed", "protocol_error"),
            1011,
            id="agent-sends-bad-frame",
        ),
        pytest.param(
            _agent_waits,
            _caller_sends_bad_utf8,
            ("failed", "protocol_error"),
            1007,
            id="caller-sends-bad-frame",
        ),
        pytest.param(
            _agent_waits,
            _twilio_closes_malformed,
            ("failed", "protocol_error"),
            1007,
            id="twilio-closes-1007",
        ),
    ],
)
@pytest.mark.parametrize("relay", ["python", "go"])
def test_the_end_reason_names_the_side_that_ended_the_call(
    agent: AgentScript, caller: CallerScript, ending: tuple[str, str], twilio_close: int, relay: str
) -> None:
    events, code, errors = _run(agent, caller, relay)
    assert _ending(events) == ending
    assert code == twilio_close
    assert errors == 0
