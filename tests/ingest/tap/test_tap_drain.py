"""`callpulse tap` stops the way Docker and systemd stop it: SIGTERM during calls drains within
``shutdown_timeout_s`` and exits 0. A new call is refused and ``/healthz`` says ``draining``; the calls
still open when the drain's time is up are closed 1001 and stored as ended by ``shutdown``; a caller
who hung up before keeps their hang-up; nothing is left open or stored as a caller's hang-up."""

from __future__ import annotations

import asyncio
import json
import signal
from pathlib import Path
from typing import Any

import pytest
from fake_relay_agent import FakeAgent, FakeAgentOptions
from relay_calls import callpulse_env, http_get, start_callpulse, warehouse_rows
from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import ConnectionClosed, InvalidStatus

from agent.server.testing import free_port

CALLS = 10
HUNG_UP = 2
BOUND_S = 4.0
PROMPT = {"type": "prompt", "voicePrompt": "What is my balance?", "lang": "en-US", "last": True}


def _setup(i: int) -> dict[str, Any]:
    return {
        "type": "setup", "sessionId": f"VX{i:032x}", "accountSid": "AC" + "0" * 32, "parentCallSid": "",
        "callSid": f"CA{i:032x}", "from": "+14155550123", "to": "+18885550150", "forwardedFrom": "",
        "callType": "PSTN", "callerName": "", "direction": "inbound", "callStatus": "RINGING",
        "customParameters": {"workflow": "billing"},
    }  # fmt: skip


async def _open_call(url: str, i: int) -> ClientConnection:
    ws = await connect(url, compression=None)
    await ws.send(json.dumps(_setup(i)))
    await ws.send(json.dumps(PROMPT))
    while not json.loads(await ws.recv()).get("last"):
        pass
    return ws


async def _close_code(ws: ClientConnection) -> int | None:
    try:
        while True:
            await ws.recv()
    except ConnectionClosed:
        return ws.close_code


async def _until(port: int, want: str) -> dict[str, Any]:
    while True:
        _, body = await http_get(port, "/healthz")
        health: dict[str, Any] = json.loads(body)
        if want in body:
            return health
        await asyncio.sleep(0.05)


@pytest.mark.slow
def test_sigterm_mid_call_drains_ends_open_calls_as_shutdown_and_exits_0(tmp_path: Path) -> None:
    env = callpulse_env(tmp_path, BOUND_S)
    port = free_port()
    url = f"ws://127.0.0.1:{port}/ws"

    async def go() -> tuple[int | None, list[int | None], int, list[str]]:
        async with FakeAgent(FakeAgentOptions(think_ms=0, chunk_gap_ms=0)).running() as agent_url:
            args = ["tap", "--listen", f"127.0.0.1:{port}", "--upstream", agent_url]
            proc, lines = await start_callpulse(args, env, "tap listening")
            calls = [await _open_call(url, i) for i in range(CALLS)]
            for ws in calls[:HUNG_UP]:
                await ws.close()
            await _until(port, f'"active_calls": {CALLS - HUNG_UP}')
            proc.send_signal(signal.SIGTERM)
            health = await _until(port, "draining")
            assert health == {"status": "draining", "active_calls": CALLS - HUNG_UP}
            try:
                async with connect(url):
                    refused = 101
            except InvalidStatus as err:
                refused = err.response.status_code
            codes = [await _close_code(ws) for ws in calls[HUNG_UP:]]
            rc = await asyncio.wait_for(proc.wait(), BOUND_S + 5)
            await proc.collector
            return rc, codes, refused, lines

    rc, codes, refused, lines = asyncio.run(go())
    output = "".join(lines)
    assert rc == 0, output
    assert refused == 503
    assert codes == [1001] * (CALLS - HUNG_UP)
    assert f"{CALLS} sessions ({CALLS - HUNG_UP} ended by shutdown)" in output, output
    ended = warehouse_rows(
        env, "SELECT call_sid, ended, end_status, end_reason FROM calls FINAL ORDER BY call_sid"
    )
    assert [(r["call_sid"], r["ended"]) for r in ended] == [(f"CA{i:032x}", 1) for i in range(CALLS)]
    reasons = [(r["end_status"], r["end_reason"]) for r in ended]
    assert reasons == [("completed", "hangup")] * HUNG_UP + [("failed", "shutdown")] * (CALLS - HUNG_UP)
    events = warehouse_rows(env, "SELECT type, count() AS n FROM events GROUP BY type ORDER BY type")
    by_type = {r["type"]: int(r["n"]) for r in events}
    assert by_type["call.started"] == by_type["call.ended"] == CALLS
