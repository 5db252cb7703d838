"""The media path never waits for analytics: the tap relays a whole exchange while its event emitter
is stuck, and when the analytics queue is full it drops frames with a count and a dead-letter note
instead of slowing the call (the call still ends in the event stream)."""

from __future__ import annotations

import asyncio
import json
import threading
from typing import Any

import pytest
from fake_relay_agent import FakeAgent, FakeAgentOptions
from relay_setup import ringing
from websockets.asyncio.client import connect

from ingest.contract.models import TurnEvent
from ingest.deadletter import DeadLetterNote
from ingest.emit.base import EmitterStats
from ingest.tap.compiled_relay import CompiledTap
from ingest.tap.proxy import TapConfig, TapServer

SETUP = ringing("CA" + "3" * 32, "VX" + "1" * 32).frame()
PROMPT = {"type": "prompt", "voicePrompt": "What is my balance?", "lang": "en-US", "last": True}
STUCK_FOR_AT_MOST_S = 10.0  # a failure detector, not a timing: the old tap stalled here forever


class StuckEmitter:
    """An emitter whose ``emit`` blocks until the caller has heard its answers (or gives up)."""

    def __init__(self) -> None:
        self.release = threading.Event()
        self.events: list[TurnEvent] = []
        self.notes: list[DeadLetterNote] = []
        self.gave_up = False

    def emit(self, event: TurnEvent) -> bool:
        if not self.release.wait(STUCK_FOR_AT_MOST_S):
            self.gave_up = True
        self.events.append(event)
        return True

    def emit_dead_letter(self, note: DeadLetterNote) -> bool:
        self.notes.append(note)
        return True

    def flush(self, timeout_s: float) -> int:
        return 0

    def close(self, timeout_s: float) -> int:
        return 0

    @property
    def stats(self) -> EmitterStats:
        return EmitterStats(emitted=len(self.events), delivered=len(self.events))


TAPS: dict[str, Any] = {"python": TapServer, "go": CompiledTap}  # the relay in this process, or compiled
BOTH = pytest.mark.parametrize("relay", list(TAPS))


def _call(emitter: StuckEmitter, prompts: int, relay: str, **config: Any) -> tuple[list[str], Any]:
    """Play ``prompts`` caller turns through a tap, hang up, then let the emitter go."""
    heard: list[str] = []

    async def caller(url: str) -> None:
        async with connect(url, compression=None) as ws:
            await ws.send(json.dumps(SETUP))
            for _ in range(prompts):
                await ws.send(json.dumps(PROMPT))
                while not (frame := json.loads(await ws.recv())).get("last"):
                    heard.append(frame["token"])
        emitter.release.set()  # only now may analytics go on

    async def go() -> Any:
        async with FakeAgent(FakeAgentOptions(think_ms=0, chunk_gap_ms=0)).running() as agent_url:
            tap = TAPS[relay](TapConfig(upstream_url=agent_url, **config), emitter)
            async with tap.running() as port:
                await asyncio.wait_for(caller(f"ws://127.0.0.1:{port}/ws"), STUCK_FOR_AT_MOST_S * 3)
        return tap

    tap = asyncio.run(go())
    return heard, tap


@BOTH
def test_the_relay_forwards_a_whole_exchange_while_the_emitter_is_stuck(relay: str) -> None:
    emitter = StuckEmitter()
    heard, tap = _call(emitter, 3, relay)
    assert not emitter.gave_up  # the answers reached the caller while every emit was still blocked
    assert "".join(heard).count("Sure, I can help") == 3
    types = [e.type for e in emitter.events]
    assert types[0] == "call.started" and types.count("caller.utterance") == 3
    assert types.count("agent.utterance") == 3 and types[-1] == "call.ended"
    assert tap.stats.lost_frames == 0 and emitter.notes == []


@BOTH
def test_a_full_analytics_queue_drops_frames_counted_and_noted_and_the_call_still_ends(relay: str) -> None:
    emitter = StuckEmitter()
    heard, tap = _call(emitter, 3, relay, analytics_queue=2)
    assert not emitter.gave_up and "".join(heard).count("Sure, I can help") == 3
    assert tap.stats.lost_frames > 0
    assert tap.stats.totals.lost_frames == tap.stats.lost_frames
    ended = [e for e in emitter.events if e.type == "call.ended"]
    assert len(ended) == 1 and ended[0].data.reason == "hangup"  # type: ignore[union-attr]
    assert [(n.call_sid, n.reason_code, n.origin) for n in emitter.notes] == [
        (SETUP["callSid"], "producer_overload", "tap")
    ]
    assert emitter.notes[0].reason.startswith(f"{tap.stats.lost_frames} frames relayed but not observed")
