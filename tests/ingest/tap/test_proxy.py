"""The tap between a caller and an agent: frames pass unchanged, signatures are enforced, and the
events it derives give the same call metrics as the agent's own events."""

from __future__ import annotations

import asyncio
import random
import uuid
from collections import Counter
from typing import Any

import orjson
import pytest
from fake_relay_agent import FakeAgent, FakeAgentOptions
from relay_setup import ringing
from websockets.asyncio.client import connect
from websockets.asyncio.server import ServerConnection, serve
from websockets.exceptions import ConnectionClosed, InvalidStatus

from agent.simulator.live.config import SimOptions
from agent.simulator.live.personas import PERSONAS, make_plan
from agent.simulator.live.session import run_call
from callpulse.warehouse import Migrator
from ingest.clock import SystemClock
from ingest.codec import decode
from ingest.emit.inprocess import InProcessBus
from ingest.relay.signature import handshake_signature
from ingest.tap.compiled_relay import CompiledTap
from ingest.tap.proxy import TapConfig, TapServer
from stream.messages import Position, RawMessage
from stream.pipeline import Pipeline
from stream.runner import run

TOKEN = "test_auth_token"
TAP_PUBLIC = "wss://tap.example.com/ws"
AGENT_PUBLIC = "wss://agent.example.com/ws"
ODD_FRAMES = ['{"type":"text",  "token":"caf\\u00e9 ☕ ", "last":false}', '{ "type" : "end" }']


TAPS: dict[str, Any] = {"python": TapServer, "go": CompiledTap}  # the relay in this process, or compiled
BOTH = pytest.mark.parametrize("relay", list(TAPS))


async def _with_tap(upstream: str, body: Any, relay: str, **config: Any) -> tuple[Any, Any]:
    bus = InProcessBus()
    tap = TAPS[relay](TapConfig(upstream_url=upstream, **config), bus)
    async with tap.running() as port:
        result = await body(f"ws://127.0.0.1:{port}/ws")
    return result, tap


@BOTH
def test_frames_pass_byte_for_byte_and_the_close_code_is_forwarded(relay: str) -> None:
    upstream_got: list[Any] = []

    async def agent(ws: ServerConnection) -> None:
        upstream_got.append(await ws.recv(decode=False))
        for frame in ODD_FRAMES:
            await ws.send(frame)
        await ws.close(4001, "agent says bye")

    async def caller(url: str) -> tuple[list[Any], int | None, str | None]:
        got = []
        async with connect(url, compression=None) as ws:
            await ws.send('{"type":"setup",  "callSid":"CA1"}')
            try:
                while True:
                    got.append(await ws.recv(decode=False))
            except ConnectionClosed:
                return got, ws.close_code, ws.close_reason
        return got, None, None

    async def go() -> Any:
        async with serve(agent, "127.0.0.1", 0, compression=None) as server:
            port = next(iter(server.sockets)).getsockname()[1]
            return await _with_tap(f"ws://127.0.0.1:{port}/ws", caller, relay)

    (got, code, reason), _ = asyncio.run(go())
    assert upstream_got == [b'{"type":"setup",  "callSid":"CA1"}']
    assert got == [f.encode() for f in ODD_FRAMES]
    assert (code, reason) == (4001, "agent says bye")


@BOTH
def test_a_bad_signature_is_refused_before_the_agent_is_contacted(relay: str) -> None:
    fake = FakeAgent(FakeAgentOptions())

    async def caller(url: str) -> int:
        headers = {"X-Twilio-Signature": handshake_signature("wrong", TAP_PUBLIC)}
        try:
            async with connect(url, additional_headers=headers):
                return 101
        except InvalidStatus as err:
            return err.response.status_code

    async def go() -> Any:
        async with fake.running() as url:
            return await _with_tap(url, caller, relay, auth_token=TOKEN, public_url=TAP_PUBLIC)

    status, tap = asyncio.run(go())
    assert status == 403 and tap.stats.rejected == 1 and fake.record.sessions == 0


