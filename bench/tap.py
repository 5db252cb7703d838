"""What the relay tap adds to a live call, with its embedded analytics pipeline on: caller-side round
trips (a ``prompt`` sent -> the agent's first ``text`` frame back) direct to an agent and through a
``callpulse tap`` process in front of it, in the same run, 100 concurrent calls each way.

Goal (architecture.md, "the media path never waits for analytics"): added p99 <= 0.5 ms and the
longest added pause <= 5 ms. Figures are printed, never asserted.

    .venv/bin/python bench/tap.py                          # starts the reference agent itself
    .venv/bin/python bench/tap.py --upstream ws://host:port/ws   # any ConversationRelay agent

The tap runs as its own process (``callpulse tap --sink embedded``: events -> redaction -> call state
-> metrics -> chDB), exactly as an operator runs it; the callers run here, in another process, so the
tap's analytics cannot slow the measuring side. Direct and tapped phases alternate (``--repeat``), so
both see the same machine. "Added" is tapped minus direct at the same percentile; the longest added
pause is the slowest tapped round trip minus the slowest direct one.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from websockets.asyncio.client import connect

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "support"))
from relay_calls import callpulse_env, http_get, start_callpulse

from agent.server.testing import free_port

PROMPT = json.dumps(
    {"type": "prompt", "voicePrompt": "What are your opening hours?", "lang": "en-US", "last": True}
)


def _setup(run: str, i: int) -> str:
    sid = f"{run}{i:06d}".ljust(32, "0")[:32]
    return json.dumps(
        {
            "type": "setup", "sessionId": f"VX{sid}", "accountSid": "AC" + "0" * 32, "parentCallSid": "",
            "callSid": f"CA{sid}", "from": "+14155550123", "to": "+18885550150", "forwardedFrom": "",
            "callType": "PSTN", "callerName": "", "direction": "inbound", "callStatus": "RINGING",
            "customParameters": {"workflow": "billing"},
        }
    )  # fmt: skip


async def _call(url: str, setup: str, trips: int, gap_s: float, out: list[float]) -> None:
    async with connect(url, compression=None, max_size=None) as ws:
        await ws.send(setup)
        for _ in range(trips):
            await asyncio.sleep(gap_s * (0.5 + random.random()))  # the caller speaks between answers
            start = time.perf_counter()
            await ws.send(PROMPT)
            frame = await ws.recv()
            out.append((time.perf_counter() - start) * 1000)
            while not json.loads(frame).get("last"):
                frame = await ws.recv()


async def _phase(url: str, run: str, calls: int, trips: int, gap_s: float) -> list[float]:
    out: list[float] = []
    await asyncio.gather(*(_call(url, _setup(run, i), trips, gap_s, out) for i in range(calls)))
    return out


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


async def _greets(url: str) -> bool:
    """Whether the agent sends something right after ``setup`` (the reference agent does not: Twilio
    speaks its greeting); the timed loop must not take that frame for an answer."""
    async with connect(url, compression=None) as ws:
        await ws.send(_setup("probe", 0))
        try:
            await asyncio.wait_for(ws.recv(), 0.5)
            return True
        except TimeoutError:
            return False


async def main(args: argparse.Namespace) -> None:
    data = Path(tempfile.mkdtemp(prefix="bench-tap-"))
    procs: list[Any] = []
    try:
        upstream = args.upstream
        if not upstream:
            port = free_port()
            env = callpulse_env(
                data / "agent",
                8.0,
                CALLPULSE_AGENT_VALIDATE_SIGNATURES="false",
                CALLPULSE_AGENT_IDLE_TIMEOUT_S="600",
            )
            env["CALLPULSE_REDACTION_ENGINE"] = args.redaction
            if (
                args.agent_emitter == "none"
            ):  # events to a Kafka port nobody listens on: buffered, no pipeline
                env.update(
                    CALLPULSE_AGENT_EMITTER="kafka", CALLPULSE_KAFKA_BOOTSTRAP=f"127.0.0.1:{free_port()}"
                )
            proc, _ = await start_callpulse(["agent", "serve", "--port", str(port)], env, "Uvicorn running")
            procs.append(proc)
            upstream = f"ws://127.0.0.1:{port}/ws"
        tap_lines: list[str] = []
        if args.tap:  # a tap already running in front of --upstream
            tapped_url = args.tap
            tap_port = int(args.tap.rsplit(":", 1)[1].split("/", 1)[0])
        else:
            tap_port = free_port()
            env = callpulse_env(data / "tap", 8.0)
            env["CALLPULSE_REDACTION_ENGINE"] = args.redaction
            tap_args = [
                "tap",
                "--listen",
                f"127.0.0.1:{tap_port}",
                "--upstream",
                upstream,
                "--sink",
                "embedded",
            ]
            proc, tap_lines = await start_callpulse(tap_args, env, "tap: analytics pipeline ready")
            procs.append(proc)
            tapped_url = f"ws://127.0.0.1:{tap_port}/ws"
        if await _greets(upstream):
            raise SystemExit(
                "the agent sends a frame right after setup; this bench expects Twilio's greeting"
            )
        gap_s = args.gap_ms / 1000
        await _phase(upstream, "warmd", 10, 5, gap_s)
        await _phase(tapped_url, "warmt", 10, 5, gap_s)
        direct: list[float] = []
        tapped: list[float] = []
        for r in range(args.repeat):  # alternate, so both see the same machine
            run = f"{r}{os.getpid() % 1000:03d}"
            direct += await _phase(upstream, f"d{run}", args.calls, args.trips, gap_s)
            tapped += await _phase(tapped_url, f"t{run}", args.calls, args.trips, gap_s)
        _, health = await http_get(tap_port, "/healthz") if not args.tap else (0, "")
    finally:
        for proc in reversed(procs):
            proc.terminate()
            await proc.wait()
    print(f"bench/tap.py: {len(direct):,} round trips direct and {len(tapped):,} through the tap")
    print(
        f"  {args.calls} concurrent calls x {args.trips} round trips x {args.repeat} rounds each way, "
        f"a caller pause of {args.gap_ms} ms +-50% before each prompt;"
    )
    print(
        f"  upstream {'the reference agent (callpulse agent serve)' if not args.upstream else args.upstream}"
    )
    print(f"  tap: callpulse tap --sink embedded, redaction {args.redaction}; load {os.getloadavg()[0]:.2f}")
    print(f"{'round trip ms':<16}{'p50':>9}{'p99':>9}{'p99.9':>9}{'max':>9}{'mean':>9}")
    for name, values in (("direct", direct), ("through tap", tapped)):
        row = [pct(values, 0.5), pct(values, 0.99), pct(values, 0.999), max(values), statistics.fmean(values)]
        print(f"{name:<16}" + "".join(f"{v:>9.3f}" for v in row))
    added = [pct(tapped, q) - pct(direct, q) for q in (0.5, 0.99, 0.999)]
    print(
        f"added by the tap: p50 {added[0]:+.3f} ms, p99 {added[1]:+.3f} ms, p99.9 {added[2]:+.3f} ms; "
        f"longest added pause {max(tapped) - max(direct):+.3f} ms"
    )
    print(f"tap health at the end: {health.strip()}")
    print("tap exit: " + " ".join(line.strip() for line in tap_lines if line.startswith("tap:")))


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--upstream", default="", help="the agent's ws:// URL (default: start the reference agent)"
    )
    parser.add_argument("--tap", default="", help="a tap already running in front of --upstream (ws:// URL)")
    parser.add_argument("--calls", type=int, default=100, help="concurrent calls per phase")
    parser.add_argument("--trips", type=int, default=50, help="round trips per call")
    parser.add_argument("--repeat", type=int, default=2, help="direct/tapped rounds")
    parser.add_argument("--gap-ms", type=int, default=200, help="mean caller pause before each prompt")
    parser.add_argument(
        "--agent-emitter",
        choices=("embedded", "none"),
        default="embedded",
        help="the started reference agent's own events: its embedded pipeline, or none (a lighter agent)",
    )
    parser.add_argument("--redaction", choices=("presidio", "patterns"), default="presidio")
    asyncio.run(main(parser.parse_args()))
