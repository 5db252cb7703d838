"""The rules policy's time to first helpful word on localhost (goal: p95 <= 100 ms).

Starts the agent with uvicorn on 127.0.0.1 and plays billing calls over a real WebSocket, signed
like Twilio. Per caller turn it measures, on the client: prompt sent -> the text frame carrying the
first helpful word arrived (helpful = after the leading fillers of ``stream/metrics`` lexicon, the
same rule callpulse reports), and prompt sent -> first token. Figures are printed, never asserted.

    .venv/bin/python bench/agent_ttfhw.py --calls 40
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import time

from twilio.request_validator import RequestValidator
from websockets.asyncio.client import ClientConnection, connect

from agent.config import AgentConfig
from agent.server.app import create_app
from agent.server.testing import running_agent
from ingest.emit.inprocess import InProcessBus
from ingest.lexicon.phrases import FILLERS, load_lexicon
from stream.metrics.fillers import helpful_offset

TOKEN = "bench_token"
LINES = (  # (what the caller says, how many talk cycles the agent answers with)
    ("Hi, I'd like to pay my bill.", 1),
    ("My number is four one five, five five five, oh one nine eight.", 1),
    ("It's March third nineteen eighty two.", 2),
    ("Yes, I'd like to pay the full amount with the card on file.", 1),
    ("The last four are 8 8 2 1.", 1),
    ("Great, thanks.", 1),
)


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


async def turn(ws: ClientConnection, text: str, cycles: int, fillers: object) -> tuple[float, float | None]:
    """(ms to first token, ms to the first helpful word) for one caller turn of ``cycles`` talk cycles."""
    sent = time.perf_counter()
    await ws.send(json.dumps({"type": "prompt", "voicePrompt": text, "lang": "en-US", "last": True}))
    first: float | None = None
    helpful: float | None = None
    cycle: list[tuple[str, float]] = []
    while cycles:
        frame = json.loads(await ws.recv())
        now = time.perf_counter()
        if frame.get("token"):
            first = first if first is not None else now
            cycle.append((frame["token"], now))
        if frame.get("last"):
            cycles -= 1
            offset = helpful_offset("".join(t for t, _ in cycle), fillers)  # type: ignore[arg-type]
            if offset is not None and helpful is None:
                end = 0
                for token, at in cycle:
                    end += len(token)
                    if end > offset:
                        helpful = at
                        break
            cycle = []
    assert first is not None
    return (first - sent) * 1000, None if helpful is None else (helpful - sent) * 1000


async def one_call(url: str, signature: str, n: int, fillers: object) -> list[tuple[float, float | None]]:
    out = []
    async with connect(url, additional_headers={"X-Twilio-Signature": signature}) as ws:
        setup = {"type": "setup", "sessionId": f"VX{n:032x}", "callSid": f"CA{n:032x}", "from": "+14155550198",
                 "to": "+18005550101", "direction": "inbound", "customParameters": {"workflow": "billing"}}  # fmt: skip
        await ws.send(json.dumps(setup))
        for line, cycles in LINES:
            out.append(await turn(ws, line, cycles, fillers))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--calls", type=int, default=40)
    args = parser.parse_args()
    config = AgentConfig(
        public_base_url="https://agent.example.com",
        twilio_auth_token=TOKEN,
        tts_chars_per_s=1e9,
        idle_timeout_s=60,
    )
    signature = RequestValidator(TOKEN).compute_signature(config.ws_url, {})
    fillers = load_lexicon(FILLERS)
    with running_agent(create_app(config, InProcessBus())) as base:
        url = base.replace("http", "ws", 1) + "/ws"
        results: list[tuple[float, float | None]] = []
        for n in range(args.calls):
            results += asyncio.run(one_call(url, signature, n, fillers))
    first = [f for f, _ in results]
    helpful = [h for _, h in results if h is not None]
    print(f"agent_ttfhw: {args.calls} calls, {len(results)} turns over WebSocket on 127.0.0.1 (rules policy)")
    print(
        f"  first token   p50 {statistics.median(first):6.2f} ms  p95 {pct(first, 0.95):6.2f} ms  max {max(first):6.2f} ms"
    )
    print(
        f"  helpful word  p50 {statistics.median(helpful):6.2f} ms  p95 {pct(helpful, 0.95):6.2f} ms  "
        f"max {max(helpful):6.2f} ms  (goal p95 <= 100 ms; {len(results) - len(helpful)} turns all filler)"
    )


if __name__ == "__main__":
    main()
