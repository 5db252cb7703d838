"""A call through the tap whose caller prompt and agent reply break the contract's limits stays whole
in analytics (issue 14, finding 5).

Measured before the fix: a 2 MB caller prompt was relayed intact, but its caller.utterance (text over
20,000 characters) and the agent's reply sent as 2,001 token frames (over 2,000 chunks) were refused
by the contract and vanished: no event, no dead letter, no count. Now the relay still carries every
byte, and the tap's events hold both utterances cut to the limits and flagged ``truncated``, so the
call keeps its turn. A real tap between a WebSocket caller and a scripted agent on 127.0.0.1.
"""

from __future__ import annotations

import asyncio
import contextlib
import json

import pytest
from relay_setup import ringing
from websockets.asyncio.client import connect
from websockets.asyncio.server import ServerConnection, serve
from websockets.exceptions import ConnectionClosed

from ingest.codec import decode
from ingest.contract.models import TurnEvent
from ingest.emit.inprocess import InProcessBus
from ingest.tap.compiled_relay import CompiledTap
from ingest.tap.proxy import TapConfig, TapServer

SETUP = ringing("CA" + "5" * 32, "VX" + "5" * 32).frame()
PROMPT_CHARS = 2_000_000
REPLY_TOKENS = 2_001
MAX_TEXT, MAX_CHUNKS = 20_000, 2_000  # the v1 contract's limits (ingest/schema)


async def _agent(ws: ServerConnection) -> None:
    """Reads setup and the prompt, answers in 2,001 token frames, then waits for the hang-up."""
    with contextlib.suppress(ConnectionClosed):
        await ws.recv()
        await ws.recv()
        for i in range(REPLY_TOKENS):
            await ws.send(json.dumps({"type": "text", "token": "ok ", "last": i == REPLY_TOKENS - 1}))
        while True:
            await ws.recv()


def _call(relay: str) -> tuple[int, list[TurnEvent], list[bytes]]:
    """One call; returns the tokens the caller heard, the tap's events and its other messages."""
    bus = InProcessBus()
    heard: list[str] = []

    async def caller(url: str) -> None:
        async with connect(url, compression=None, max_size=None) as ws:
            await ws.send(json.dumps(SETUP))
            prompt = {"type": "prompt", "voicePrompt": "a" * PROMPT_CHARS, "lang": "en-US", "last": True}
            await ws.send(json.dumps(prompt))
            while not (frame := json.loads(await ws.recv())).get("last"):
                heard.append(frame["token"])
            heard.append(frame["token"])
            await ws.close(1000)

    async def go() -> None:
        async with serve(_agent, "127.0.0.1", 0, compression=None, max_size=None) as agent:
            port = next(iter(agent.sockets)).getsockname()[1]
            tap_class = CompiledTap if relay == "go" else TapServer
            tap = tap_class(TapConfig(upstream_url=f"ws://127.0.0.1:{port}/ws"), bus)
            async with tap.running() as tap_port:
                await asyncio.wait_for(caller(f"ws://127.0.0.1:{tap_port}/ws"), 60)

    asyncio.run(go())
    events: list[TurnEvent] = []
    other: list[bytes] = []
    for _, value, _ in bus.poll(100_000):
        try:
            events.append(decode(value))
        except Exception:  # a producer's dead-letter note, or an event the contract refuses
            other.append(value)
    return len(heard), events, other


@pytest.mark.parametrize("relay", ["python", "go"])
def test_a_2_mb_prompt_and_a_2001_token_reply_are_relayed_whole_and_stored_cut_and_flagged(
    relay: str,
) -> None:
    heard, events, other = _call(relay)
    assert heard == REPLY_TOKENS  # the media path carried every frame

    types = [e.type for e in events]
    assert types[0] == "call.started" and types[-1] == "call.ended", types
    prompts = [e for e in events if e.type == "caller.utterance"]
    replies = [e for e in events if e.type == "agent.utterance"]
    assert len(prompts) == 1 and len(replies) == 1, f"utterance events lost: {types}"
    prompt, reply = prompts[0].data, replies[0].data
    assert len(prompt.text) == MAX_TEXT and prompt.truncated is True
    assert len(reply.chunks) == MAX_CHUNKS and reply.truncated is True
    assert other == []  # nothing had to be dead-lettered: cut to fit, the call stays whole