@BOTH
def test_an_upstream_refusal_reaches_twilio_as_the_same_status(relay: str) -> None:
    fake = FakeAgent(FakeAgentOptions(auth_token="agent-token", public_url=AGENT_PUBLIC))

    async def caller(url: str) -> int:
        try:
            async with connect(url):
                return 101
        except InvalidStatus as err:
            return err.response.status_code

    async def go() -> Any:
        async with fake.running() as url:
            return await _with_tap(url, caller, relay, upstream_auth_token="not-the-agent-token")

    status, tap = asyncio.run(go())
    assert status == 403 and tap.stats.upstream_failures == 1


def _simulate_through_tap(n_calls: int, relay: str) -> tuple[list[Any], InProcessBus, InProcessBus, Any]:
    agent_bus, tap_bus = InProcessBus(), InProcessBus()
    fake = FakeAgent(FakeAgentOptions(auth_token=TOKEN, public_url=AGENT_PUBLIC), emitter=agent_bus)
    config = TapConfig(
        upstream_url="", auth_token=TOKEN, public_url=TAP_PUBLIC,
        upstream_auth_token=TOKEN, upstream_public_url=AGENT_PUBLIC,
    )  # fmt: skip

    async def go() -> tuple[list[Any], Any]:
        async with fake.running() as agent_url:
            tap = TAPS[relay](TapConfig(**{**vars(config), "upstream_url": agent_url}), tap_bus)
            async with tap.running() as port:
                opts = SimOptions(
                    url=f"ws://127.0.0.1:{port}/ws", public_url=TAP_PUBLIC, auth_token=TOKEN,
                    time_scale=20.0, settle_ms=100,
                )  # fmt: skip
                calls = [
                    run_call(make_plan(PERSONAS[i % len(PERSONAS)], random.Random(i)), opts, seed=i)
                    for i in range(n_calls)
                ]
                return list(await asyncio.gather(*calls)), tap

    reports, tap = asyncio.run(go())
    return reports, agent_bus, tap_bus, tap


def _store(client: Any, database: str, bus: InProcessBus) -> list[Any]:
    values = [value for _, value, _ in bus.poll(100_000)]
    clock = SystemClock()
    pipeline = Pipeline(client, database, clock, redaction=None)
    run(pipeline, (RawMessage(v, Position("tap-test", 0, i), clock.now_ms()) for i, v in enumerate(values)))
    pipeline.close()
    return [decode(v) for v in values]


COMPARED = "ended, end_status, end_reason, escalated, turns, interrupts, interrupts_yielded, dead_air_turns"


def _speakers(events: list[Any]) -> dict[str, tuple[int, int]]:
    """Per call: (``speaker`` events before its ``call.ended``, all of its ``speaker`` events)."""
    counts: dict[str, tuple[int, int]] = {}
    ended: set[str] = set()
    for e in events:
        before, total = counts.get(e.call_sid, (0, 0))
        if e.type == "speaker":
            counts[e.call_sid] = (before + (e.call_sid not in ended), total + 1)
        elif e.type == "call.ended":
            ended.add(e.call_sid)
    return counts


def assert_the_tap_saw_what_the_agent_saw(tap_events: list[Any], agent_events: list[Any]) -> None:
    """Every event type in equal numbers, except ``speaker`` (Twilio's ``info`` frames), which is bounded.

    An ``info`` frame the caller sends while the agent's ``end`` is on its way crosses it: the tap stops
    observing a call at the ``end`` it relays, the agent (this double, like a real one may) still reads
    what arrives after it. Which side of the ``end`` such a frame falls on is a race between two sockets
    (under load the agent's 555th speaker event was after its end and the tap had 554), so per call the
    tap's count is only bounded, causally: at least what the agent read before its end (those frames
    passed the tap before the ``end`` did), at most all the agent read (the tap relayed each one to it)."""
    others = Counter(e.type for e in tap_events if e.type != "speaker")
    assert others == Counter(e.type for e in agent_events if e.type != "speaker")
    by_agent = _speakers(agent_events)
    by_tap = {sid: total for sid, (_, total) in _speakers(tap_events).items()}
    assert by_tap.keys() <= by_agent.keys()
    bounds = {sid: (before, by_tap.get(sid, 0), total) for sid, (before, total) in by_agent.items()}
    assert all(before <= tap <= total for before, tap, total in bounds.values()), bounds


