"""Per-frame latency the relay tap adds: round trips caller -> agent -> caller, direct vs through the tap.

The agent answers every ``prompt`` with one ``text`` token, so each round trip crosses the tap twice
and makes it derive events both ways (a ``caller.utterance`` per prompt, token chunks per answer,
built and validated by the event factory and handed to the in-process bus). Figures are printed,
never asserted. Run: ``.venv/bin/python bench/tap.py [--frames 5000]``.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import time

from websockets.asyncio.client import connect
from websockets.asyncio.server import ServerConnection, serve

from ingest.emit.inprocess import InProcessBus
from ingest.tap.proxy import TapConfig, TapServer

SETUP = {
    "type": "setup", "sessionId": "VX" + "1" * 32, "accountSid": "AC" + "0" * 32, "parentCallSid": "",
    "callSid": "CA" + "2" * 32, "from": "+14155550123", "to": "+18885550150", "forwardedFrom": "",
    "callType": "PSTN", "callerName": "", "direction": "inbound", "callStatus": "RINGING",
    "customParameters": {"workflow": "billing"},
}  # fmt: skip
PROMPT = json.dumps(
    {"type": "prompt", "voicePrompt": "I'd like to pay my bill, please.", "lang": "en-US", "last": True}
)
TOKEN = json.dumps({"type": "text", "token": "Sure, I can help with that. ", "last": False})


async def agent(ws: ServerConnection) -> None:
    async for frame in ws:
        if '"prompt"' in frame:
            await ws.send(TOKEN)


async def round_trips(url: str, frames: int) -> list[float]:
    out = []
    async with connect(url, compression=None) as ws:
        await ws.send(json.dumps(SETUP))
        for _ in range(frames):
            t = time.perf_counter()
            await ws.send(PROMPT)
            await ws.recv()
            out.append((time.perf_counter() - t) * 1000)
    return out


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


async def main(frames: int, repeat: int) -> None:
    bus = InProcessBus(capacity=10_000_000)
    async with serve(agent, "127.0.0.1", 0, compression=None) as server:
        port = next(iter(server.sockets)).getsockname()[1]
        upstream = f"ws://127.0.0.1:{port}/ws"
        tap = TapServer(TapConfig(upstream_url=upstream), bus)
        async with tap.running() as tap_port:
            direct, tapped = [], []
            for _ in range(repeat):  # interleaved, so both see the same machine load
                direct += await round_trips(upstream, frames)
                tapped += await round_trips(f"ws://127.0.0.1:{tap_port}/ws", frames)
    print(f"{frames * repeat:,} round trips each (a prompt up, a token down), one client, loopback")
    print(f"{'':<14}{'p50 ms':>9}{'p99 ms':>9}{'mean ms':>9}")
    for name, values in (("direct", direct), ("through tap", tapped)):
        print(f"{name:<14}{pct(values, 0.5):>9.3f}{pct(values, 0.99):>9.3f}{statistics.fmean(values):>9.3f}")
    added50 = (pct(tapped, 0.5) - pct(direct, 0.5)) / 2
    added99 = (pct(tapped, 0.99) - pct(direct, 0.99)) / 2
    print(f"added per frame (one direction): p50 {added50:.3f} ms, p99 {added99:.3f} ms")
    print(f"events derived: {bus.stats.emitted:,} (dropped {bus.stats.dropped})")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--frames", type=int, default=2_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    asyncio.run(main(args.frames, args.repeat))
