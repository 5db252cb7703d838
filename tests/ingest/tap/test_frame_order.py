"""Analytics gets a call's frames in the order the relay read them, which is the order of cause and
effect, even when forwarding a frame takes long (a 2 MB prompt written to a slow agent) and the agent's
reply to it is relayed meanwhile. Handed over after forwarding, the reply was observed (and stamped)
before its prompt and stored split in two (seen through the compiled relay in
tests/reliability/test_tap_oversized.py, once under load; the Python relay had the same order)."""

from __future__ import annotations

import asyncio
from typing import Any

from ingest.tap.observing import FrameItem, ObserverStats
from ingest.tap.proxy import TapConfig, TapServer, _Session

PROMPT, REPLY = '{"type":"prompt","voicePrompt":"..."}', '{"type":"text","token":"Hi","last":true}'


class _Sink:
    """A frame sink that keeps what it is handed, in order."""

    def __init__(self) -> None:
        self.items: list[FrameItem] = []
        self.totals, self.errors = ObserverStats(), 0

    def put(self, item: FrameItem, *, essential: bool = False) -> bool:
        self.items.append(item)
        return True

    def wait_idle(self, timeout_s: float) -> bool:
        return True

    def close(self, timeout_s: float) -> int:
        return 0


class _Socket:
    """One side of a call. ``recv`` yields ``frames`` once ``ready`` is set, then waits for ever.
    ``send`` of ``slow`` is a long write: it sets ``writing`` and returns once ``released`` is set;
    any other ``send`` sets ``delivered``."""

    def __init__(self, frames: list[str], ready: asyncio.Event, *, slow: str = "") -> None:
        self.frames, self.ready, self.slow = frames, ready, slow
        self.writing, self.released, self.delivered = asyncio.Event(), asyncio.Event(), asyncio.Event()

    async def recv(self) -> str:
        await self.ready.wait()
        if not self.frames:
            await asyncio.Event().wait()
        return self.frames.pop(0)

    async def send(self, frame: str) -> None:
        if frame == self.slow:
            self.writing.set()
            await self.released.wait()
        else:
            self.delivered.set()


def test_a_reply_relayed_while_its_prompt_is_still_being_written_is_observed_after_it() -> None:
    async def scenario() -> list[str]:
        go = asyncio.Event()
        go.set()
        twilio = _Socket([PROMPT], go)
        agent = _Socket([REPLY], asyncio.Event(), slow=PROMPT)  # writing the prompt to it takes long
        agent.ready = agent.writing  # it answers once the prompt is on its way
        twilio.delivered = agent.released  # and the long write ends after the reply reached the caller
        sink = _Sink()
        tap = TapServer(TapConfig(upstream_url="ws://127.0.0.1:9/ws"), analytics=sink)
        session: Any = _Session(twilio=twilio, upstream=agent, key=1)  # type: ignore[arg-type]
        pumps = [asyncio.create_task(tap._pump(session, side)) for side in ("twilio", "agent")]
        await asyncio.wait_for(agent.released.wait(), 5)
        for _ in range(5):  # let both pumps hand over what they relayed
            await asyncio.sleep(0)
        for pump in pumps:
            pump.cancel()
        await asyncio.gather(*pumps, return_exceptions=True)
        return [item[1] for item in sink.items]

    assert asyncio.run(scenario()) == ["twilio", "agent"]