def test_an_info_frame_crossing_the_agents_end_is_bounded_not_counted_twice() -> None:
    """Deterministic: ``agentSpeaking on`` passes the tap before the agent's goodbye, but the agent reads it
    only after its ``end`` (it is busy saying goodbye); ``off`` is sent after ``end`` has arrived. The tap
    has 1 speaker event, the agent 2, both after its ``call.ended``: an exact count fails, the bound holds."""
    agent_bus, tap_bus = InProcessBus(), InProcessBus()
    fake = FakeAgent(FakeAgentOptions(think_ms=0, chunk_gap_ms=0), emitter=agent_bus)

    async def caller(url: str) -> None:
        async with connect(url) as ws:
            await ws.send(orjson.dumps(ringing("CA" + "4" * 32, "VX" + "4" * 32).frame()).decode())
            bye = {"type": "prompt", "voicePrompt": "That's all, goodbye.", "lang": "en-US", "last": True}
            await ws.send(orjson.dumps(bye).decode())
            await ws.send('{"type":"info","name":"agentSpeaking","value":"on"}')
            while orjson.loads(await ws.recv())["type"] != "end":
                pass
            await ws.send('{"type":"info","name":"agentSpeaking","value":"off"}')  # the goodbye ends playing

    async def go() -> None:
        async with fake.running() as agent_url:
            tap = TapServer(TapConfig(upstream_url=agent_url), tap_bus)
            async with tap.running() as port:
                await caller(f"ws://127.0.0.1:{port}/ws")
        # leaving ``running()`` waited for the agent's handler: it has read every frame the tap relayed

    asyncio.run(go())
    tap_events, agent_events = ([decode(v) for _, v, _ in bus.poll(10_000)] for bus in (tap_bus, agent_bus))
    assert [e.type for e in tap_events].count("speaker") == 1
    assert [e.type for e in agent_events][-3:] == ["call.ended", "speaker", "speaker"]
    assert_the_tap_saw_what_the_agent_saw(tap_events, agent_events)


@pytest.mark.slow
@BOTH
def test_the_taps_metrics_match_the_agents_own(warehouse: Any, relay: str) -> None:
    reports, agent_bus, tap_bus, tap = _simulate_through_tap(14, relay)
    assert all(r.outcome != "rejected" and r.protocol_errors == [] for r in reports)
    other = f"cp_{uuid.uuid4().hex[:12]}"
    Migrator(warehouse.client, other, f"cpr_{other[3:]}", raw_ttl_days=7).apply()
    try:
        tap_events = _store(warehouse.client, warehouse.database, tap_bus)
        agent_events = _store(warehouse.client, other, agent_bus)
        assert_the_tap_saw_what_the_agent_saw(tap_events, agent_events)
        assert tap.stats.totals.dropped == 0 and tap.stats.observer_errors == 0
        sql = f"SELECT call_sid, {COMPARED} FROM {{}}.calls FINAL ORDER BY call_sid"
        by_tap = warehouse.client.query(sql.format(warehouse.database)).result_rows
        by_agent = warehouse.client.query(sql.format(other)).result_rows
        assert len(by_tap) == 14
        assert by_tap == by_agent
        turns = "SELECT call_sid, turn_index FROM {}.turn_metrics FINAL ORDER BY call_sid, turn_index"
        tap_turns = warehouse.client.query(turns.format(warehouse.database)).result_rows
        assert tap_turns == warehouse.client.query(turns.format(other)).result_rows
        # turn latencies are not compared exactly: the tap stamps a frame when it relays it, the
        # agent when it sends it (see docs/simulator.md, "what a tap can measure")
    finally:
        warehouse.client.command(f"DROP DATABASE IF EXISTS {other} SYNC")
        warehouse.client.command(f"DROP DATABASE IF EXISTS cpr_{other[3:]} SYNC")
