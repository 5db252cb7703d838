"""Load: N concurrent simulated calls (every persona) against a ConversationRelay agent, and every
event the agent emitted reaching the embedded pipeline.

The agent is the test suite's small compliant fake agent (``tests/support/fake_relay_agent.py``),
or with ``--agent reference`` the reference agent (``agent.server``, rules policy, sample backend
with the live demo's per-call faults for the tool- and task-failure scenarios, signatures checked),
emitting its own turn events into the in-process bus; ``--through-tap`` puts the relay tap in front
of it and counts the tap's events instead. A thread feeds the pipeline while the calls run, as
``callpulse tap`` does. Printed, never asserted: protocol errors, handshake failures, events
emitted vs reaching the pipeline, peak concurrency, caller-side TTFT.

Run: ``.venv/bin/python bench/sim_load.py [--calls 200] [--time-scale 4] [--agent reference] [--through-tap]``.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "support"))

from fake_relay_agent import FakeAgent, FakeAgentOptions  # noqa: E402

from agent.backend.sample import SampleBackend  # noqa: E402
from agent.config import AgentConfig  # noqa: E402
from agent.server.app import create_app  # noqa: E402
from agent.server.testing import running_agent  # noqa: E402
from agent.simulator.live.config import RelayConfig, SimOptions  # noqa: E402
from agent.simulator.live.load import LoadPlan, run_load  # noqa: E402
from agent.simulator.live.report import CallReport, Summary  # noqa: E402
from callpulse.compose import MIGRATIONS_DIR  # noqa: E402
from callpulse.warehouse import Migrator, connect  # noqa: E402
from demos.faults import CallScopeMiddleware, PerCallFaults  # noqa: E402
from demos.live import scenario_faults  # noqa: E402
from ingest.clock import SystemClock  # noqa: E402
from ingest.emit.inprocess import InProcessBus  # noqa: E402
from ingest.tap.proxy import TapConfig, TapServer  # noqa: E402
from stream.messages import Position, RawMessage  # noqa: E402
from stream.pipeline import Pipeline  # noqa: E402

TOKEN = "bench-token"
PUBLIC = "wss://agent.example.com/ws"


class Feeder(threading.Thread):
    """Bus -> pipeline while the calls run; stops once asked and the bus is empty."""

    def __init__(self, bus: InProcessBus, pipeline: Pipeline) -> None:
        super().__init__(daemon=True)
        self.bus, self.pipeline, self.stop = bus, pipeline, threading.Event()
        self.fed = 0

    def run(self) -> None:
        clock = SystemClock()
        while True:
            batch = self.bus.poll(1_000)
            for _key, value, offset in batch:
                self.pipeline.submit(RawMessage(value, Position("sim-load", 0, offset), clock.now_ms()))
            self.fed += len(batch)
            self.pipeline.poll()
            if not batch:
                if self.stop.is_set():
                    break
                time.sleep(0.05)
        self.pipeline.join()


def peak(reports: list[CallReport]) -> int:
    edges = sorted([(r.started_s, 1) for r in reports] + [(r.finished_s, -1) for r in reports])
    level = best = 0
    for _, step in edges:
        level += step
        best = max(best, level)
    return best


@asynccontextmanager
async def agent_under_test(args: argparse.Namespace, bus: InProcessBus | None) -> AsyncIterator[SimOptions]:
    """The agent running on loopback, and how the simulator reaches it (socket, signing, callback)."""
    if args.agent == "fake":
        fake = FakeAgent(
            FakeAgentOptions(auth_token=TOKEN, public_url=PUBLIC, think_ms=args.think_ms), emitter=bus
        )
        async with fake.running() as agent_url:
            yield SimOptions(url=agent_url, public_url=PUBLIC, auth_token=TOKEN, time_scale=args.time_scale)
        return
    config = AgentConfig(public_base_url="https://agent.example.com", twilio_auth_token=TOKEN)
    app = create_app(config, bus or InProcessBus(), PerCallFaults(SampleBackend(), scenario_faults))
    app.add_middleware(CallScopeMiddleware)
    with running_agent(app) as base:
        yield SimOptions(url=base.replace("http", "ws", 1) + "/ws", public_url=config.ws_url, auth_token=TOKEN,
                         action_url=base + "/action", action_public_url=config.action_url,
                         time_scale=args.time_scale)  # fmt: skip


async def simulate(args: argparse.Namespace, bus: InProcessBus) -> tuple[list[CallReport], Summary]:
    load = LoadPlan(args.calls, rate_per_s=args.rate, seed=args.seed)
    relay = (
        RelayConfig(welcome_greeting=AgentConfig().welcome_greeting) if args.agent == "reference" else None
    )
    async with agent_under_test(args, None if args.through_tap else bus) as direct:
        if not args.through_tap:
            return await run_load(load, direct, relay)
        config = TapConfig(upstream_url=direct.url, auth_token=TOKEN, public_url="wss://tap.example.com/ws",
                           upstream_auth_token=TOKEN, upstream_public_url=direct.signed_url)  # fmt: skip
        tap = TapServer(config, bus)
        async with tap.running() as port:
            opts = SimOptions(url=f"ws://127.0.0.1:{port}/ws", public_url="wss://tap.example.com/ws",
                              auth_token=TOKEN, time_scale=args.time_scale)  # fmt: skip
            return await run_load(load, opts, relay)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=200)
    parser.add_argument("--rate", type=float, default=100.0, help="arrivals per second")
    parser.add_argument("--time-scale", type=float, default=4.0)
    parser.add_argument("--think-ms", type=int, default=300, help="the fake agent's prompt -> first token")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--through-tap", action="store_true")
    parser.add_argument("--agent", choices=("fake", "reference"), default="fake", help="the agent under load")
    args = parser.parse_args()

    bus = InProcessBus(capacity=10_000_000)
    with tempfile.TemporaryDirectory() as tmp:
        client = connect(f"chdb://{tmp}/warehouse")
        database = f"simload_{uuid.uuid4().hex[:8]}"
        Migrator(client, database, f"{database}_restricted", 7, MIGRATIONS_DIR).apply()
        pipeline = Pipeline(client, database, SystemClock(), redaction=None)
        feeder = Feeder(bus, pipeline)
        feeder.start()
        started = time.perf_counter()
        reports, summary = asyncio.run(simulate(args, bus))
        feeder.stop.set()
        feeder.join()
        stored = client.query(f"SELECT count() FROM {database}.events FINAL").result_rows[0][0]
        calls = client.query(f"SELECT count() FROM {database}.calls FINAL WHERE ended").result_rows[0][0]
        wall = time.perf_counter() - started
    agent = "reference agent" if args.agent == "reference" else "fake agent"
    source = f"relay tap in front of the {agent}" if args.through_tap else f"{agent}'s own events"
    print(f"{args.calls} calls against the {agent} (time x{args.time_scale}), events from the {source}")
    print("\n".join(summary.lines()))
    print(f"peak concurrent calls  {peak(reports)}")
    print(f"events emitted         {bus.stats.emitted:,} (dropped by the bus: {bus.stats.dropped})")
    print(f"events into pipeline   {feeder.fed:,}; valid {pipeline.validate.valid:,}, "
          f"dead-lettered {pipeline.validate.invalid:,}; stored (distinct) {stored:,}")  # fmt: skip
    print(f"lost events            {bus.stats.emitted - pipeline.validate.valid - pipeline.validate.invalid}")
    print(f"calls ended in the warehouse {calls}; total wall clock {wall:.1f} s")


if __name__ == "__main__":
    main()
