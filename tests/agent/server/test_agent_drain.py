"""`callpulse agent serve` stops the way Docker and systemd stop it: SIGTERM during calls drains
within ``shutdown_timeout_s`` and exits 0. ``/healthz`` says ``draining`` (503) and a new call is
refused (503); the calls still open when the drain's time is up are closed 1001 and stored as ended by
``shutdown``; a caller who hung up before keeps their hang-up; nothing is stored as a caller's hang-up
that was not one. (uvicorn alone closed every socket 1012 at once and then died of the signal.)"""

from __future__ import annotations

import asyncio
import json
import signal
from pathlib import Path
from typing import Any

import pytest
from relay_calls import callpulse_env, http_get, start_callpulse, warehouse_rows
from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import ConnectionClosed, InvalidStatus

from agent.server.testing import free_port

CALLS = 6
HUNG_UP = 1
BOUND_S = 4.0


def _setup(i: int) -> dict[str, Any]:
    return {
        "type": "setup", "sessionId": f"VX{i:032x}", "accountSid": "AC" + "0" * 32, "parentCallSid": "",
        "callSid": f"CA{i:032x}", "from": "+14155550198", "to": "+18005550101", "forwardedFrom": "",
        "callType": "PSTN", "callerName": "", "direction": "inbound", "callStatus": "RINGING",
        "customParameters": {"workflow": "billing"},
    }  # fmt: skip


async def _open_call(url: str, i: int) -> ClientConnection:
    ws = await connect(url)
    await ws.send(json.dumps(_setup(i)))
    prompt = {"type": "prompt", "voicePrompt": "I need to make a payment.", "lang": "en-US", "last": True}
    await ws.send(json.dumps(prompt))
    while not json.loads(await ws.recv()).get("last"):
        pass
    return ws


async def _close_code(ws: ClientConnection) -> int | None:
    try:
        while True:
            await ws.recv()
    except ConnectionClosed:
        return ws.close_code


async def _health(port: int, want: str) -> tuple[int, dict[str, Any]]:
    while True:
        try:
            status, body = await http_get(port, "/healthz")
        except OSError:  # not listening yet
            status, body = 0, ""
        if want in body:
            return status, json.loads(body)
        await asyncio.sleep(0.05)


@pytest.mark.slow
def test_sigterm_mid_call_drains_ends_open_calls_as_shutdown_and_exits_0(tmp_path: Path) -> None:
    port = free_port()
    env = callpulse_env(
        tmp_path,
        BOUND_S,
        CALLPULSE_AGENT_VALIDATE_SIGNATURES="false",
        CALLPULSE_AGENT_IDLE_TIMEOUT_S="120",  # no reprompt or idle goodbye during the test
    )
    url = f"ws://127.0.0.1:{port}/ws"

    async def go() -> tuple[int | None, list[int | None], int, tuple[int, dict[str, Any]], str]:
        proc, lines = await start_callpulse(["agent", "serve", "--port", str(port)], env, "agent: POST")
        await _health(port, '"status":"ok"')
        calls = [await _open_call(url, i) for i in range(CALLS)]
        for ws in calls[:HUNG_UP]:
            await ws.close()
        await _health(port, f'"active_calls":{CALLS - HUNG_UP},')
        proc.send_signal(signal.SIGTERM)
        health = await _health(port, "draining")
        try:
            async with connect(url):
                refused = 101
        except InvalidStatus as err:
            refused = err.response.status_code
        codes = [await _close_code(ws) for ws in calls[HUNG_UP:]]
        rc = await asyncio.wait_for(proc.wait(), BOUND_S + 5)
        await proc.collector
        return rc, codes, refused, health, "".join(lines)

    rc, codes, refused, health, output = asyncio.run(go())
    assert rc == 0, output
    assert health == (503, {"status": "draining", "active_calls": CALLS - HUNG_UP, "policy": "rules"})
    assert refused == 503
    assert codes == [1001] * (CALLS - HUNG_UP)
    assert f"agent: {CALLS - HUNG_UP} calls ended by shutdown, 0 events not delivered" in output, output
    ended = warehouse_rows(
        env, "SELECT call_sid, ended, end_status, end_reason FROM calls FINAL ORDER BY call_sid"
    )
    assert [(r["call_sid"], r["ended"]) for r in ended] == [(f"CA{i:032x}", 1) for i in range(CALLS)]
    reasons = [(r["end_status"], r["end_reason"]) for r in ended]
    assert reasons == [("completed", "hangup")] * HUNG_UP + [("failed", "shutdown")] * (CALLS - HUNG_UP)
